package io.alpenlock.device;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * The outside world of one run of the client, passed in so that tests can run it with their own streams, state
 * location, clock and randomness.
 *
 * @param variables the environment variables ({@code ALPENLOCK_DEVICE_STATE})
 * @param home      the user's home directory (the default state file is below it)
 * @param in        what the user types ({@code watch} reads answers and numbers from it)
 */
public record ClientEnvironment(PrintStream out, PrintStream err, Map<String, String> variables, Path home,
        Clock clock, SecureRandom random, InputStream in) {

    /** Without input: standard input is empty. */
    public ClientEnvironment(PrintStream out, PrintStream err, Map<String, String> variables, Path home,
            Clock clock, SecureRandom random) {
        this(out, err, variables, home, clock, random, InputStream.nullInputStream());
    }

    /** The real one: standard streams, process environment, {@code user.home}, system clock. */
    public static ClientEnvironment system() {
        return new ClientEnvironment(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")),
                Clock.systemUTC(), new SecureRandom(), System.in);
    }
}
