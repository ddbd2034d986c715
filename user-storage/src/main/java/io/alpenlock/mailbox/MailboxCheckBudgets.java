package io.alpenlock.mailbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.keycloak.models.SingleUseObjectProvider;

import io.alpenlock.core.ratelimit.BudgetCheck;
import io.alpenlock.core.ratelimit.BudgetState;
import io.alpenlock.core.ratelimit.MultiBudget;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.ratelimit.RateBudget;

/**
 * The check page's budgets (per client IP, per address) in Keycloak's cluster-wide single-use store, so every node
 * counts the same checks. Each key is locked while its budget is read and written (an entry only one caller can
 * create, short-lived in case a node dies holding it), as the SMS budgets do.
 */
final class MailboxCheckBudgets {

    private static final String LOCK = ":lock";
    private static final String STATE = "s";
    private static final long LOCK_SECONDS = 10;

    private final SingleUseObjectProvider store;

    MailboxCheckBudgets(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** Takes one check from every budget, or from none when one is used up. */
    boolean take(Map<String, RateBudget> budgets, Instant now) {
        List<String> locked = new ArrayList<>();
        try {
            for (String key : budgets.keySet().stream().sorted().toList()) {
                if (!lock(key)) {
                    return false;
                }
                locked.add(key);
            }
            List<BudgetCheck> checks = new ArrayList<>();
            budgets.forEach((key, budget) -> checks.add(new BudgetCheck(key, budget, state(key))));
            MultiBudgetDecision decision = MultiBudget.tryConsume(checks, now);
            if (decision.allowed()) {
                budgets.forEach((key, budget) -> store.put(key, budget.window().toSeconds() + 1,
                        Map.of(STATE, decision.newStates().get(key).serialize())));
            }
            return decision.allowed();
        } finally {
            locked.forEach(key -> store.remove(key + LOCK));
        }
    }

    private BudgetState state(String key) {
        Map<String, String> notes = store.get(key);
        return notes == null ? BudgetState.EMPTY : BudgetState.parse(notes.get(STATE));
    }

    private boolean lock(String key) {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (store.putIfAbsent(key + LOCK, LOCK_SECONDS)) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
