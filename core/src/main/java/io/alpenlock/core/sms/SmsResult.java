package io.alpenlock.core.sms;

import java.util.Objects;

/**
 * What happened to an SMS. Gateways return one of these instead of throwing. {@link #messageKey()} is a theme
 * message key that may be shown to the user; {@link #detail()} is a short technical reason for logs and events
 * (for example {@code twilio-21211}, {@code http-503}, {@code timeout}) that never holds exception text,
 * phone numbers, message bodies or credentials.
 */
public sealed interface SmsResult {

    String KEY_SENT = "alpenlockSmsSent";
    String KEY_REJECTED = "alpenlockSmsRejected";
    String KEY_RATE_LIMITED = "alpenlockSmsRateLimited";
    String KEY_TEMPORARY_FAILURE = "alpenlockSmsTemporaryFailure";
    String KEY_UNAVAILABLE = "alpenlockSmsUnavailable";

    String messageKey();

    String detail();

    default boolean isSent() {
        return this instanceof Sent;
    }

    /** Accepted by the gateway. */
    record Sent(String providerMessageId) implements SmsResult {
        public Sent {
            Objects.requireNonNull(providerMessageId, "providerMessageId");
        }

        @Override
        public String messageKey() {
            return KEY_SENT;
        }

        @Override
        public String detail() {
            return "sent";
        }
    }

    /** The gateway refused this message for good: invalid, unreachable or blocked number. Don't retry. */
    record Rejected(String detail) implements SmsResult {
        public Rejected {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_REJECTED;
        }
    }

    /** Too many requests (HTTP 429): retry later. */
    record RateLimited(String detail) implements SmsResult {
        public RateLimited {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_RATE_LIMITED;
        }
    }

    /** Server error, timeout or connection failure: a later attempt may work. */
    record TemporaryFailure(String detail) implements SmsResult {
        public TemporaryFailure {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_TEMPORARY_FAILURE;
        }
    }

    /** The sender is not configured or its credentials are refused: nothing can be sent until an operator acts. */
    record Unavailable(String detail) implements SmsResult {
        public Unavailable {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_UNAVAILABLE;
        }
    }
}
