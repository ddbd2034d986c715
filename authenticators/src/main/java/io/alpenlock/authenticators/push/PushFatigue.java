package io.alpenlock.authenticators.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.alpenlock.core.ratelimit.BudgetDecision;
import io.alpenlock.core.ratelimit.BudgetState;
import io.alpenlock.core.ratelimit.RateBudget;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The per-user push budget and the "this wasn't me" mute, both in the cluster-wide single-use store.
 * The budget is read and written only by the login that holds the user's pending slot (see
 * {@link PushChallengeStore#start}), so two nodes never update it at the same time.
 */
final class PushFatigue {

    static final String MUTE_PREFIX = "alpenlock-push-muted:";
    static final String BUDGET_PREFIX = "alpenlock-push-budget:";
    private static final String STATE = "s";

    private final SingleUseObjectProvider store;

    PushFatigue(SingleUseObjectProvider store) {
        this.store = store;
    }

    boolean isMuted(String realmId, String userId) {
        return store.contains(MUTE_PREFIX + realmId + ":" + userId);
    }

    void mute(String realmId, String userId, Duration duration) {
        if (duration.toSeconds() > 0) {
            store.put(MUTE_PREFIX + realmId + ":" + userId, duration.toSeconds(), Map.of());
        }
    }

    /** Takes one push from the user's budget if there is one left. */
    BudgetDecision takePush(String realmId, String userId, RateBudget budget, Instant now) {
        String key = BUDGET_PREFIX + realmId + ":" + userId;
        Map<String, String> notes = store.get(key);
        BudgetState state = notes == null ? BudgetState.EMPTY : BudgetState.parse(notes.get(STATE));
        BudgetDecision decision = budget.tryConsume(state, now);
        if (decision.allowed()) {
            store.put(key, budget.window().toSeconds() + 1, Map.of(STATE, decision.newState().serialize()));
        }
        return decision;
    }
}
