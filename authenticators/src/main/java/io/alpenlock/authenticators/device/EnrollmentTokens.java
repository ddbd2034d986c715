package io.alpenlock.authenticators.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * Short-lived, single-use enrolment tokens, kept in Keycloak's cluster-wide single-use store under
 * the SHA-256 of the token (the token itself is stored nowhere on the server side but the
 * authentication session of the page showing it).
 */
public final class EnrollmentTokens {

    public static final long LIFESPAN_SECONDS = 300;
    static final String PENDING = "alpenlock-enroll:";
    static final String DONE = "alpenlock-enroll-done:";
    static final String REALM_ID = "realmId";
    static final String USER_ID = "userId";
    static final String CREDENTIAL_ID = "credentialId";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SingleUseObjectProvider store;

    public EnrollmentTokens(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** A new token for this user, valid for {@value #LIFESPAN_SECONDS} s. */
    public String issue(String realmId, String userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.put(PENDING + reference(token), LIFESPAN_SECONDS, Map.of(REALM_ID, realmId, USER_ID, userId));
        return token;
    }

    /** Takes the token out of the store: of two concurrent redemptions only one gets the user. */
    public Optional<String> redeem(String realmId, String token) {
        if (token == null || token.isEmpty() || token.length() > 512) {
            return Optional.empty();
        }
        Map<String, String> notes = store.remove(PENDING + reference(token));
        if (notes == null || !realmId.equals(notes.get(REALM_ID))) {
            return Optional.empty();
        }
        return Optional.ofNullable(notes.get(USER_ID));
    }

    /** Tells the waiting page which credential the token created. */
    public void markDone(String token, String credentialId) {
        store.put(DONE + reference(token), LIFESPAN_SECONDS, Map.of(CREDENTIAL_ID, credentialId));
    }

    public Optional<String> completedCredential(String token) {
        Map<String, String> notes = token == null ? null : store.get(DONE + reference(token));
        return notes == null ? Optional.empty() : Optional.ofNullable(notes.get(CREDENTIAL_ID));
    }

    public boolean isPending(String token) {
        return store.contains(PENDING + reference(token));
    }

    /** The opaque name of a token: its SHA-256, so the store never holds a usable token. */
    public static String reference(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
