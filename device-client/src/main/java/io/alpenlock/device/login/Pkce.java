package io.alpenlock.device.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Proof Key for Code Exchange (RFC 7636) with the {@code S256} method: a random {@code code_verifier} (32 random
 * bytes, base64url: 43 characters) and its {@code code_challenge} = base64url(SHA-256(verifier)). {@link #toString()}
 * hides the verifier.
 */
public record Pkce(String verifier, String challenge) {

    public static final String METHOD = "S256";
    private static final int VERIFIER_BYTES = 32;

    public Pkce {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(challenge, "challenge");
    }

    public static Pkce generate(SecureRandom random) {
        byte[] bytes = new byte[VERIFIER_BYTES];
        random.nextBytes(bytes);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Pkce(verifier, s256(verifier));
    }

    /** The S256 code challenge of a verifier. */
    public static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[S256, challenge=" + challenge + ", verifier hidden]";
    }
}
