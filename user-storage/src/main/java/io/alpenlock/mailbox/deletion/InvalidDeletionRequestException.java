package io.alpenlock.mailbox.deletion;

/** A mail platform call that cannot be read; the message is safe to return to the caller. */
public final class InvalidDeletionRequestException extends Exception {

    public InvalidDeletionRequestException(String message) {
        super(message);
    }
}
