package io.alpenlock.benchmarks;

import java.util.Arrays;

/** Durations of one kind of operation, in nanoseconds; percentiles by nearest rank, printed in milliseconds. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    /**
     * Times {@code work}: up to {@code warmup} untimed calls (only one when it takes over a second), then up to
     * {@code samples} timed ones, stopping early after 3 once they have taken over 10 s together (a search that scans
     * a million rows each time; the report shows n).
     */
    static Latencies capped(int warmup, int samples, Runnable before, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            before.run();
            long t0 = System.nanoTime();
            work.run();
            if (System.nanoTime() - t0 > 1_000_000_000L) {
                break;
            }
        }
        Latencies l = new Latencies();
        long total = 0;
        for (int i = 0; i < samples && (i < 3 || total < 10_000_000_000L); i++) {
            before.run();
            long t0 = System.nanoTime();
            work.run();
            long took = System.nanoTime() - t0;
            l.add(took);
            total += took;
        }
        return l;
    }

    int count() {
        return count;
    }

    /** Nearest-rank percentile ({@code p} in (0, 100]) in milliseconds; NaN when empty. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]");
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(samples, 0, count).max().orElseThrow() / 1e6;
    }

    /** {@code p50 a / p95 b / p99 c ms (n=…)}. */
    String summary() {
        return String.format("p50 %7.3f  p95 %7.3f  p99 %7.3f  max %8.3f ms  (n=%d)", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), maxMillis(), count);
    }
}
