package io.alpenlock.core.dpop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Names used in DPoP proofs, and the Alpenlock body hash.
 *
 * <p><b>{@code bsh} (body SHA-256), our extension claim</b>: {@code base64url(SHA-256(body bytes))}, present exactly
 * when the request has a body (a non-empty one: an empty body counts as no body). RFC 9449 binds a proof to method
 * and URI only; {@code bsh} also binds it to the exact bytes sent, so a body changed on the way (or a proof reused
 * with another body within its lifetime) is refused. The server hashes the raw bytes it received, before any
 * parsing.
 */
public final class DpopClaims {

    /** The request header that carries the proof. */
    public static final String HEADER = "DPoP";
    /** The response header by which a server hands out a nonce (RFC 9449 §8). */
    public static final String NONCE_HEADER = "DPoP-Nonce";
    public static final String TYP = "dpop+jwt";
    public static final String ALG = "ES256";

    public static final String JTI = "jti";
    public static final String HTM = "htm";
    public static final String HTU = "htu";
    public static final String IAT = "iat";
    public static final String NONCE = "nonce";
    /** Alpenlock extension: body SHA-256, see the class comment. */
    public static final String BSH = "bsh";

    private DpopClaims() {
    }

    /** True when the request has a body in the sense of {@code bsh}: non-null and non-empty. */
    public static boolean hasBody(byte[] body) {
        return body != null && body.length > 0;
    }

    /** {@code base64url(SHA-256(body))}, the value of {@code bsh}. */
    public static String bodyHash(byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
