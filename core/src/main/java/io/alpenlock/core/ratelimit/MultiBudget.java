package io.alpenlock.core.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several budgets for one action, all or nothing: e.g. an SMS is sent only if the number's 3/10m and 10/1d budgets
 * and the client IP's 20/1h budget all allow it, and then a use is recorded in each; if one refuses, none is
 * consumed (a refused attempt does not eat into the other budgets).
 */
public final class MultiBudget {

    private MultiBudget() {
    }

    /** @throws IllegalArgumentException if {@code checks} is empty or two checks share a key */
    public static MultiBudgetDecision tryConsume(List<BudgetCheck> checks, Instant now) {
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(now, "now");
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("at least one budget is needed");
        }
        Map<String, BudgetState> consumed = new HashMap<>();
        Map<String, BudgetState> unchanged = new HashMap<>();
        List<String> exhausted = new ArrayList<>();
        Duration retryAfter = Duration.ZERO;
        for (BudgetCheck check : checks) {
            BudgetDecision decision = check.budget().tryConsume(check.state(), now);
            if (consumed.put(check.key(), decision.newState()) != null) {
                throw new IllegalArgumentException("two budgets share the key " + check.key());
            }
            unchanged.put(check.key(), check.budget().current(check.state(), now));
            if (!decision.allowed()) {
                exhausted.add(check.key());
                if (decision.retryAfter().compareTo(retryAfter) > 0) {
                    retryAfter = decision.retryAfter();
                }
            }
        }
        return exhausted.isEmpty()
                ? new MultiBudgetDecision(true, consumed, Duration.ZERO, List.of())
                : new MultiBudgetDecision(false, unchanged, retryAfter, exhausted);
    }
}
