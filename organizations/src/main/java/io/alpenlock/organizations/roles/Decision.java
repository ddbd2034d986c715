package io.alpenlock.organizations.roles;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link MembershipRules} decided: allowed, or refused for a {@link RefusalReason}.
 *
 * @param refusal why the change is refused; empty when it is allowed
 */
public record Decision(Optional<RefusalReason> refusal) {

    /** The code {@link #outcome()} gives for an allowed change. */
    public static final String ALLOWED_OUTCOME = "allowed";

    private static final Decision ALLOWED = new Decision(Optional.empty());

    public Decision {
        Objects.requireNonNull(refusal, "refusal (use Decision.allowed())");
    }

    public static Decision allowed() {
        return ALLOWED;
    }

    public static Decision refused(RefusalReason reason) {
        return new Decision(Optional.of(reason));
    }

    public boolean isAllowed() {
        return refusal.isEmpty();
    }

    /** {@value #ALLOWED_OUTCOME}, or the refusal's code (for logs, events and tables). */
    public String outcome() {
        return refusal.map(RefusalReason::code).orElse(ALLOWED_OUTCOME);
    }

    @Override
    public String toString() {
        return "Decision[" + outcome() + "]";
    }
}
