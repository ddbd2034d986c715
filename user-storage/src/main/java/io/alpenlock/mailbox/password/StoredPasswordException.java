package io.alpenlock.mailbox.password;

import java.util.Objects;

/**
 * A stored value that cannot be verified. Internal: {@link DovecotPasswords} turns it into
 * {@link Verification.Unusable}. The detail never contains the stored value.
 */
final class StoredPasswordException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Verification.Problem problem;
    private final String scheme;

    StoredPasswordException(Verification.Problem problem, String detail) {
        this(problem, null, detail);
    }

    StoredPasswordException(Verification.Problem problem, String scheme, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.scheme = scheme;
    }

    static StoredPasswordException malformed(String detail) {
        return new StoredPasswordException(Verification.Problem.MALFORMED, detail);
    }

    static StoredPasswordException limitExceeded(String detail) {
        return new StoredPasswordException(Verification.Problem.LIMIT_EXCEEDED, detail);
    }

    static StoredPasswordException unsupported(String detail) {
        return new StoredPasswordException(Verification.Problem.UNSUPPORTED_SCHEME, detail);
    }

    Verification.Problem problem() {
        return problem;
    }

    /** The scheme the problem was found in, or {@code null} when the caller knows it better. */
    String scheme() {
        return scheme;
    }

    String detail() {
        return getMessage();
    }
}
