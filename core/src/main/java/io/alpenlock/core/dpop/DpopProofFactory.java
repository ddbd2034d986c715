package io.alpenlock.core.dpop;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Creates DPoP proofs (RFC 9449 §4.2) on the device: a compact JWS signed with ES256 whose header is
 * {@code {"typ":"dpop+jwt","alg":"ES256","jwk":{public key}}} and whose claims are {@code jti} (128 random bits,
 * base64url), {@code htm}, {@code htu} (the URI without query and fragment), {@code iat} (seconds), plus
 * {@code bsh} when the request has a body (see {@link DpopClaims}) and {@code nonce} when the server gave one.
 * Send it in the {@code DPoP} header, one fresh proof per request.
 */
public final class DpopProofFactory {

    private static final Pattern METHOD = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}");
    private static final int JTI_BYTES = 16;

    private final DeviceKeyPair keyPair;
    private final Clock clock;
    private final SecureRandom random;
    private final String encodedHeader;

    public DpopProofFactory(DeviceKeyPair keyPair, Clock clock, SecureRandom random) {
        this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", DpopClaims.TYP);
        header.put("alg", DpopClaims.ALG);
        header.put("jwk", keyPair.publicJwk().toMap());
        this.encodedHeader = Base64Url.encode(Json.write(header).getBytes(StandardCharsets.UTF_8));
    }

    /** A proof for a request without body. */
    public String create(String method, String uri) {
        return create(method, uri, null, null);
    }

    /** A proof for a request with {@code body} (null or empty: no body, no {@code bsh}). */
    public String create(String method, String uri, byte[] body) {
        return create(method, uri, body, null);
    }

    /**
     * @param method the HTTP method exactly as sent, e.g. {@code POST}
     * @param uri    the absolute http(s) request URI; query and fragment are left out of {@code htu}
     * @param body   the exact bytes of the request body, or null/empty for none
     * @param nonce  the server's last {@code DPoP-Nonce}, or null
     */
    public String create(String method, String uri, byte[] body, String nonce) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("not an HTTP method");
        }
        String htu = HtuNormalizer.withoutQueryAndFragment(uri);
        HtuNormalizer.normalize(htu);
        byte[] jti = new byte[JTI_BYTES];
        random.nextBytes(jti);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(DpopClaims.JTI, Base64Url.encode(jti));
        claims.put(DpopClaims.HTM, method);
        claims.put(DpopClaims.HTU, htu);
        claims.put(DpopClaims.IAT, clock.instant().getEpochSecond());
        if (DpopClaims.hasBody(body)) {
            claims.put(DpopClaims.BSH, DpopClaims.bodyHash(body));
        }
        if (nonce != null) {
            claims.put(DpopClaims.NONCE, nonce);
        }
        String signingInput = encodedHeader + "."
                + Base64Url.encode(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        byte[] signature = keyPair.sign(signingInput.getBytes(StandardCharsets.US_ASCII), random);
        return signingInput + "." + Base64Url.encode(signature);
    }

    /** The thumbprint the server will see for proofs from this factory. */
    public String thumbprint() {
        return keyPair.thumbprint();
    }
}
