package io.alpenlock.device;

/** Bad command-line arguments: the client prints the message and the usage, and exits with code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
