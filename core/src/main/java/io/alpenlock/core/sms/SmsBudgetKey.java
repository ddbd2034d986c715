package io.alpenlock.core.sms;

import io.alpenlock.core.ratelimit.BudgetCheck;
import io.alpenlock.core.ratelimit.BudgetState;
import io.alpenlock.core.ratelimit.RateBudget;
import java.util.Objects;

/**
 * One budget to check before an SMS is sent, with the cluster-wide store key of its state (store the new state with a
 * lifespan of {@code budget.window()}).
 *
 * @param key    e.g. {@code alpenlock-sms-budget:number:+41791234567:3/10m} or
 *               {@code alpenlock-sms-budget:ip:203.0.113.7:20/1h}
 * @param budget the budget
 */
public record SmsBudgetKey(String key, RateBudget budget) {

    public SmsBudgetKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(budget, "budget");
    }

    /** The {@link io.alpenlock.core.ratelimit.MultiBudget} input for this budget with the state read from the store. */
    public BudgetCheck check(BudgetState state) {
        return new BudgetCheck(key, budget, state);
    }
}
