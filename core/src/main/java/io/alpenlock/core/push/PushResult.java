package io.alpenlock.core.push;

import java.util.Objects;

/**
 * What happened to a push. Gateways return one of these instead of throwing. {@link #messageKey()} is a theme
 * message key that may be shown to the user; {@link #detail()} is a short technical reason for logs and events
 * (for example {@code fcm-UNREGISTERED}, {@code timeout}) that never holds exception text or tokens.
 */
public sealed interface PushResult {

    String KEY_SENT = "alpenlockPushSent";
    String KEY_INVALID_TOKEN = "alpenlockPushInvalidToken";
    String KEY_REJECTED = "alpenlockPushRejected";
    String KEY_RATE_LIMITED = "alpenlockPushRateLimited";
    String KEY_TEMPORARY_FAILURE = "alpenlockPushTemporaryFailure";
    String KEY_UNAVAILABLE = "alpenlockPushUnavailable";

    String messageKey();

    String detail();

    default boolean isSent() {
        return this instanceof Sent;
    }

    /** Accepted by the push service. */
    record Sent(String providerMessageId) implements PushResult {
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

    /** The registration token is unknown, expired or malformed: forget it; the device must register again. */
    record InvalidToken(String detail) implements PushResult {
        public InvalidToken {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_INVALID_TOKEN;
        }
    }

    /** The push service refused this message for good (other than the token). Don't retry. */
    record Rejected(String detail) implements PushResult {
        public Rejected {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_REJECTED;
        }
    }

    /** Quota exceeded (HTTP 429): retry later. */
    record RateLimited(String detail) implements PushResult {
        public RateLimited {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_RATE_LIMITED;
        }
    }

    /** Server error, timeout or connection failure: a later attempt may work. */
    record TemporaryFailure(String detail) implements PushResult {
        public TemporaryFailure {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_TEMPORARY_FAILURE;
        }
    }

    /** The sender is not configured or its credentials are refused: nothing can be sent until an operator acts. */
    record Unavailable(String detail) implements PushResult {
        public Unavailable {
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String messageKey() {
            return KEY_UNAVAILABLE;
        }
    }
}
