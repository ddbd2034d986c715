package io.alpenlock.benchmarks;

import java.util.Collection;
import java.util.List;

/** Medians and percentiles (nearest rank, as load tools report them). */
final class Stats {

    private Stats() {
    }

    /** The median; the mean of the middle two for an even count; NaN when empty. */
    static double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile ({@code p} in 0..100] of the values; -1 when empty. */
    static long percentile(Collection<Long> values, double p) {
        if (values.isEmpty()) {
            return -1;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]");
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static long max(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(-1);
    }
}
