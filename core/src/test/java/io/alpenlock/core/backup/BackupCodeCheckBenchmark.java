package io.alpenlock.core.backup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark program, not a test: the CPU cost of checking one backup code ({@link HashedBackupCodes#indexOf},
 * one PBKDF2-HMAC-SHA256 plus ten constant-time comparisons) for the first code of a set, the last one and a
 * wrong one, at the default work factor and two others for comparison. Prints figures; never fails on them.
 *
 * <pre>
 * mvn -o -q -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes io.alpenlock.core.backup.BackupCodeCheckBenchmark [checks]
 * </pre>
 */
public final class BackupCodeCheckBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BackupCodeCheckBenchmark() {
    }

    public static void main(String[] args) {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        SecureRandom random = new SecureRandom();
        System.out.printf(Locale.ROOT, "Backup code check cost: %d checks per case after %d warm-up checks%n", checks, checks / 2);
        System.out.printf(Locale.ROOT, "Java %s (%s), %s %s, %d CPUs%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %-14s %12s %12s %12s %12s%n", "iterations", "case", "cpu p50 ms",
                "cpu p95 ms", "cpu max ms", "wall p50 ms");
        for (int iterations : new int[] {HashedBackupCodes.DEFAULT_ITERATIONS, 10_000, 50_000}) {
            List<String> codes = BackupCodeGenerator.newSet(random);
            HashedBackupCodes hashed = HashedBackupCodes.hash(codes, random, iterations);
            String wrong = BackupCodeGenerator.newSet(random, 1).get(0);
            String[][] cases = {{"first code", codes.get(0)}, {"last code", codes.get(9)}, {"wrong code", wrong}};
            for (String[] c : cases) {
                measure(hashed, c[1], checks / 2);
                double[][] result = measure(hashed, c[1], checks);
                System.out.printf(Locale.ROOT, "%-10d %-14s %12.2f %12.2f %12.2f %12.2f%n", iterations, c[0],
                        percentile(result[0], 50), percentile(result[0], 95), percentile(result[0], 100),
                        percentile(result[1], 50));
            }
        }
    }

    /** CPU and wall milliseconds of each check. */
    private static double[][] measure(HashedBackupCodes hashed, String code, int checks) {
        double[] cpu = new double[checks];
        double[] wall = new double[checks];
        int found = 0;
        for (int i = 0; i < checks; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            found += hashed.indexOf(code).isPresent() ? 1 : 0;
            wall[i] = (System.nanoTime() - wallStart) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        if (found != 0 && found != checks) {
            throw new IllegalStateException("inconsistent results");
        }
        return new double[][] {cpu, wall};
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
