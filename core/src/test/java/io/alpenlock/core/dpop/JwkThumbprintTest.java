package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwkThumbprintTest {

    @Test
    void computesTheRfc7638ExampleThumbprint() {
        String n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWK"
                + "RXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMic"
                + "AtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3"
                + "XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        Map<String, String> required = Map.of("kty", "RSA", "n", n, "e", "AQAB");
        assertThat(JwkThumbprint.canonicalJson(required))
                .isEqualTo("{\"e\":\"AQAB\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}");
        assertThat(JwkThumbprint.sha256(required)).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    }

    @Test
    void computesTheJktOfTheRfc9449ExampleKey() {
        EcJwk jwk = EcJwk.fromCoordinates(EcJwkTest.RFC9449_X, EcJwkTest.RFC9449_Y);
        assertThat(jwk.thumbprint()).isEqualTo("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
    }

    @Test
    void ecThumbprintIsTheSha256OfTheHandWrittenCanonicalJson() throws Exception {
        EcJwk jwk = DeviceKeyPair.generate(new SecureRandom()).publicJwk();
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + jwk.x() + "\",\"y\":\"" + jwk.y() + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        assertThat(jwk.thumbprint()).isEqualTo(expected).hasSize(43);
        assertThat(JwkThumbprint.of(jwk)).isEqualTo(expected);
    }
}
