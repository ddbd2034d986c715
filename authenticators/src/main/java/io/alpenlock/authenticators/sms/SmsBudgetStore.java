package io.alpenlock.authenticators.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.ratelimit.BudgetState;
import io.alpenlock.core.ratelimit.MultiBudget;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.sms.SmsBudgetKey;
import io.alpenlock.core.sms.SmsBudgetPolicy;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The SMS budgets of phone numbers and client IPs, kept in Keycloak's cluster-wide single-use store so that
 * every node counts the same SMS. Two requests for one number may run on two nodes at once, so each key is
 * locked (an entry that only one caller can create, with a short lifespan in case a node dies holding it)
 * while its budget is read and written: of two concurrent last SMS of a budget, only one is allowed.
 */
public final class SmsBudgetStore {

    static final String LOCK_PREFIX = "alpenlock-sms-budget-lock:";
    private static final String STATE = "s";
    private static final long LOCK_SECONDS = 10;
    private static final int LOCK_ATTEMPTS = 100;
    private static final long LOCK_WAIT_MILLIS = 20;

    private final SingleUseObjectProvider store;

    public SmsBudgetStore(SingleUseObjectProvider store) {
        this.store = store;
    }

    /**
     * Takes one SMS from every budget of this number and client IP, or from none when one of them is used up
     * (the decision then says how long until the next SMS may go). Call it before the SMS gateway.
     */
    public MultiBudgetDecision take(SmsBudgetPolicy policy, E164Number number, String clientIp, Instant now) {
        return take(policy.budgets(number, clientIp), now);
    }

    /**
     * The same for a message to an e-mail address known by {@code addressId} (a hash of it): the per-number budgets
     * apply to the address, the per-IP budgets are the ones SMS use.
     */
    public MultiBudgetDecision takeForAddress(SmsBudgetPolicy policy, String addressId, String clientIp, Instant now) {
        return take(policy.addressBudgets(addressId, clientIp), now);
    }

    /**
     * Takes one use from every one of these budgets, or from none when one is used up: the same all-or-nothing,
     * locked and cluster-wide counting for other floods than SMS (e.g. identity verification requests).
     */
    public MultiBudgetDecision take(List<SmsBudgetKey> budgets, Instant now) {
        List<String> locks = new ArrayList<>();
        try {
            for (String key : budgets.stream().map(SmsBudgetKey::key).sorted().toList()) {
                if (!lock(key)) {
                    return new MultiBudgetDecision(false, Map.of(), Duration.ofSeconds(1), List.of(key));
                }
                locks.add(key);
            }
            MultiBudgetDecision decision = MultiBudget.tryConsume(
                    budgets.stream().map(budget -> budget.check(state(budget.key()))).toList(), now);
            if (decision.allowed()) {
                for (SmsBudgetKey budget : budgets) {
                    store.put(budget.key(), budget.budget().window().toSeconds() + 1,
                            Map.of(STATE, decision.newStates().get(budget.key()).serialize()));
                }
            }
            return decision;
        } finally {
            locks.forEach(key -> store.remove(LOCK_PREFIX + key));
        }
    }

    private BudgetState state(String key) {
        Map<String, String> notes = store.get(key);
        return notes == null ? BudgetState.EMPTY : BudgetState.parse(notes.get(STATE));
    }

    private boolean lock(String key) {
        for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
            if (store.putIfAbsent(LOCK_PREFIX + key, LOCK_SECONDS)) {
                return true;
            }
            try {
                Thread.sleep(LOCK_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
