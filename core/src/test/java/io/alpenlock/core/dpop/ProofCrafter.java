package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds proofs with any header and claims, signed by any key, and checks refusals. */
final class ProofCrafter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProofCrafter() {
    }

    static Map<String, Object> header(DeviceKeyPair key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "dpop+jwt");
        header.put("alg", "ES256");
        header.put("jwk", key.publicJwk().toMap());
        return header;
    }

    static Map<String, Object> claims(String uri, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", "jti-" + RANDOM.nextLong());
        claims.put("htm", "GET");
        claims.put("htu", uri);
        claims.put("iat", now.getEpochSecond());
        return claims;
    }

    /** The verifier refuses with exactly this failure, a client-safe message and no cause. */
    static void assertRefused(DpopProofVerifier verifier, DpopFailure expected, String proof, String method,
            String uri, byte[] body, Instant now) {
        assertThatThrownBy(() -> verifier.verify(proof, method, uri, body, now))
                .isInstanceOfSatisfying(DpopException.class, e -> {
                    assertThat(e.failure()).isEqualTo(expected);
                    assertThat(e.getMessage()).isEqualTo(expected.description());
                    assertThat(e.getCause()).isNull();
                });
    }

    static String encodeJson(Object value) {
        return Base64Url.encode(Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    static String sign(DeviceKeyPair signer, Object header, Object claims) {
        return signRaw(signer, encodeJson(header), encodeJson(claims));
    }

    static String signRaw(DeviceKeyPair signer, String encodedHeader, String encodedClaims) {
        String input = encodedHeader + "." + encodedClaims;
        return input + "." + Base64Url.encode(signer.sign(input.getBytes(StandardCharsets.US_ASCII), RANDOM));
    }

    static String[] parts(String proof) {
        return proof.split("\\.", -1);
    }

    static String decodePart(String part) {
        return new String(Base64Url.decode(part), StandardCharsets.UTF_8);
    }
}
