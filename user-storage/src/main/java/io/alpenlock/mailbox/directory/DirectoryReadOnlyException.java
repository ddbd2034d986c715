package io.alpenlock.mailbox.directory;

/** A password change was asked of a directory configured read-only. */
public final class DirectoryReadOnlyException extends IllegalStateException {

    public DirectoryReadOnlyException() {
        super("the mailbox directory is configured read-only: passwords are changed on the mail platform");
    }
}
