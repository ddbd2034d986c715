package io.alpenlock.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * One measured window of one mode: the logins that ended inside it, and the CPU time spent meanwhile.
 *
 * @param okMillis       durations of the successful logins
 * @param errors         reasons of the failed logins, with counts
 * @param warmupErrors   failed logins during the warm-up before the window (not in the figures)
 * @param push           the timings of successful push logins (empty for the code modes)
 * @param serverCpuMillis CPU time of the Keycloak process in the window (-1: unknown)
 * @param deviceCpuMillis CPU time of the device client process in the window (push only, else -1)
 * @param ownCpuMillis   CPU time of the benchmark program itself in the window
 * @param machineBusy    share of all cores busy in the window, 0..1
 * @param othersShare    share of all cores used in the window by processes this benchmark did not start, 0..1
 */
record PhaseResult(Mode mode, int round, double windowSeconds, List<Long> okMillis, Map<String, Integer> errors,
                   int warmupErrors, long stalls, List<LoginOutcome.PushTimings> push, long serverCpuMillis,
                   long deviceCpuMillis, long ownCpuMillis, double machineBusy, double othersShare) {

    /** Above this share of the machine, other processes are reported as having disturbed the window. */
    static final double DISTURBED = 0.05;

    boolean disturbed() {
        return othersShare > DISTURBED;
    }

    int ok() {
        return okMillis.size();
    }

    int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    double loginsPerSecond() {
        return ok() / windowSeconds;
    }

    /** Server CPU milliseconds per successful login; NaN when unknown. */
    double serverCpuPerLogin() {
        return serverCpuMillis < 0 || ok() == 0 ? Double.NaN : (double) serverCpuMillis / ok();
    }
}
