package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcJwkTest {

    /** The public key of RFC 9449's example proofs. */
    static final String RFC9449_X = "l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs";
    static final String RFC9449_Y = "9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA";

    private static final DeviceKeyPair KEY = DeviceKeyPair.generate(new SecureRandom());

    @Test
    void jsonRoundTripKeepsTheKey() {
        EcJwk jwk = KEY.publicJwk();
        String json = jwk.toJson();
        assertThat(json).startsWith("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"").doesNotContain("\"d\"");
        EcJwk parsed = EcJwk.parse(json);
        assertThat(parsed).isEqualTo(jwk);
        assertThat(parsed.publicKey().getW()).isEqualTo(jwk.publicKey().getW());
        assertThat(jwk.x()).hasSize(43);
        assertThat(jwk.y()).hasSize(43);
    }

    @Test
    void readsAnRfcKeyAndIgnoresExtraMembers() {
        EcJwk jwk = EcJwk.parse("{\"kty\":\"EC\",\"x\":\"" + RFC9449_X + "\",\"y\":\"" + RFC9449_Y
                + "\",\"crv\":\"P-256\",\"kid\":\"k1\",\"use\":\"sig\"}");
        assertThat(jwk.x()).isEqualTo(RFC9449_X);
        assertThat(jwk.toMap()).containsOnlyKeys("kty", "crv", "x", "y");
    }

    @Test
    void refusesAPointThatIsNotOnTheCurve() {
        BigInteger y = KEY.publicJwk().publicKey().getW().getAffineY();
        String otherY = Base64Url.encode(P256.toBytes(y.add(BigInteger.ONE).mod(P256.P)));
        assertThatThrownBy(() -> EcJwk.fromCoordinates(KEY.publicJwk().x(), otherY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on P-256");
        String zero = Base64Url.encode(new byte[32]);
        assertThatThrownBy(() -> EcJwk.fromCoordinates(zero, zero)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCoordinatesOutsideTheField() {
        // (x + p, y) would be the same point modulo p, but a coordinate must be < p
        BigInteger x = KEY.publicJwk().publicKey().getW().getAffineX();
        BigInteger shifted = x.add(P256.P);
        if (shifted.bitLength() <= 256) {
            String big = Base64Url.encode(P256.toBytes(shifted));
            assertThatThrownBy(() -> EcJwk.fromCoordinates(big, KEY.publicJwk().y()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(P256.isOnCurve(P256.P, BigInteger.ZERO)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"X\",\"y\":\"Y\"}",
            "{\"kty\":\"RSA\",\"crv\":\"P-256\",\"x\":\"X\",\"y\":\"Y\"}",
            "{\"kty\":\"EC\",\"x\":\"X\",\"y\":\"Y\"}",
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"X\"}",
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"X\",\"y\":\"Y\",\"d\":\"X\"}",
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"X=\",\"y\":\"Y\"}",
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"Y\"}",
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":42,\"y\":\"Y\"}",
            "[]", "\"EC\"", "{", "not json"})
    void refusesAnythingButAPublicP256Jwk(String template) {
        String json = template.replace("\"X\"", "\"" + KEY.publicJwk().x() + "\"")
                .replace("\"Y\"", "\"" + KEY.publicJwk().y() + "\"").replace("X=", KEY.publicJwk().x() + "=");
        assertThatThrownBy(() -> EcJwk.parse(json)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY.publicJwk().x()));
    }

    @Test
    void refusesKeysOfOtherCurves() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        ECPublicKey p384 = (ECPublicKey) generator.generateKeyPair().getPublic();
        assertThatThrownBy(() -> EcJwk.of(p384)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsTheThumbprint() {
        assertThat(KEY.publicJwk().toString()).isEqualTo("EcJwk[P-256, thumbprint=" + KEY.thumbprint() + "]");
    }
}
