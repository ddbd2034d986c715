package io.alpenlock.core.dpop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Checks a DPoP proof (RFC 9449 §4.3) on the server, ES256 only, for one request.
 *
 * <p>In this order: present and at most {@value #MAX_PROOF_LENGTH} characters (before any parsing); three
 * base64url parts; header {@code typ = dpop+jwt}, {@code alg = ES256}, no {@code crit}, a public P-256 {@code jwk}
 * (no {@code d}, point on the curve); the signature; then the claims: {@code htm} equals the method (case-sensitive),
 * {@code htu} equals the request URI once both are normalised by {@link HtuNormalizer} (query and fragment ignored),
 * {@code iat} within ± the allowed skew of {@code now}, {@code jti} of 1 to {@value #MAX_JTI_LENGTH} characters,
 * {@code bsh} present and equal to the body's SHA-256 exactly when the request has a (non-empty) body, and the
 * {@code nonce} when one is expected. Any failure is a {@link DpopException} naming the first check that failed;
 * no other exception escapes for bad proofs.
 *
 * <p><b>Replay is not checked here.</b> The caller records {@link VerifiedProof#replayKey()} (thumbprint + jti) in a
 * cluster-wide single-use store ({@code SingleUseObjectProvider.putIfAbsent}) with lifespan {@link #replayTtl()} and
 * refuses the request when the key was already there. The caller also decides which thumbprints are known devices.
 *
 * <p>Thread-safe and stateless.
 */
public final class DpopProofVerifier {

    public static final Duration DEFAULT_MAX_SKEW = Duration.ofSeconds(60);
    /** 8 KB: a proof of this format is about 600 characters. */
    public static final int MAX_PROOF_LENGTH = 8192;
    public static final int MAX_JTI_LENGTH = 128;

    private final Duration maxSkew;

    public DpopProofVerifier() {
        this(DEFAULT_MAX_SKEW);
    }

    /** @param maxSkew how far {@code iat} may be from now, either way (1 s to 10 min) */
    public DpopProofVerifier(Duration maxSkew) {
        Objects.requireNonNull(maxSkew, "maxSkew");
        if (maxSkew.compareTo(Duration.ofSeconds(1)) < 0 || maxSkew.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the DPoP skew must be from 1 s to 10 min");
        }
        this.maxSkew = maxSkew;
    }

    public Duration maxSkew() {
        return maxSkew;
    }

    /**
     * How long a {@link VerifiedProof#replayKey()} must be remembered: twice the skew, because a proof dated
     * {@code skew} in the future stays acceptable until {@code 2 × skew} after it is first seen.
     */
    public Duration replayTtl() {
        return maxSkew.multipliedBy(2);
    }

    /** {@link #verify(String, String, String, byte[], Instant, String)} without an expected nonce. */
    public VerifiedProof verify(String proof, String method, String requestUri, byte[] body, Instant now)
            throws DpopException {
        return verify(proof, method, requestUri, body, now, null);
    }

    /**
     * @param proof         the {@code DPoP} header value (null when absent)
     * @param method        the request method as received
     * @param requestUri    the full request URI as the server sees it (query allowed, it is ignored); behind a
     *                      proxy, the public URI the device called
     * @param body          the raw request body bytes, or null/empty for none
     * @param now           the current time
     * @param expectedNonce the nonce the server requires, or null for none
     */
    public VerifiedProof verify(String proof, String method, String requestUri, byte[] body, Instant now,
            String expectedNonce) throws DpopException {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(now, "now");
        if (proof == null || proof.isEmpty()) {
            throw new DpopException(DpopFailure.MISSING);
        }
        if (proof.length() > MAX_PROOF_LENGTH) {
            throw new DpopException(DpopFailure.TOO_LARGE);
        }
        for (int i = 0; i < proof.length(); i++) {
            char c = proof.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.')) {
                throw new DpopException(DpopFailure.MALFORMED);
            }
        }
        int firstDot = proof.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : proof.indexOf('.', firstDot + 1);
        // an empty signature part is left to the alg and signature checks (an "alg":"none" JWT has one)
        if (firstDot <= 0 || secondDot <= firstDot + 1 || proof.indexOf('.', secondDot + 1) >= 0) {
            throw new DpopException(DpopFailure.MALFORMED);
        }
        ObjectNode header = decodeObject(proof.substring(0, firstDot));
        EcJwk jwk = checkHeader(header);
        byte[] signature = decode(proof.substring(secondDot + 1));
        byte[] signingInput = proof.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII);
        if (!Es256.verify(jwk.publicKey(), signingInput, signature)) {
            throw new DpopException(DpopFailure.SIGNATURE);
        }
        ObjectNode claims = decodeObject(proof.substring(firstDot + 1, secondDot));
        checkMethodAndUri(claims, method, requestUri);
        Instant issuedAt = checkIssuedAt(claims, now);
        String jti = Json.text(claims, DpopClaims.JTI);
        if (jti == null || jti.isEmpty() || jti.length() > MAX_JTI_LENGTH) {
            throw new DpopException(DpopFailure.JTI);
        }
        checkBodyHash(claims, body);
        if (expectedNonce != null && !constantTimeEquals(Json.text(claims, DpopClaims.NONCE), expectedNonce)) {
            throw new DpopException(DpopFailure.NONCE);
        }
        return new VerifiedProof(jwk.thumbprint(), jti, issuedAt, jwk);
    }

    private static EcJwk checkHeader(ObjectNode header) throws DpopException {
        if (!DpopClaims.TYP.equals(Json.text(header, "typ"))) {
            throw new DpopException(DpopFailure.TYP);
        }
        if (!DpopClaims.ALG.equals(Json.text(header, "alg"))) {
            throw new DpopException(DpopFailure.ALG);
        }
        if (header.has("crit")) {
            throw new DpopException(DpopFailure.CRIT);
        }
        JsonNode jwk = header.get("jwk");
        if (jwk == null || jwk.isNull()) {
            throw new DpopException(DpopFailure.JWK_MISSING);
        }
        if (jwk.has("d")) {
            throw new DpopException(DpopFailure.JWK_PRIVATE);
        }
        try {
            return EcJwk.fromJson(jwk);
        } catch (IllegalArgumentException e) {
            throw new DpopException(DpopFailure.JWK_INVALID);
        }
    }

    private static void checkMethodAndUri(ObjectNode claims, String method, String requestUri) throws DpopException {
        if (!method.equals(Json.text(claims, DpopClaims.HTM))) {
            throw new DpopException(DpopFailure.HTM);
        }
        String htu = Json.text(claims, DpopClaims.HTU);
        if (htu == null) {
            throw new DpopException(DpopFailure.HTU);
        }
        try {
            if (!HtuNormalizer.normalize(htu).equals(HtuNormalizer.normalize(requestUri))) {
                throw new DpopException(DpopFailure.HTU);
            }
        } catch (IllegalArgumentException e) {
            throw new DpopException(DpopFailure.HTU);
        }
    }

    private Instant checkIssuedAt(ObjectNode claims, Instant now) throws DpopException {
        JsonNode iat = claims.get(DpopClaims.IAT);
        if (iat == null || !iat.isIntegralNumber() || !iat.canConvertToLong()) {
            throw new DpopException(DpopFailure.IAT);
        }
        long seconds = iat.longValue();
        long skew = maxSkew.getSeconds();
        long nowSeconds = now.getEpochSecond();
        // compare without overflow: |iat - now| <= skew
        if (seconds < nowSeconds - skew || seconds > nowSeconds + skew) {
            throw new DpopException(DpopFailure.IAT);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static void checkBodyHash(ObjectNode claims, byte[] body) throws DpopException {
        JsonNode bsh = claims.get(DpopClaims.BSH);
        if (!DpopClaims.hasBody(body)) {
            if (bsh != null) {
                throw new DpopException(DpopFailure.BSH_UNEXPECTED);
            }
            return;
        }
        if (bsh == null) {
            throw new DpopException(DpopFailure.BSH_MISSING);
        }
        if (!bsh.isTextual() || !constantTimeEquals(bsh.textValue(), DpopClaims.bodyHash(body))) {
            throw new DpopException(DpopFailure.BSH_MISMATCH);
        }
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decode(String part) throws DpopException {
        try {
            return Base64Url.decode(part);
        } catch (IllegalArgumentException e) {
            throw new DpopException(DpopFailure.MALFORMED);
        }
    }

    private static ObjectNode decodeObject(String part) throws DpopException {
        try {
            return Json.parseObject(decode(part));
        } catch (IllegalArgumentException e) {
            throw new DpopException(DpopFailure.MALFORMED);
        }
    }
}
