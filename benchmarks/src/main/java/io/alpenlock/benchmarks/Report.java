package io.alpenlock.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The figures of a run and the targets they are held against. Targets are printed as PASS or MISS next to the
 * figures; a miss never fails anything.
 */
final class Report {

    static final double APP_CODE_TARGET = 0.95;
    static final double PUSH_TARGET = 0.75;
    static final long APPROVAL_TO_REDIRECT_P95_TARGET_MS = 150;

    private final Map<Mode, List<PhaseResult>> byMode = new EnumMap<>(Mode.class);

    Report(List<PhaseResult> results) {
        for (Mode mode : Mode.values()) {
            byMode.put(mode, results.stream().filter(r -> r.mode() == mode).sorted(
                    java.util.Comparator.comparingInt(PhaseResult::round)).toList());
        }
    }

    double medianRate(Mode mode) {
        return Stats.median(byMode.get(mode).stream().map(PhaseResult::loginsPerSecond).toList());
    }

    double ratio(Mode mode) {
        return medianRate(mode) / medianRate(Mode.STOCK_OTP);
    }

    List<Long> approvalToRedirect() {
        return pushTimings(LoginOutcome.PushTimings::approvalToRedirect);
    }

    /** The figures table, targets and error counts. */
    String figures() {
        StringBuilder out = new StringBuilder();
        int rounds = byMode.values().stream().mapToInt(List::size).max().orElse(0);
        StringBuilder header = new StringBuilder(String.format("%-36s", "logins/s"));
        for (int r = 1; r <= rounds; r++) {
            header.append(String.format("%9s", "round " + r));
        }
        header.append(String.format("%9s %7s   %s", "median", "ratio", "target"));
        out.append(header).append('\n');
        for (Mode mode : Mode.values()) {
            StringBuilder line = new StringBuilder(String.format("%-36s", mode.label()));
            for (PhaseResult result : byMode.get(mode)) {
                line.append(String.format(Locale.ROOT, "%8.2f%s", result.loginsPerSecond(),
                        result.disturbed() ? "*" : " "));
            }
            line.append(String.format(Locale.ROOT, "%9.2f %7.2f", medianRate(mode), ratio(mode)));
            switch (mode) {
                case APP_CODE -> line.append(target(ratio(mode) >= APP_CODE_TARGET, "≥ " + APP_CODE_TARGET + "× stock"));
                case PUSH -> line.append(target(ratio(mode) >= PUSH_TARGET, "≥ " + PUSH_TARGET + "× stock"));
                default -> line.append("   (reference)");
            }
            out.append(line).append('\n');
        }
        List<String> disturbed = byMode.values().stream().flatMap(List::stream).filter(PhaseResult::disturbed)
                .map(r -> String.format(Locale.ROOT, "round %d %s %.0f%%", r.round(), shortName(r.mode()),
                        r.othersShare() * 100)).toList();
        if (!disturbed.isEmpty()) {
            out.append("* other processes (not started by this benchmark) used more than ")
                    .append(Math.round(PhaseResult.DISTURBED * 100)).append("% of the machine during the window: ")
                    .append(String.join(", ", disturbed)).append('\n');
        }
        List<Long> a2r = approvalToRedirect();
        long p95 = Stats.percentile(a2r, 95);
        out.append('\n').append(String.format(Locale.ROOT,
                "approval-to-redirect (push, n=%d): p50 %d ms, p95 %d ms, max %d ms%s%n",
                a2r.size(), Stats.percentile(a2r, 50), p95, Stats.max(a2r),
                target(!a2r.isEmpty() && p95 <= APPROVAL_TO_REDIRECT_P95_TARGET_MS,
                        "p95 ≤ " + APPROVAL_TO_REDIRECT_P95_TARGET_MS + " ms")));
        out.append("  from the device client's 200 for its approval to the benchmark's 302 after the page's wait "
                + "returned and its form was posted\n");
        out.append(String.format(Locale.ROOT, "  split: approval → wait answered p50 %d / p95 %d ms; "
                        + "wait answered → 302 p50 %d / p95 %d ms%n",
                Stats.percentile(pushTimings(LoginOutcome.PushTimings::approvalToWaitEnd), 50),
                Stats.percentile(pushTimings(LoginOutcome.PushTimings::approvalToWaitEnd), 95),
                Stats.percentile(pushTimings(LoginOutcome.PushTimings::waitEndToRedirect), 50),
                Stats.percentile(pushTimings(LoginOutcome.PushTimings::waitEndToRedirect), 95)));
        out.append(String.format(Locale.ROOT, "  before it: push page shown → device approved (poll + answer) "
                        + "p50 %d / p95 %d ms%n",
                Stats.percentile(pushTimings(LoginOutcome.PushTimings::pageToApproval), 50),
                Stats.percentile(pushTimings(LoginOutcome.PushTimings::pageToApproval), 95)));

        out.append("\nerrors (logins in the windows that did not end in a 302 with a code):\n");
        for (Mode mode : Mode.values()) {
            int errors = byMode.get(mode).stream().mapToInt(PhaseResult::errorCount).sum();
            int total = errors + byMode.get(mode).stream().mapToInt(PhaseResult::ok).sum();
            int warmup = byMode.get(mode).stream().mapToInt(PhaseResult::warmupErrors).sum();
            long stalls = byMode.get(mode).stream().mapToLong(PhaseResult::stalls).sum();
            out.append(String.format("  %-36s %d of %d%s%s%n", mode.label(), errors, total,
                    warmup == 0 ? "" : " (and " + warmup + " during warm-up)",
                    stalls == 0 ? "" : "; " + stalls + " waits for a user with an unused code (pool too small)"));
            Map<String, Integer> reasons = new TreeMap<>();
            byMode.get(mode).forEach(r -> r.errors().forEach((k, v) -> reasons.merge(k, v, Integer::sum)));
            reasons.forEach((reason, count) -> out.append(String.format("      %d× %s%n", count, reason)));
        }
        return out.toString();
    }

