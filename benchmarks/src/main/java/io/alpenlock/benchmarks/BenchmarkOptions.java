package io.alpenlock.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link LoginThroughputBenchmark}.
 *
 * @param keycloakHome     the built server tree to copy and start
 * @param deviceClientJar  the reference device client's runnable jar ({@code -cli.jar})
 * @param window           length of each measured window
 * @param rounds           how often each mode is measured (modes interleaved; medians reported)
 * @param warmup           load before each window, not measured
 * @param initialWarmup    load per mode once before the first round (JIT of the server), not measured
 * @param virtualUsers     concurrent users, each logging in again as soon as it is done
 * @param usersPerCodeMode users in each code mode's pool (a user logs in at most once per 30-s step)
 * @param watchInterval    polling interval of the device client's {@code watch --auto}
 * @param workDir          where the server copy, logs and device state go (a new temporary folder if null)
 */
record BenchmarkOptions(Path keycloakHome, Path deviceClientJar, Duration window, int rounds, Duration warmup,
                        Duration initialWarmup, int virtualUsers, int usersPerCodeMode, long watchInterval,
                        Path workDir) {

    static final String USAGE = """
            usage: java -jar alpenlock-benchmarks-<version>-cli.jar --keycloak-home DIR --device-client JAR
                     [--seconds 30] [--rounds 2] [--warmup 10] [--initial-warmup 20] [--virtual-users 4]
                     [--users-per-code-mode 1500] [--watch-interval 1000] [--work-dir DIR]""";

    static BenchmarkOptions parse(String[] args) {
        Path keycloakHome = null;
        Path deviceClientJar = null;
        long seconds = 30;
        int rounds = 2;
        long warmup = 10;
        long initialWarmup = 20;
        int virtualUsers = 4;
        int usersPerCodeMode = 1500;
        long watchInterval = 1000;
        Path workDir = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = rest.remove(0);
            switch (option) {
                case "--keycloak-home" -> keycloakHome = Path.of(value);
                case "--device-client" -> deviceClientJar = Path.of(value);
                case "--seconds" -> seconds = positive(option, value);
                case "--rounds" -> rounds = (int) positive(option, value);
                case "--warmup" -> warmup = positive(option, value);
                case "--initial-warmup" -> initialWarmup = Long.parseLong(value);
                case "--virtual-users" -> virtualUsers = (int) positive(option, value);
                case "--users-per-code-mode" -> usersPerCodeMode = (int) positive(option, value);
                case "--watch-interval" -> watchInterval = positive(option, value);
                case "--work-dir" -> workDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (keycloakHome == null || deviceClientJar == null) {
            throw new IllegalArgumentException("--keycloak-home and --device-client are required\n" + USAGE);
        }
        if (watchInterval < 50) {
            throw new IllegalArgumentException("--watch-interval is at least 50 (the device client's minimum)");
        }
        return new BenchmarkOptions(keycloakHome, deviceClientJar, Duration.ofSeconds(seconds), rounds,
                Duration.ofSeconds(warmup), Duration.ofSeconds(Math.max(0, initialWarmup)), virtualUsers,
                usersPerCodeMode, watchInterval, workDir);
    }

    private static long positive(String option, String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number <= 0) {
            throw new IllegalArgumentException(option + " must be a positive whole number, not " + value);
        }
        return number;
    }
}
