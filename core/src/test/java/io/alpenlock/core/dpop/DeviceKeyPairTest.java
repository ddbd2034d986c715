package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeviceKeyPairTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DeviceKeyPair KEY = DeviceKeyPair.generate(RANDOM);
    private static final DeviceKeyPair OTHER = DeviceKeyPair.generate(RANDOM);

    @Test
    void keyFileIsAPrivateJwkThatLoadsBackToTheSameDevice() throws Exception {
        String file = KEY.toPrivateJwk();
        ObjectNode json = Json.parseObject(file);
        assertThat(json.fieldNames()).toIterable().containsExactly("kty", "crv", "x", "y", "d");
        assertThat(json.get("d").textValue()).hasSize(43);

        DeviceKeyPair loaded = DeviceKeyPair.fromPrivateJwk(file, RANDOM);
        assertThat(loaded.thumbprint()).isEqualTo(KEY.thumbprint());
        assertThat(loaded.toPrivateJwk()).isEqualTo(file);

        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        String proof = new DpopProofFactory(loaded, Clock.fixed(now, ZoneOffset.UTC), RANDOM)
                .create("GET", "https://id.example.org/x");
        assertThat(new DpopProofVerifier().verify(proof, "GET", "https://id.example.org/x", null, now).thumbprint())
                .isEqualTo(KEY.thumbprint());
    }

    @Test
    void refusesAPrivateKeyThatDoesNotBelongToThePublicKey() {
        ObjectNode mixed = Json.parseObject(KEY.toPrivateJwk());
        String otherD = Json.parseObject(OTHER.toPrivateJwk()).get("d").textValue();
        mixed.put("d", otherD);
        assertThatThrownBy(() -> DeviceKeyPair.fromPrivateJwk(mixed.toString(), RANDOM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(otherD));
    }

    @Test
    void refusesBrokenKeyFilesWithoutQuotingThem() {
        ObjectNode good = Json.parseObject(KEY.toPrivateJwk());
        String d = good.get("d").textValue();
        String[] bad = {
                "", "not json", "[]",
                good.deepCopy().without("d").toString(),
                good.deepCopy().put("d", d + "A").toString(),
                good.deepCopy().put("d", Base64Url.encode(new byte[32])).toString(),
                good.deepCopy().put("d", Base64Url.encode(P256.toBytes(P256.N))).toString(),
                good.deepCopy().put("crv", "P-384").toString(),
                good.deepCopy().put("x", OTHER.publicJwk().x()).toString()};
        for (String file : bad) {
            assertThatThrownBy(() -> DeviceKeyPair.fromPrivateJwk(file, RANDOM)).as(file)
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(d));
        }
    }

    @Test
    void toStringAndPublicJwkNeverShowThePrivateKey() {
        String d = Json.parseObject(KEY.toPrivateJwk()).get("d").textValue();
        assertThat(KEY.toString()).contains(KEY.thumbprint()).doesNotContain(d);
        assertThat(KEY.publicJwk().toJson()).doesNotContain(d).doesNotContain("\"d\"");
    }

    @Test
    void generatedKeysDiffer() {
        assertThat(KEY.thumbprint()).isNotEqualTo(OTHER.thumbprint());
        assertThat(new BigInteger(1, Base64Url.decode(KEY.publicJwk().x()))).isLessThan(P256.P);
    }
}
