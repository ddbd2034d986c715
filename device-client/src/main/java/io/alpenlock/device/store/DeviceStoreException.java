package io.alpenlock.device.store;

/**
 * The state file cannot be read or written, or is not safe to use. The message names the file and the problem,
 * never its content.
 */
public final class DeviceStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeviceStoreException(String message) {
        super(message, null, false, false);
    }
}
