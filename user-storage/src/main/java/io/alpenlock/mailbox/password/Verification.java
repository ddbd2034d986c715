package io.alpenlock.mailbox.password;

import java.util.Objects;

/**
 * The outcome of checking a password against a stored Dovecot value. Verification returns one of these instead of
 * throwing. No variant ever holds the stored value, a part of it, or the candidate password: {@link Unusable#detail()}
 * says what is wrong in words (which scheme, which part is malformed, which limit is exceeded) and is safe to log.
 */
public sealed interface Verification {

    /** {@code true} only for {@link Match}. */
    default boolean matches() {
        return this instanceof Match;
    }

    /** The password is right. {@code scheme} is Dovecot's canonical scheme name, for example {@code SHA512-CRYPT}. */
    record Match(String scheme) implements Verification {
        public Match {
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    /** The stored value is usable and the password is wrong (or longer than the configured maximum). */
    record Mismatch(String scheme) implements Verification {
        public Mismatch {
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    /**
     * The stored value cannot be checked: no password can ever match it until the mail platform stores another.
     *
     * @param scheme the scheme as named by the stored value or the default scheme, upper case; {@code "?"} when it
     *               cannot be shown (too long or unprintable)
     * @param detail what is wrong, without any of the stored value
     */
    record Unusable(Problem problem, String scheme, String detail) implements Verification {
        public Unusable {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(detail, "detail");
        }

        /** One line for a log or an admin, e.g. {@code MALFORMED {SHA512-CRYPT}: checksum must have 86 characters}. */
        public String message() {
            return problem + " {" + scheme + "}: " + detail;
        }
    }

    /** Why a stored value is unusable. */
    enum Problem {
        /** Nothing is stored, or nothing follows the {@code {SCHEME}} prefix. */
        EMPTY,
        /** The {@code {SCHEME}} prefix names a scheme Dovecot does not know. */
        UNKNOWN_SCHEME,
        /** A scheme (or crypt(3) method) Dovecot knows but this library does not verify. */
        UNSUPPORTED_SCHEME,
        /** The value does not have the form its scheme requires (length, alphabet, encoding, parameters). */
        MALFORMED,
        /** Cost parameters above the configured {@link VerificationLimits}: checking would take too long. */
        LIMIT_EXCEEDED
    }
}
