package io.alpenlock.core.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@link MultiBudget#tryConsume}.
 *
 * @param allowed    true only when every budget allowed the use
 * @param newStates  per key, the state to store: each with this use when allowed; otherwise none consumed (only
 *                   expired uses dropped, so writing them back is optional)
 * @param retryAfter zero when allowed; otherwise the longest wait among the exhausted budgets
 * @param exhausted  the keys of the budgets that refused, in the order given (empty when allowed)
 */
public record MultiBudgetDecision(boolean allowed, Map<String, BudgetState> newStates, Duration retryAfter,
        List<String> exhausted) {

    public MultiBudgetDecision {
        newStates = Map.copyOf(Objects.requireNonNull(newStates, "newStates"));
        Objects.requireNonNull(retryAfter, "retryAfter");
        exhausted = List.copyOf(Objects.requireNonNull(exhausted, "exhausted"));
    }
}