    /** Where the time goes: latency, and CPU per login of the server, the device client and the benchmark. */
    String breakdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-44s", "medians over rounds"));
        for (Mode mode : Mode.values()) {
            out.append(String.format("%10s", shortName(mode)));
        }
        out.append('\n');
        row(out, "login duration p50 (ms)", r -> Stats.percentile(r.okMillis(), 50));
        row(out, "login duration p95 (ms)", r -> Stats.percentile(r.okMillis(), 95));
        rowDouble(out, "Keycloak CPU per login (ms)", PhaseResult::serverCpuPerLogin);
        rowDouble(out, "device client CPU per login (ms)",
                r -> r.deviceCpuMillis() < 0 || r.ok() == 0 ? Double.NaN : (double) r.deviceCpuMillis() / r.ok());
        rowDouble(out, "benchmark program CPU per login (ms)",
                r -> r.ok() == 0 ? Double.NaN : (double) r.ownCpuMillis() / r.ok());
        rowDouble(out, "machine busy during the window (%)", r -> r.machineBusy() * 100);
        rowDouble(out, "  of which other processes (%)", r -> r.othersShare() * 100);
        return out.toString();
    }

    private void row(StringBuilder out, String name, ToLongFunction<PhaseResult> value) {
        rowDouble(out, name, r -> value.applyAsLong(r));
    }

    private void rowDouble(StringBuilder out, String name, ToDoubleFunction<PhaseResult> value) {
        out.append(String.format("  %-42s", name));
        for (Mode mode : Mode.values()) {
            List<Double> values = byMode.get(mode).stream().map(value::applyAsDouble).filter(v -> !v.isNaN()).toList();
            double median = Stats.median(values);
            out.append(Double.isNaN(median) ? String.format("%10s", "-")
                    : String.format(Locale.ROOT, "%10.1f", median));
        }
        out.append('\n');
    }

    private List<Long> pushTimings(ToLongFunction<LoginOutcome.PushTimings> value) {
        List<Long> values = new ArrayList<>();
        byMode.get(Mode.PUSH).forEach(r -> r.push().forEach(p -> values.add(value.applyAsLong(p))));
        return values;
    }

    private static String shortName(Mode mode) {
        return switch (mode) {
            case STOCK_OTP -> "1 stock";
            case APP_CODE -> "2 app";
            case PUSH -> "3 push";
        };
    }

    private static String target(boolean met, String what) {
        return "   " + what + "  " + (met ? "PASS" : "MISS");
    }
}
