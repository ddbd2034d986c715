package io.alpenlock.benchmarks;

/**
 * How one login ended. {@code ok}: a redirect to the client with a code. {@code stall}: no user could log in without
 * reusing a code (not a login, not an error). For push logins, {@code push} has the moments that matter.
 */
record LoginOutcome(Kind kind, String error, long startNanos, long endNanos, PushTimings push) {

    enum Kind { OK, ERROR, STALL }

    /** Wall-clock milliseconds (same machine clock for the device client and the benchmark). */
    record PushTimings(long pageShownAt, long approvedAt, long waitEndedAt, long redirectedAt) {

        long approvalToRedirect() {
            return redirectedAt - approvedAt;
        }

        long pageToApproval() {
            return approvedAt - pageShownAt;
        }

        long approvalToWaitEnd() {
            return waitEndedAt - approvedAt;
        }

        long waitEndToRedirect() {
            return redirectedAt - waitEndedAt;
        }
    }

    static LoginOutcome ok(long startNanos, PushTimings push) {
        return new LoginOutcome(Kind.OK, null, startNanos, System.nanoTime(), push);
    }

    static LoginOutcome error(long startNanos, String error) {
        return new LoginOutcome(Kind.ERROR, error, startNanos, System.nanoTime(), null);
    }

    static LoginOutcome stall() {
        long now = System.nanoTime();
        return new LoginOutcome(Kind.STALL, null, now, now, null);
    }

    long durationMillis() {
        return (endNanos - startNanos) / 1_000_000;
    }
}
