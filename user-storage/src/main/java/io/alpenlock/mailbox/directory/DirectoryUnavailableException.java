package io.alpenlock.mailbox.directory;

/**
 * The mailbox directory could not answer in time: no free connection, the database refused or did not answer the
 * login, or a statement failed or timed out. The message says which, without passwords or stored values; it is
 * meant for logs and administrators, not for the person logging in.
 */
public final class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DirectoryUnavailableException(String message) {
        super(message);
    }
}
