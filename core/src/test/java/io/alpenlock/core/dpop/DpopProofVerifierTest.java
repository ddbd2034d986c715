package io.alpenlock.core.dpop;

import static io.alpenlock.core.dpop.ProofCrafter.header;
import static io.alpenlock.core.dpop.ProofCrafter.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a valid proof yields, and the claim checks: method, URI, time, jti, body hash, nonce. */
class DpopProofVerifierTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DeviceKeyPair KEY = DeviceKeyPair.generate(RANDOM);
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
    void acceptsAProofFromTheFactoryAndReportsItsKey() throws DpopException {
        VerifiedProof verified = verifier.verify(factory.create("GET", URI), "GET", URI, null, NOW);
        assertThat(verified.thumbprint()).isEqualTo(KEY.thumbprint());
        assertThat(verified.publicJwk()).isEqualTo(KEY.publicJwk());
        assertThat(verified.issuedAt()).isEqualTo(NOW);
        assertThat(verified.jti()).hasSize(22);
        assertThat(verified.replayKey()).isEqualTo(KEY.thumbprint() + ":" + verified.jti());
    }

    @Test
    void acceptsTheRfc9449ExampleProof() throws DpopException {
        String proof = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0Vj"
                + "NoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5"
                + "VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TV"
                + "CIsImh0dSI6Imh0dHBzOi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8"
                + "lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";
        VerifiedProof verified = verifier.verify(proof, "POST", "https://server.example.com/token", null,
                Instant.ofEpochSecond(1562262616));
        assertThat(verified.thumbprint()).isEqualTo("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
        assertThat(verified.jti()).isEqualTo("-BwC3ESc6acc2lTc");
    }

    @Test
    void bindsTheProofToTheExactBody() throws DpopException {
        String proof = factory.create("POST", URI, BODY);
        assertThat(verifier.verify(proof, "POST", URI, BODY, NOW).thumbprint()).isEqualTo(KEY.thumbprint());
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] = '3';
        assertRefused(DpopFailure.BSH_MISMATCH, proof, "POST", URI, tampered);
    }

    @Test
    void aBodyNeedsBshAndBshNeedsABody() throws DpopException {
        assertRefused(DpopFailure.BSH_MISSING, factory.create("POST", URI), "POST", URI, BODY);
        assertRefused(DpopFailure.BSH_UNEXPECTED, factory.create("POST", URI, BODY), "POST", URI, null);
        assertRefused(DpopFailure.BSH_UNEXPECTED, factory.create("POST", URI, BODY), "POST", URI, new byte[0]);
        assertThat(verifier.verify(factory.create("POST", URI), "POST", URI, new byte[0], NOW)).isNotNull();
        Map<String, Object> claims = claims();
        claims.put("bsh", 42);
        assertRefused(DpopFailure.BSH_MISMATCH, sign(KEY, header(KEY), claims), "GET", URI, BODY);
    }

    @Test
    void refusesTheWrongMethodCaseSensitively() {
        assertRefused(DpopFailure.HTM, factory.create("POST", URI), "GET", URI, null);
        assertRefused(DpopFailure.HTM, factory.create("get", URI), "GET", URI, null);
        Map<String, Object> claims = claims();
        claims.remove("htm");
        assertRefused(DpopFailure.HTM, sign(KEY, header(KEY), claims));
    }

    @Test
    void refusesAnotherTargetUri() {
        String proof = factory.create("GET", URI);
        for (String other : new String[] {URI + "/", URI.replace("/c1", "/c2"), URI.replace("https:", "http:"),
                URI.replace("id.example.org", "id.example.org:8443"), URI.replace("id.", "evil."),
                URI.replace("/accounts/", "/Accounts/"), "not a uri", "/realms/accounts"}) {
            assertRefused(DpopFailure.HTU, proof, "GET", other, null);
        }
        Map<String, Object> claims = claims();
        claims.put("htu", 42);
        assertRefused(DpopFailure.HTU, sign(KEY, header(KEY), claims));
        claims.put("htu", "relative/path");
        assertRefused(DpopFailure.HTU, sign(KEY, header(KEY), claims));
    }

    @Test
    void ignoresQueryAndFragmentAndEquivalentSpellingsOfTheUri() throws DpopException {
        String proof = factory.create("GET", URI + "?page=2");
        for (String same : new String[] {URI, URI + "?page=3", URI + "?", URI + "#x",
                URI.replace("https://id.example.org", "HTTPS://ID.EXAMPLE.ORG:443")}) {
            assertThat(verifier.verify(proof, "GET", same, null, NOW)).as(same).isNotNull();
        }
        Map<String, Object> claims = claims();
        claims.put("htu", URI + "?a=1#f");
        assertThat(verifier.verify(sign(KEY, header(KEY), claims), "GET", URI + "?b=2", null, NOW)).isNotNull();
    }

    @Test
    void acceptsIatWithinTheSkewAndRefusesOldOrFutureProofs() throws DpopException {
        for (long offset : new long[] {-60, 60}) {
            Map<String, Object> claims = claims();
            claims.put("iat", NOW.getEpochSecond() + offset);
            assertThat(verifier.verify(sign(KEY, header(KEY), claims), "GET", URI, null, NOW)).isNotNull();
        }
        for (Object iat : new Object[] {NOW.getEpochSecond() - 61, NOW.getEpochSecond() + 61, 0, Long.MAX_VALUE,
                Long.MIN_VALUE, "1772359200", NOW.getEpochSecond() + 0.5, null}) {
            Map<String, Object> claims = claims();
            claims.put("iat", iat);
            assertRefused(DpopFailure.IAT, sign(KEY, header(KEY), claims));
        }
        Map<String, Object> claims = claims();
        claims.remove("iat");
        assertRefused(DpopFailure.IAT, sign(KEY, header(KEY), claims));
    }

    @Test
    void theSkewIsConfigurableAndSetsTheReplayTtl() {
        DpopProofVerifier strict = new DpopProofVerifier(Duration.ofSeconds(5));
        Map<String, Object> claims = claims();
        claims.put("iat", NOW.getEpochSecond() - 6);
        assertThatThrownBy(() -> strict.verify(sign(KEY, header(KEY), claims), "GET", URI, null, NOW))
                .isInstanceOfSatisfying(DpopException.class, e -> assertThat(e.failure()).isEqualTo(DpopFailure.IAT));
        assertThat(strict.replayTtl()).isEqualTo(Duration.ofSeconds(10));
        assertThat(verifier.replayTtl()).isEqualTo(Duration.ofSeconds(120));
        assertThatThrownBy(() -> new DpopProofVerifier(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingEmptyOrOverlongJti() throws DpopException {
        Map<String, Object> claims = claims();
        claims.put("jti", "j".repeat(128));
        assertThat(verifier.verify(sign(KEY, header(KEY), claims), "GET", URI, null, NOW)).isNotNull();
        for (Object jti : new Object[] {"j".repeat(129), "", 12345, null}) {
            claims.put("jti", jti);
            assertRefused(DpopFailure.JTI, sign(KEY, header(KEY), claims));
        }
        claims.remove("jti");
        assertRefused(DpopFailure.JTI, sign(KEY, header(KEY), claims));
    }

    @Test
    void checksTheNonceOnlyWhenOneIsExpected() throws DpopException {
        String withNonce = factory.create("GET", URI, null, "server-nonce-1");
        assertThat(verifier.verify(withNonce, "GET", URI, null, NOW, "server-nonce-1")).isNotNull();
        assertThat(verifier.verify(withNonce, "GET", URI, null, NOW)).isNotNull();
        for (String proof : new String[] {factory.create("GET", URI), factory.create("GET", URI, null, "old")}) {
            assertThatThrownBy(() -> verifier.verify(proof, "GET", URI, null, NOW, "server-nonce-1"))
                    .isInstanceOfSatisfying(DpopException.class, e -> {
                        assertThat(e.failure()).isEqualTo(DpopFailure.NONCE);
                        assertThat(e.error()).isEqualTo("use_dpop_nonce");
                        assertThat(e.getMessage()).isEqualTo("use_dpop_nonce: nonce");
                    });
        }
    }
}
