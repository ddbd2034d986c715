package io.alpenlock.device;

/** A command could not do its job for a reason other than the server or the state file: exit code 1. */
public final class CommandFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message, null, false, false);
    }
}
