package io.alpenlock.authenticators.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.alpenlock.authenticators.push.challenge.ChallengeResponse;
import io.alpenlock.authenticators.push.challenge.ChallengeRules;
import io.alpenlock.authenticators.push.challenge.MalformedChallengeException;
import io.alpenlock.authenticators.push.challenge.Outcome;
import io.alpenlock.authenticators.push.challenge.PushChallenge;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Push challenges in Keycloak's cluster-wide single-use store (see {@link ChallengeRules} for the claim
 * protocol). Besides the challenge itself it keeps, per user, a pointer to the one open challenge
 * ({@code alpenlock-push-pending:<realm>:<user>}); taking that pointer with {@code putIfAbsent} is what
 * makes "at most one pending push per user" hold across nodes.
 */
final class PushChallengeStore {

    static final String PENDING_PREFIX = "alpenlock-push-pending:";
    static final String WATCH_PREFIX = "alpenlock-push-watch:";
    private static final String POINTER_ID = "id";

    private final SingleUseObjectProvider store;

    PushChallengeStore(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** The stored challenge, whatever its state; empty for unknown or unreadable ids. */
    Optional<PushChallenge> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(PushChallenge.storeKey(id));
        if (notes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PushChallenge.fromNotes(notes));
        } catch (MalformedChallengeException e) {
            return Optional.empty();
        }
    }

    /** The user's open challenge, from any login, if there is one. */
    Optional<PushChallenge> openChallengeOf(String realmId, String userId, Instant now) {
        Map<String, String> pointer = store.get(pendingKey(realmId, userId));
        if (pointer == null) {
            return Optional.empty();
        }
        return find(pointer.get(POINTER_ID)).filter(c -> c.isOpen(now));
    }

    /** True while another login holds the user's pending slot (also in the instant before its pointer is written). */
    boolean isSlotTaken(String realmId, String userId, Instant now) {
        Map<String, String> pointer = store.get(pendingKey(realmId, userId));
        if (pointer == null) {
            return false;
        }
        String id = pointer.get(POINTER_ID);
        return id == null || find(id).map(c -> c.isOpen(now)).orElse(false);
    }

    /**
     * Stores a new challenge if the user's pending slot is free. A pointer left by a challenge that is no
     * longer open (its winner could not clear it) is cleared first.
     *
     * @return false when another open challenge holds the slot
     */
    boolean start(PushChallenge challenge, Instant now) {
        String key = pendingKey(challenge.realmId(), challenge.userId());
        long slotSeconds = Math.max(1, Duration.between(now, challenge.expiresAt()).toSeconds() + 1);
        if (!store.putIfAbsent(key, slotSeconds)) {
            Map<String, String> pointer = store.get(key);
            String id = pointer == null ? null : pointer.get(POINTER_ID);
            if (id == null || find(id).map(c -> c.isOpen(now)).orElse(false)) {
                return false;
            }
            store.remove(key);
            if (!store.putIfAbsent(key, slotSeconds)) {
                return false;
            }
        }
        store.put(PushChallenge.storeKey(challenge.id()), challenge.storeLifespanSeconds(now), challenge.toNotes());
        store.replace(key, Map.of(POINTER_ID, challenge.id()));
        return true;
    }

    /**
     * One app's answer. Exactly one of any number of concurrent answers (on any node) gets a result other
     * than {@code NOT_FOUND}: the one that claims the challenge's answer key.
     */
    Outcome answer(PushChallenge challenge, String credentialId, ChallengeResponse response, Instant now) {
        Outcome outcome = ChallengeRules.respond(challenge, credentialId, response, now);
        if (outcome.updated().isEmpty()) {
            return outcome;
        }
        if (!store.putIfAbsent(PushChallenge.answerKey(challenge.id()), challenge.storeLifespanSeconds(now))) {
            return new Outcome(Outcome.Result.NOT_FOUND, Optional.empty());
        }
        PushChallenge updated = outcome.updated().get();
        store.put(PushChallenge.storeKey(updated.id()), updated.storeLifespanSeconds(now), updated.toNotes());
        releaseSlot(updated);
        return outcome;
    }

    /** Ends an open challenge that a newer login of the same user replaces. False if it was no longer open. */
    boolean cancel(PushChallenge challenge, Instant now) {
        Optional<PushChallenge> cancelled = ChallengeRules.cancel(challenge, now);
        if (cancelled.isEmpty()
                || !store.putIfAbsent(PushChallenge.answerKey(challenge.id()), challenge.storeLifespanSeconds(now))) {
            return false;
        }
        store.put(PushChallenge.storeKey(challenge.id()), challenge.storeLifespanSeconds(now), cancelled.get().toNotes());
        releaseSlot(challenge);
        return true;
    }

    private void releaseSlot(PushChallenge challenge) {
        String key = pendingKey(challenge.realmId(), challenge.userId());
        Map<String, String> pointer = store.get(key);
        if (pointer != null && challenge.id().equals(pointer.get(POINTER_ID))) {
            store.remove(key);
        }
    }

    /**
     * A token for the waiting page to watch this challenge with (256 random bits). The store keeps only its
     * SHA-256, so the store's content does not let anyone watch a challenge.
     */
    String newWatchToken(PushChallenge challenge, Instant now, java.security.SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.put(WATCH_PREFIX + sha256(token), challenge.storeLifespanSeconds(now), Map.of(POINTER_ID, challenge.id()));
        return token;
    }

    /** The challenge a waiting page's token watches; empty for unknown or expired tokens. */
    Optional<String> watchedChallenge(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Map<String, String> notes = store.get(WATCH_PREFIX + sha256(token));
        return notes == null ? Optional.empty() : Optional.ofNullable(notes.get(POINTER_ID));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pendingKey(String realmId, String userId) {
        return PENDING_PREFIX + realmId + ":" + userId;
    }
}
