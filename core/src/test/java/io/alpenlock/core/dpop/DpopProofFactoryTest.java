package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DpopProofFactoryTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DeviceKeyPair KEY = DeviceKeyPair.generate(RANDOM);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.750Z");
    private final DpopProofFactory factory = new DpopProofFactory(KEY, Clock.fixed(NOW, ZoneOffset.UTC), RANDOM);

    @Test
    void headerHasTypAlgAndThePublicJwkOnly() {
        String proof = factory.create("GET", "https://id.example.org/realms/a/devices");
        ObjectNode header = Json.parseObject(ProofCrafter.decodePart(ProofCrafter.parts(proof)[0]));
        assertThat(header.fieldNames()).toIterable().containsExactly("typ", "alg", "jwk");
        assertThat(header.get("typ").textValue()).isEqualTo("dpop+jwt");
        assertThat(header.get("alg").textValue()).isEqualTo("ES256");
        assertThat(EcJwk.fromJson(header.get("jwk"))).isEqualTo(KEY.publicJwk());
        assertThat(header.get("jwk").has("d")).isFalse();
    }

    @Test
    void claimsHaveRandomJtiMethodUriWithoutQueryAndIatInSeconds() {
        String proof = factory.create("POST", "https://id.example.org/realms/a/devices?x=1#top");
        ObjectNode claims = Json.parseObject(ProofCrafter.decodePart(ProofCrafter.parts(proof)[1]));
        assertThat(claims.fieldNames()).toIterable().containsExactly("jti", "htm", "htu", "iat");
        assertThat(claims.get("jti").textValue()).matches("[A-Za-z0-9_-]{22}");
        assertThat(claims.get("htm").textValue()).isEqualTo("POST");
        assertThat(claims.get("htu").textValue()).isEqualTo("https://id.example.org/realms/a/devices");
        assertThat(claims.get("iat").isIntegralNumber()).isTrue();
        assertThat(claims.get("iat").longValue()).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void everyProofHasANewJti() {
        Set<String> jtis = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String proof = factory.create("GET", "https://id.example.org/x");
            jtis.add(Json.parseObject(ProofCrafter.decodePart(ProofCrafter.parts(proof)[1])).get("jti").textValue());
        }
        assertThat(jtis).hasSize(100);
    }

    @Test
    void bshIsTheBodySha256AndOnlyPresentWithABody() {
        byte[] body = "{\"approve\":true}".getBytes(StandardCharsets.UTF_8);
        ObjectNode withBody = Json.parseObject(ProofCrafter.decodePart(ProofCrafter.parts(
                factory.create("POST", "https://id.example.org/x", body))[1]));
        assertThat(withBody.get("bsh").textValue()).isEqualTo(DpopClaims.bodyHash(body)).hasSize(43);
        for (byte[] none : new byte[][] {null, new byte[0]}) {
            ObjectNode claims = Json.parseObject(ProofCrafter.decodePart(ProofCrafter.parts(
                    factory.create("POST", "https://id.example.org/x", none))[1]));
            assertThat(claims.has("bsh")).isFalse();
        }
    }

    @Test
    void includesTheServerNonceWhenGiven() {
        ObjectNode claims = Json.parseObject(ProofCrafter.decodePart(ProofCrafter.parts(
                factory.create("GET", "https://id.example.org/x", null, "n-123"))[1]));
        assertThat(claims.get("nonce").textValue()).isEqualTo("n-123");
    }

    @Test
    void signatureIsJoseRawRAndSVerifiedIndependentlyByTheJdk() throws Exception {
        String proof = factory.create("GET", "https://id.example.org/x");
        String[] parts = ProofCrafter.parts(proof);
        byte[] signature = Base64Url.decode(parts[2]);
        assertThat(signature).hasSize(64);
        Signature p1363 = Signature.getInstance("SHA256withECDSAinP1363Format");
        p1363.initVerify(KEY.publicJwk().publicKey());
        p1363.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(p1363.verify(signature)).isTrue();
    }

    @Test
    void refusesAnInvalidMethodOrARelativeUri() {
        assertThatThrownBy(() -> factory.create("GE T", "https://id.example.org/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.create("GET", "/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.create("GET", "ftp://id.example.org/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsTheThumbprintOfItsKey() {
        assertThat(factory.thumbprint()).isEqualTo(KEY.thumbprint());
    }
}
