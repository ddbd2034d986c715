package io.alpenlock.core.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of {@link RateBudget#tryConsume}.
 *
 * @param allowed    whether the action may happen now
 * @param newState   the state to store: with this use when allowed; otherwise only expired uses dropped
 * @param retryAfter zero when allowed; otherwise when the next use will be allowed (for {@code Retry-After})
 */
public record BudgetDecision(boolean allowed, BudgetState newState, Duration retryAfter) {

    public BudgetDecision {
        Objects.requireNonNull(newState, "newState");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }
}
