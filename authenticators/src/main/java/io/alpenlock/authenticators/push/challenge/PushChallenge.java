package io.alpenlock.authenticators.push.challenge;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One push-approval challenge: created for one login after the password, answered at most once by
 * one of the apps that received the push. Immutable; {@link ChallengeRules} computes the next state.
 * Instants are kept to the millisecond (as stored).
 *
 * <p>Stored in Keycloak's single-use store under {@link #storeKey(String)} as {@link #toNotes()};
 * the store entry lives {@link #storeLifespanSeconds(Instant)} so that an answer given just before
 * {@link #expiresAt()} can still be read by the waiting page.
 *
 * @param id            opaque random reference (128 bits, base64url); the only thing a push carries
 * @param credentialIds the app credentials that received the push and may answer it
 * @param answeredBy    the credential that answered, set exactly when {@code status.isAnswer()}
 * @param answeredAt    when it answered, set exactly when {@code status.isAnswer()}
 */
public record PushChallenge(String id, String realmId, String userId, List<String> credentialIds,
                            Instant createdAt, Instant expiresAt, NumberMatch numberMatch,
                            ChallengeStatus status, String answeredBy, Instant answeredAt, LoginContext context,
                            ChallengePolicy policy) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(2);
    public static final Duration MIN_LIFETIME = Duration.ofSeconds(10);
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    /** How long a challenge stays readable in the store after it expires (for the waiting page). */
    public static final Duration RESULT_GRACE = Duration.ofSeconds(30);
    public static final int MAX_CREDENTIALS = 32;
    public static final int MAX_ID_LENGTH = 255;

    static final String STORE_PREFIX = "alpenlock-push:";
    static final String ANSWER_PREFIX = "alpenlock-push-answer:";
    private static final int ID_BYTES = 16;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22,64}");

    public PushChallenge {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be base64url, at least 128 bits");
        }
        requireText(realmId, "realmId");
        requireText(userId, "userId");
        Objects.requireNonNull(credentialIds, "credentialIds");
        credentialIds.forEach(c -> {
            requireText(c, "credentialId");
            if (c.indexOf(',') >= 0) {
                throw new IllegalArgumentException("credential ids must not contain a comma");
            }
        });
        credentialIds = List.copyOf(new LinkedHashSet<>(credentialIds));
        if (credentialIds.isEmpty() || credentialIds.size() > MAX_CREDENTIALS) {
            throw new IllegalArgumentException("between 1 and " + MAX_CREDENTIALS + " credentials");
        }
        createdAt = millis(Objects.requireNonNull(createdAt, "createdAt"));
        expiresAt = millis(Objects.requireNonNull(expiresAt, "expiresAt"));
        if (!createdAt.isBefore(expiresAt)) {
            throw new IllegalArgumentException("expiresAt must be after createdAt");
        }
        Objects.requireNonNull(numberMatch, "numberMatch");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(policy, "policy");
        if (status.isAnswer()) {
            if (answeredBy == null || !credentialIds.contains(answeredBy) || answeredAt == null) {
                throw new IllegalArgumentException("an answer needs an allowed answeredBy and answeredAt");
            }
            answeredAt = millis(answeredAt);
        } else if (answeredBy != null || answeredAt != null) {
            throw new IllegalArgumentException("only an answer has answeredBy/answeredAt");
        }
    }

    /**
     * A new pending challenge for one login.
     *
     * @param lifetime between {@link #MIN_LIFETIME} and {@link #MAX_LIFETIME}; {@link #DEFAULT_LIFETIME} by default
     */
    public static PushChallenge create(String realmId, String userId, Collection<String> credentialIds,
                                       LoginContext context, Duration lifetime, Instant now, SecureRandom random) {
        return create(realmId, userId, credentialIds, context, ChallengePolicy.DEFAULT, lifetime, now, random);
    }

    /** A new pending challenge with the realm admin's {@link ChallengePolicy}. */
    public static PushChallenge create(String realmId, String userId, Collection<String> credentialIds,
                                       LoginContext context, ChallengePolicy policy, Duration lifetime,
                                       Instant now, SecureRandom random) {
        if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("lifetime must be between " + MIN_LIFETIME + " and " + MAX_LIFETIME);
        }
        Instant created = millis(now);
        return new PushChallenge(newId(random), realmId, userId, List.copyOf(credentialIds), created,
                created.plus(lifetime), NumberMatch.draw(random), ChallengeStatus.PENDING, null, null, context, policy);
    }

    /** A fresh opaque challenge id: 128 random bits, base64url without padding (22 characters). */
    public static String newId(SecureRandom random) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Reads stored notes; anything that is not a valid challenge throws {@link MalformedChallengeException}. */
    public static PushChallenge fromNotes(Map<String, String> notes) {
        return ChallengeNotes.decode(notes);
    }

    /** Compact, flat notes for the single-use store; {@link #fromNotes(Map)} reads them back equal. */
    public Map<String, String> toNotes() {
        return ChallengeNotes.encode(this);
    }

    /** The number the login page shows. Never give it to a device. */
    public int number() {
        return numberMatch.number();
    }

    /** The numbers the app offers, in the order it shows them. */
    public List<Integer> choices() {
        return numberMatch.choices();
    }

    /** Expired from {@link #expiresAt()} on: an answer at exactly that instant is too late. */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The status as of {@code now}: a pending challenge past its expiry reads as {@link ChallengeStatus#EXPIRED}. */
    public ChallengeStatus statusAt(Instant now) {
        return status == ChallengeStatus.PENDING && isExpired(now) ? ChallengeStatus.EXPIRED : status;
    }

    /** Pending and not expired. */
    public boolean isOpen(Instant now) {
        return statusAt(now) == ChallengeStatus.PENDING;
    }

    public boolean isAllowed(String credentialId) {
        return credentialId != null && credentialIds.contains(credentialId);
    }

    /** Seconds the store entry should live from {@code now}: until expiry plus {@link #RESULT_GRACE}, at least 1. */
    public long storeLifespanSeconds(Instant now) {
        long millis = Duration.between(now, expiresAt.plus(RESULT_GRACE)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Key of the challenge's notes in the single-use store. */
    public static String storeKey(String id) {
        return STORE_PREFIX + id;
    }

    /** Key claimed with {@code putIfAbsent} by the one answer that wins (see {@link ChallengeRules}). */
    public static String answerKey(String id) {
        return ANSWER_PREFIX + id;
    }

    PushChallenge answered(ChallengeStatus newStatus, String credentialId, Instant now) {
        return new PushChallenge(id, realmId, userId, credentialIds, createdAt, expiresAt, numberMatch,
                newStatus, credentialId, now, context, policy);
    }

    /** Ended without an answer: replaced by a newer sign-in of the same user. */
    PushChallenge cancelled() {
        return new PushChallenge(id, realmId, userId, credentialIds, createdAt, expiresAt, numberMatch,
                ChallengeStatus.CANCELLED, null, null, context, policy);
    }

    /** Names no id, number or login detail. */
    @Override
    public String toString() {
        return "PushChallenge[status=" + status + ", expiresAt=" + expiresAt + ", credentials=" + credentialIds.size() + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1.." + MAX_ID_LENGTH + " characters");
        }
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
