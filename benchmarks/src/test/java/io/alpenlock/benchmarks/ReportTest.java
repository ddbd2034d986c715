package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    static PhaseResult result(Mode mode, int round, int logins, double others, List<LoginOutcome.PushTimings> push) {
        return new PhaseResult(mode, round, 10, Collections.nCopies(logins, 100L), Map.of(), 0, 0, push, 1000, -1, 50,
                0.99, others);
    }

    static List<LoginOutcome.PushTimings> push(long... approvalToRedirect) {
        List<LoginOutcome.PushTimings> timings = new ArrayList<>();
        for (long millis : approvalToRedirect) {
            timings.add(new LoginOutcome.PushTimings(0, 100, 100 + millis / 2, 100 + millis));
        }
        return timings;
    }

    @Test
    void ratiosOfMediansAreHeldAgainstTheTargets() {
        Report report = new Report(List.of(
                result(Mode.STOCK_OTP, 1, 200, 0, List.of()), result(Mode.STOCK_OTP, 2, 220, 0, List.of()),
                result(Mode.APP_CODE, 1, 200, 0, List.of()), result(Mode.APP_CODE, 2, 206, 0, List.of()),
                result(Mode.PUSH, 1, 140, 0, push(10, 20, 30)), result(Mode.PUSH, 2, 150, 0, push(200))));

        assertThat(report.medianRate(Mode.STOCK_OTP)).isEqualTo(21.0);
        assertThat(report.ratio(Mode.APP_CODE)).isCloseTo(0.967, org.assertj.core.data.Offset.offset(0.001));
        assertThat(report.figures())
                .contains("≥ 0.95× stock  PASS", "≥ 0.75× stock  MISS",
                        "approval-to-redirect (push, n=4): p50 20 ms, p95 200 ms, max 200 ms   p95 ≤ 150 ms  MISS",
                        "0 of 420")
                .doesNotContain("*");
    }

    @Test
    void aWindowThatOtherProcessesDisturbedIsMarked() {
        Report report = new Report(List.of(result(Mode.STOCK_OTP, 1, 200, 0.02, List.of()),
                result(Mode.APP_CODE, 1, 200, 0.31, List.of()), result(Mode.PUSH, 1, 180, 0, push(10))));

        assertThat(report.figures()).contains("20.00* ",
                "* other processes (not started by this benchmark) used more than 5% of the machine during the "
                        + "window: round 1 2 app 31%");
    }
}
