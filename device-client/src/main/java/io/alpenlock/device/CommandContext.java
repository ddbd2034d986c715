package io.alpenlock.device;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.store.DeviceStore;
import java.io.InputStream;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * What a command works with: where to print, the state file, the clock and randomness, and the device API.
 *
 * @param out     results
 * @param err     errors, warnings and notes
 * @param timeout for every request to the server
 * @param in      what the user types
 */
public record CommandContext(PrintStream out, PrintStream err, DeviceStore store, Clock clock, SecureRandom random,
        Duration timeout, InputStream in) {

    /** The device API, signing with {@code deviceKey}. */
    public DeviceApi api(DeviceKeyPair deviceKey) {
        return new DeviceApi(deviceKey, clock, random, timeout);
    }
}
