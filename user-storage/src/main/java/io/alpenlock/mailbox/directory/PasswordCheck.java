package io.alpenlock.mailbox.directory;

import java.util.Objects;

/**
 * The outcome of checking a mailbox password against the directory. Only {@link Outcome#VALID} lets anyone in.
 *
 * @param detail for logs: the scheme, what is wrong with a stored value or why the directory is unavailable; never
 *               a password or a stored value
 */
public record PasswordCheck(Outcome outcome, String detail) {

    public enum Outcome {
        VALID,
        WRONG_PASSWORD,
        UNKNOWN_MAILBOX,
        DISABLED,
        /** The stored value can never match (malformed, unknown scheme, limits exceeded): the platform must fix it. */
        UNUSABLE_STORED_PASSWORD,
        /** No answer in time or an SQL error: the login fails closed. */
        DIRECTORY_UNAVAILABLE
    }

    public PasswordCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}
