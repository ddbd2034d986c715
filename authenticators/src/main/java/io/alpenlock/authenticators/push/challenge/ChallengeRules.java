package io.alpenlock.authenticators.push.challenge;

import java.time.Instant;
import java.util.Objects;

import io.alpenlock.authenticators.push.challenge.ChallengeResponse.Approve;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse.Deny;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse.NotMe;
import io.alpenlock.authenticators.push.challenge.Outcome.Result;

/**
 * The pure state machine of a push challenge. Rules:
 * <ul>
 * <li>Only a {@link ChallengeStatus#PENDING} challenge before its {@code expiresAt} can be answered, and
 *     only by one of its {@code credentialIds}.</li>
 * <li>Right number → {@code APPROVED}; any other number → {@code WRONG_NUMBER}, which ends the challenge
 *     (one pick, so an app cannot try all three); deny → {@code DENIED}; "not me" → {@code NOT_ME}.</li>
 * <li>Everything else (unknown, already answered, expired, another credential's) → {@code NOT_FOUND}, the
 *     same result whatever the reason, so a device learns nothing about challenges that are not its own.</li>
 * </ul>
 *
 * <h2>Exactly one answer wins, cluster-wide</h2>
 * This class decides; the store makes it exclusive. The caller (device API) does, in this order:
 * <ol>
 * <li>{@code notes = store.get(PushChallenge.storeKey(id))}; missing or {@link MalformedChallengeException}
 *     → {@code NOT_FOUND}.</li>
 * <li>{@code outcome = respond(challenge, credentialId, response, now)}; {@code NOT_FOUND} → answer it,
 *     store untouched.</li>
 * <li>{@code store.putIfAbsent(PushChallenge.answerKey(id), challenge.storeLifespanSeconds(now))}: this
 *     atomic, cluster-wide claim is what makes exactly one of N concurrent answers win. A caller that
 *     loses the claim answers {@code NOT_FOUND} and writes nothing.</li>
 * <li>The winner writes {@code outcome.updated()} with {@code store.put(storeKey, lifespan, notes)} (no other
 *     writer can exist once the claim is held) and then acts on the result (finish the login, report a
 *     failure, mute pushes).</li>
 * </ol>
 * A claim is never released: if the winner dies between claim and write, the challenge just expires.
 * Compared with remove-then-put, the challenge never disappears from the store in between, so the
 * waiting page never reads a pending challenge as unknown and a rejected answer has nothing to put back.
 */
public final class ChallengeRules {

    private ChallengeRules() {
    }

    /**
     * @param challenge    the stored challenge, or {@code null} when none was found
     * @param credentialId the app credential that answers (from the verified device request)
     */
    public static Outcome respond(PushChallenge challenge, String credentialId, ChallengeResponse response, Instant now) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(now, "now");
        if (challenge == null || !challenge.isOpen(now) || !challenge.isAllowed(credentialId)) {
            return Outcome.notFound();
        }
        if (response instanceof Approve approve) {
            return !challenge.policy().numberMatching() || challenge.numberMatch().isRight(approve.choice())
                    ? answer(challenge, ChallengeStatus.APPROVED, Result.APPROVED, credentialId, now)
                    : answer(challenge, ChallengeStatus.WRONG_NUMBER, Result.WRONG_NUMBER, credentialId, now);
        }
        if (response instanceof Deny) {
            return answer(challenge, ChallengeStatus.DENIED, Result.DENIED, credentialId, now);
        }
        if (response instanceof NotMe) {
            return answer(challenge, ChallengeStatus.NOT_ME, Result.NOT_ME, credentialId, now);
        }
        throw new IllegalArgumentException("unknown response");
    }

    /**
     * Ends a challenge nobody answered because a newer sign-in replaces it; the caller claims the answer
     * key first, exactly as for an answer. Empty when it is no longer open.
     */
    public static java.util.Optional<PushChallenge> cancel(PushChallenge challenge, Instant now) {
        return challenge != null && challenge.isOpen(now) ? java.util.Optional.of(challenge.cancelled())
                : java.util.Optional.empty();
    }

    private static Outcome answer(PushChallenge challenge, ChallengeStatus status, Result result,
                                  String credentialId, Instant now) {
        return Outcome.answered(result, challenge.answered(status, credentialId, now));
    }
}
