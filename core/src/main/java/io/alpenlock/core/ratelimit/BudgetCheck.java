package io.alpenlock.core.ratelimit;

import java.util.Objects;

/**
 * One budget of a {@link MultiBudget} check, with the state read from the store.
 *
 * @param key    the store key of this budget's state (e.g. {@code sms-number:+41791234567:3/10m}); also names the
 *               budget in the decision
 * @param budget the budget
 * @param state  its current state ({@link BudgetState#EMPTY} when the store had nothing)
 */
public record BudgetCheck(String key, RateBudget budget, BudgetState state) {

    public BudgetCheck {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(state, "state");
    }
}
