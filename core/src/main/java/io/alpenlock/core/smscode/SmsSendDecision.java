package io.alpenlock.core.smscode;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a (new) SMS code may be sent now; see {@link SmsCodeIssuer#decide}.
 *
 * @param status     the decision
 * @param retryAfter for {@link Status#COOLDOWN}, how long until a new code may be sent; zero otherwise
 */
public record SmsSendDecision(Status status, Duration retryAfter) {

    public enum Status {
        /** Send: no code yet, or the cooldown of the current one is over. */
        ALLOWED,
        /** The current code was sent less than the resend cooldown ago. */
        COOLDOWN,
        /** The wrong attempts of this session are used up: a new code would not be accepted either. */
        TOO_MANY_ATTEMPTS
    }

    public SmsSendDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative() || (status == Status.COOLDOWN) == retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter is positive exactly for COOLDOWN");
        }
    }

    public boolean allowed() {
        return status == Status.ALLOWED;
    }
}
