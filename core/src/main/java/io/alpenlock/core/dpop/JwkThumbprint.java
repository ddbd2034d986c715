package io.alpenlock.core.dpop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * JWK thumbprints (RFC 7638): SHA-256 over the canonical JSON of the key's <em>required</em> members (for EC:
 * {@code crv, kty, x, y}; for RSA: {@code e, kty, n}), sorted by name, no white space, base64url without padding.
 * Used as the device-key identifier and as the {@code jkt} of RFC 9449.
 */
public final class JwkThumbprint {

    private JwkThumbprint() {
    }

    /** The thumbprint of a P-256 key. */
    public static String of(EcJwk jwk) {
        Objects.requireNonNull(jwk, "jwk");
        return sha256(Map.of("crv", "P-256", "kty", "EC", "x", jwk.x(), "y", jwk.y()));
    }

    /** The thumbprint of any JWK, given exactly its required members (the caller picks them per {@code kty}). */
    public static String sha256(Map<String, String> requiredMembers) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson(requiredMembers).getBytes(StandardCharsets.UTF_8));
            return Base64Url.encode(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The members sorted by name, written without white space (RFC 7638 §3). */
    public static String canonicalJson(Map<String, String> requiredMembers) {
        Objects.requireNonNull(requiredMembers, "requiredMembers");
        return Json.write(new TreeMap<>(requiredMembers));
    }
}
