package io.alpenlock.mailbox.links;

/** Bad input for a mailbox link; the message is safe to show to the caller (it never echoes a password). */
public final class InvalidLinkException extends Exception {

    public InvalidLinkException(String message) {
        super(message);
    }
}
