package io.alpenlock.mailbox.password;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Mailbox passwords as Dovecot stores them ({@code {SCHEME}data}): checks a candidate against a stored value.
 *
 * <p>Immutable and thread-safe (the {@link SecureRandom} given is thread-safe). Nothing here logs; results and
 * exceptions never contain a password, a stored value or part of one.
 */
public final class DovecotPasswords {

    /** Dovecot's own default for {@code default_pass_scheme}: crypt(3), which picks the method from the value. */
    public static final String DOVECOT_DEFAULT_SCHEME = "CRYPT";

    private final SchemeSpec defaultScheme;
    private final VerificationLimits limits;
    @SuppressWarnings("unused") // for writing new passwords
    private final SecureRandom random;
    private final SchemeVerifiers verifiers;

    /**
     * @param defaultScheme the scheme of stored values without a {@code {SCHEME}} prefix, like Dovecot's
     *                      {@code default_pass_scheme} (case-insensitive, {@code .HEX}/{@code .B64} allowed)
     * @throws IllegalArgumentException if the default scheme is unknown or not supported
     */
    public DovecotPasswords(String defaultScheme, VerificationLimits limits, SecureRandom random) {
        Objects.requireNonNull(defaultScheme, "defaultScheme");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.random = Objects.requireNonNull(random, "random");
        try {
            this.defaultScheme = SchemeSpec.parse(defaultScheme.trim());
        } catch (StoredPasswordException e) {
            throw new IllegalArgumentException("default password scheme {" + SchemeSpec.label(defaultScheme.trim())
                    + "}: " + e.detail());
        }
        this.verifiers = new SchemeVerifiers(limits);
    }

    /** Dovecot's default scheme ({@code CRYPT}) and the default limits. */
    public static DovecotPasswords withDefaults(SecureRandom random) {
        return new DovecotPasswords(DOVECOT_DEFAULT_SCHEME, VerificationLimits.DEFAULTS, random);
    }

    /**
     * Checks {@code candidate} against a value from the mail platform. Never throws for anything in {@code stored}:
     * a value that cannot be checked is {@link Verification.Unusable}, naming the scheme and what is wrong.
     *
     * @param stored    the stored value, possibly {@code null}
     * @param candidate the password to check; not changed or kept
     */
    public Verification verify(String stored, char[] candidate) {
        Objects.requireNonNull(candidate, "candidate");
        StoredPassword parsed;
        try {
            parsed = StoredPassword.parse(stored, defaultScheme);
        } catch (StoredPasswordException e) {
            return unusable(e, "?");
        }
        String scheme = parsed.spec().scheme().dovecotName;
        byte[] password = PasswordBytes.lenient(candidate);
        try {
            byte[] raw = parsed.spec().decode(parsed.payload());
            if (password.length > limits.maxPasswordBytes()) {
                return new Verification.Mismatch(scheme);
            }
            return verifiers.matches(parsed.spec().scheme(), raw, password)
                    ? new Verification.Match(scheme)
                    : new Verification.Mismatch(scheme);
        } catch (StoredPasswordException e) {
            return unusable(e, parsed.spec().label());
        } finally {
            PasswordBytes.wipe(password);
        }
    }

    private static Verification.Unusable unusable(StoredPasswordException e, String scheme) {
        return new Verification.Unusable(e.problem(), e.scheme() != null ? e.scheme() : scheme, e.detail());
    }
}
