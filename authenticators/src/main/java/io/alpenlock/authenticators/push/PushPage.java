package io.alpenlock.authenticators.push;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.authenticators.push.challenge.ChallengeStatus;
import io.alpenlock.authenticators.push.challenge.ChallengeView;
import io.alpenlock.authenticators.push.challenge.LoginContext;
import io.alpenlock.authenticators.push.challenge.PushChallenge;

/** What the push page ({@code alpenlock-push.ftl}) shows, as template attributes. */
final class PushPage {

    /** The page's situations, each with the message key of its main text. */
    enum State {
        WAITING("alpenlockPushPickNumber"),
        OTHER_PENDING("alpenlockPushOtherPending"),
        MUTED("alpenlockPushMuted"),
        BUDGET("alpenlockPushBudget"),
        LOCKED("alpenlockPushLocked"),
        DENIED("alpenlockPushDenied"),
        WRONG_NUMBER("alpenlockPushWrongNumber"),
        NOT_ME("alpenlockPushNotMe"),
        EXPIRED("alpenlockPushExpired"),
        CANCELLED("alpenlockPushCancelled");

        private final String messageKey;

        State(String messageKey) {
            this.messageKey = messageKey;
        }

        static State of(ChallengeStatus status) {
            return switch (status) {
                case PENDING -> WAITING;
                case APPROVED -> EXPIRED; // approved for another login or user: never completes this one
                case DENIED -> DENIED;
                case WRONG_NUMBER -> WRONG_NUMBER;
                case NOT_ME -> NOT_ME;
                case EXPIRED -> EXPIRED;
                case CANCELLED -> CANCELLED;
            };
        }

        /** The message key of the page's main text. */
        String messageKey() {
            return messageKey;
        }
    }

    private PushPage() {
    }

    static Map<String, Object> attributes(State state, PushChallenge challenge, Instant now, Duration retryAfter) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("state", state.name());
        page.put("message", state.messageKey());
        page.put("canResend", state != State.WAITING && state != State.LOCKED && state != State.MUTED
                && state != State.BUDGET && state != State.NOT_ME);
        if (retryAfter != null) {
            page.put("retryMinutes", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        }
        if (challenge != null && state == State.WAITING) {
            ChallengeView.ForWaitingPage view = ChallengeView.forWaitingPage(challenge, now);
            if (view.numberMatching()) {
                page.put("number", String.valueOf(view.number()));
            }
            page.put("expiresAt", view.expiresAt().toEpochMilli());
            page.put("secondsLeft", Math.max(0, Duration.between(now, view.expiresAt()).toSeconds()));
            LoginContext login = challenge.context();
            page.put("client", login.clientName());
            page.put("browser", login.browser());
            page.put("os", login.os());
            page.put("ipAddress", login.ipAddress());
            if (login.location() != null) {
                page.put("location", login.location());
            }
        }
        return page;
    }
}
