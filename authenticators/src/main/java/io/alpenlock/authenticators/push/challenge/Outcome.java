package io.alpenlock.authenticators.push.challenge;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one answer to a challenge.
 *
 * @param result  what happened, as the device API reports it
 * @param updated the challenge's new state to store; present exactly when the answer counted
 */
public record Outcome(Result result, Optional<PushChallenge> updated) {

    public enum Result {
        APPROVED,
        DENIED,
        NOT_ME,
        /** The challenge is over; the caller reports a second-factor failure to brute-force detection. */
        WRONG_NUMBER,
        /** Unknown, already answered, expired or not this credential's challenge: deliberately one result. */
        NOT_FOUND
    }

    public Outcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(updated, "updated");
        if ((result == Result.NOT_FOUND) != updated.isEmpty()) {
            throw new IllegalArgumentException("only NOT_FOUND comes without a new state");
        }
    }

    static Outcome notFound() {
        return new Outcome(Result.NOT_FOUND, Optional.empty());
    }

    static Outcome answered(Result result, PushChallenge updated) {
        return new Outcome(result, Optional.of(updated));
    }
}
