package io.alpenlock.core.dpop;

import static io.alpenlock.core.dpop.ProofCrafter.encodeJson;
import static io.alpenlock.core.dpop.ProofCrafter.header;
import static io.alpenlock.core.dpop.ProofCrafter.parts;
import static io.alpenlock.core.dpop.ProofCrafter.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The verifier's checks of the proof itself: size, structure, header, key and signature. */
class DpopProofFormatTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DeviceKeyPair KEY = DeviceKeyPair.generate(RANDOM);
    private static final DeviceKeyPair OTHER = DeviceKeyPair.generate(RANDOM);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String URI = "https://id.example.org/realms/accounts/alpenlock-devices/challenges/c1";
    private static final byte[] BODY = "{\"decision\":\"approve\",\"number\":42}".getBytes(StandardCharsets.UTF_8);

    private final DpopProofVerifier verifier = new DpopProofVerifier();
    private final DpopProofFactory factory = new DpopProofFactory(KEY, Clock.fixed(NOW, ZoneOffset.UTC), RANDOM);

    private static Map<String, Object> claims() {
        return ProofCrafter.claims(URI, NOW);
    }

    private void assertRefused(DpopFailure expected, String proof, String method, String uri, byte[] body) {
        ProofCrafter.assertRefused(verifier, expected, proof, method, uri, body, NOW);
    }

    private void assertRefused(DpopFailure expected, String proof) {
        assertRefused(expected, proof, "GET", URI, null);
    }

    @Test
    void refusesATamperedHeaderClaimsOrSignature() {
        String[] p = parts(factory.create("GET", URI));
        Map<String, Object> header = header(KEY);
        header.put("kid", "other");
        assertRefused(DpopFailure.SIGNATURE, encodeJson(header) + "." + p[1] + "." + p[2]);

        Map<String, Object> claims = claims();
        claims.put("jti", "replaced");
        assertRefused(DpopFailure.SIGNATURE, p[0] + "." + encodeJson(claims) + "." + p[2]);

        byte[] signature = Base64Url.decode(p[2]);
        signature[10] ^= 1;
        assertRefused(DpopFailure.SIGNATURE, p[0] + "." + p[1] + "." + Base64Url.encode(signature));
        assertRefused(DpopFailure.SIGNATURE, p[0] + "." + p[1] + "." + Base64Url.encode(new byte[64]));
        assertRefused(DpopFailure.SIGNATURE, p[0] + "." + p[1] + "." + Base64Url.encode(new byte[63]));
        assertRefused(DpopFailure.SIGNATURE, p[0] + "." + p[1] + "." + Base64Url.encode(Es256.rawToDer(
                Base64Url.decode(p[2]))));
        assertRefused(DpopFailure.SIGNATURE, p[0] + "." + p[1] + ".");
    }

    @Test
    void refusesAProofSignedByAnotherKeyThanItsJwk() {
        assertRefused(DpopFailure.SIGNATURE, sign(OTHER, header(KEY), claims()));
    }

    @Test
    void refusesAlgNoneAndEverythingButEs256() {
        Map<String, Object> header = header(KEY);
        header.put("alg", "none");
        assertRefused(DpopFailure.ALG, encodeJson(header) + "." + encodeJson(claims()) + ".");
        for (String alg : new String[] {"HS256", "RS256", "ES384", "es256", "PS256", "EdDSA"}) {
            header.put("alg", alg);
            assertRefused(DpopFailure.ALG, sign(KEY, header, claims()));
        }
        header.remove("alg");
        assertRefused(DpopFailure.ALG, sign(KEY, header, claims()));
    }

    @Test
    void refusesAnHs256ProofMacedWithThePublicKey() throws Exception {
        Map<String, Object> header = header(KEY);
        header.put("alg", "HS256");
        String input = encodeJson(header) + "." + encodeJson(claims());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.publicJwk().toJson().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String proof = input + "." + Base64Url.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(DpopFailure.ALG, proof);
    }

    @Test
    void refusesAnotherTypOrACritHeader() {
        for (Object typ : new Object[] {"JWT", "DPOP+JWT", "application/dpop+jwt", null, 1}) {
            Map<String, Object> header = header(KEY);
            header.put("typ", typ);
            assertRefused(DpopFailure.TYP, sign(KEY, header, claims()));
        }
        Map<String, Object> header = header(KEY);
        header.put("crit", new String[] {"bsh"});
        assertRefused(DpopFailure.CRIT, sign(KEY, header, claims()));
    }

    @Test
    void refusesAMissingPrivateOrInvalidJwk() {
        Map<String, Object> header = header(KEY);
        header.remove("jwk");
        assertRefused(DpopFailure.JWK_MISSING, sign(KEY, header, claims()));
        header.put("jwk", null);
        assertRefused(DpopFailure.JWK_MISSING, sign(KEY, header, claims()));

        header.put("jwk", Json.parseObject(KEY.toPrivateJwk()));
        assertRefused(DpopFailure.JWK_PRIVATE, sign(KEY, header, claims()));

        Map<String, String> offCurve = new LinkedHashMap<>(KEY.publicJwk().toMap());
        offCurve.put("y", OTHER.publicJwk().y());
        header.put("jwk", offCurve);
        assertRefused(DpopFailure.JWK_INVALID, sign(KEY, header, claims()));
        header.put("jwk", KEY.publicJwk().toJson());
        assertRefused(DpopFailure.JWK_INVALID, sign(KEY, header, claims()));
        header.put("jwk", Map.of("kty", "RSA", "n", "0vx7", "e", "AQAB"));
        assertRefused(DpopFailure.JWK_INVALID, sign(KEY, header, claims()));
        header.put("jwk", Map.of("kty", "oct", "k", "c2VjcmV0"));
        assertRefused(DpopFailure.JWK_INVALID, sign(KEY, header, claims()));
    }

    @Test
    void refusesOversizedProofsBeforeParsing() {
        assertRefused(DpopFailure.TOO_LARGE, "a".repeat(DpopProofVerifier.MAX_PROOF_LENGTH + 1));
        assertRefused(DpopFailure.MALFORMED, "a".repeat(DpopProofVerifier.MAX_PROOF_LENGTH));
        Map<String, Object> claims = claims();
        claims.put("padding", "p".repeat(8000));
        assertRefused(DpopFailure.TOO_LARGE, sign(KEY, header(KEY), claims));
    }

    @Test
    void refusesMalformedProofs() {
        String[] p = parts(factory.create("GET", URI));
        String dup = Base64Url.encode("{\"typ\":\"dpop+jwt\",\"alg\":\"none\",\"alg\":\"ES256\"}"
                .getBytes(StandardCharsets.UTF_8));
        String[] malformed = {"abc", "a.b", "a.b.c.d", p[0] + "." + p[1] + "." + p[2] + ".", "." + p[1] + "." + p[2],
                p[0] + ".." + p[2], p[0] + "=." + p[1] + "." + p[2], p[0] + "." + p[1] + "." + p[2] + "=",
                " " + p[0] + "." + p[1] + "." + p[2], p[0] + "." + p[1] + ".+" + p[2].substring(1),
                p[0] + "é." + p[1] + "." + p[2], Base64Url.encode("not json".getBytes()) + "." + p[1] + "." + p[2],
                Base64Url.encode("[1,2]".getBytes()) + "." + p[1] + "." + p[2],
                Base64Url.encode("{\"typ\":\"dpop+jwt\"} x".getBytes()) + "." + p[1] + "." + p[2],
                dup + "." + p[1] + "." + p[2], p[0] + "." + p[1] + "." + p[2].substring(1)};
        for (String proof : malformed) {
            assertThatThrownBy(() -> verifier.verify(proof, "GET", URI, null, NOW)).as(proof)
                    .isInstanceOfSatisfying(DpopException.class,
                            e -> assertThat(e.failure()).isIn(DpopFailure.MALFORMED, DpopFailure.SIGNATURE));
        }
        assertRefused(DpopFailure.MALFORMED, ProofCrafter.signRaw(KEY, p[0], Base64Url.encode("not json".getBytes())));
        assertRefused(DpopFailure.MALFORMED, ProofCrafter.signRaw(KEY, p[0], Base64Url.encode("[]".getBytes())));
        assertRefused(DpopFailure.MISSING, null);
        assertRefused(DpopFailure.MISSING, "");
    }

    @Test
    void randomlyDamagedProofsOnlyEverFailWithADpopException() {
        java.util.Random damage = new java.util.Random(20260301);
        String valid = factory.create("POST", URI, BODY);
        String alphabet = "AZaz09-_.=+/ é{}\"";
        for (int i = 0; i < 3000; i++) {
            StringBuilder proof = new StringBuilder(valid);
            for (int edits = 1 + damage.nextInt(3); edits > 0 && proof.length() > 0; edits--) {
                int at = damage.nextInt(proof.length());
                switch (damage.nextInt(3)) {
                    case 0 -> proof.setCharAt(at, alphabet.charAt(damage.nextInt(alphabet.length())));
                    case 1 -> proof.deleteCharAt(at);
                    default -> proof.insert(at, alphabet.charAt(damage.nextInt(alphabet.length())));
                }
            }
            String damaged = proof.toString();
            try {
                verifier.verify(damaged, "POST", URI, BODY, NOW);
            } catch (DpopException expected) {
                assertThat(expected.getMessage()).matches("(invalid_dpop_proof|use_dpop_nonce): [a-z_]+");
            } catch (RuntimeException e) {
                throw new AssertionError("unchecked exception for " + damaged, e);
            }
        }
    }

    @Test
    void failureDescriptionsAreShortCodesSafeForClients() {
        for (DpopFailure failure : DpopFailure.values()) {
            assertThat(failure.description()).matches("(invalid_dpop_proof|use_dpop_nonce): [a-z_]+");
        }
        assertThat(DpopFailure.SIGNATURE.description()).isEqualTo("invalid_dpop_proof: signature");
    }
}
