package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Es256Test {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DeviceKeyPair KEY = DeviceKeyPair.generate(RANDOM);

    @Test
    void signaturesAreRawRAndSThatTheJdkP1363FormatVerifies() throws Exception {
        byte[] input = "header.claims".getBytes(StandardCharsets.US_ASCII);
        byte[] raw = KEY.sign(input, RANDOM);
        assertThat(raw).hasSize(64);
        Signature p1363 = Signature.getInstance("SHA256withECDSAinP1363Format");
        p1363.initVerify(KEY.publicJwk().publicKey());
        p1363.update(input);
        assertThat(p1363.verify(raw)).isTrue();
        assertThat(Es256.verify(KEY.publicJwk().publicKey(), input, raw)).isTrue();
    }

    @Test
    void derConversionKeepsLeadingZerosAndHighBits() {
        byte[] raw = new byte[64];
        raw[31] = 5;                       // r = 5: one DER byte, 31 leading zeros restored
        Arrays.fill(raw, 32, 64, (byte) 0xff);   // s with the high bit set: DER needs a 0x00 prefix
        byte[] der = Es256.rawToDer(raw);
        assertThat(HexFormat.of().formatHex(der)).startsWith("3026020105022100ff");
        assertThat(Es256.derToRaw(der)).isEqualTo(raw);
    }

    @Test
    void derConversionRoundTripsManyJdkSignatures() throws Exception {
        Signature der = Signature.getInstance("SHA256withECDSA");
        for (int i = 0; i < 200; i++) {
            byte[] input = ("message " + i).getBytes(StandardCharsets.US_ASCII);
            byte[] raw = KEY.sign(input, RANDOM);
            der.initVerify(KEY.publicJwk().publicKey());
            der.update(input);
            assertThat(der.verify(Es256.rawToDer(raw))).isTrue();
            assertThat(Es256.derToRaw(Es256.rawToDer(raw))).isEqualTo(raw);
        }
    }

    @Test
    void refusesNonMinimalOrTruncatedDer() {
        HexFormat hex = HexFormat.of();
        for (String bad : new String[] {"", "3000", "300602010502020005", "3007020200050201050000",
                "30060201050201", "3106020105020105", "3006020185020105", "30070202000502010500"}) {
            assertThatThrownBy(() -> Es256.derToRaw(hex.parseHex(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void verifyIsFalseForOutOfRangeOrWrongLengthSignatures() {
        byte[] input = "x".getBytes(StandardCharsets.US_ASCII);
        byte[] zero = new byte[64];
        byte[] max = new byte[64];
        Arrays.fill(max, (byte) 0xff);
        assertThat(Es256.verify(KEY.publicJwk().publicKey(), input, zero)).isFalse();
        assertThat(Es256.verify(KEY.publicJwk().publicKey(), input, max)).isFalse();
        assertThat(Es256.verify(KEY.publicJwk().publicKey(), input, new byte[63])).isFalse();
        assertThat(Es256.verify(KEY.publicJwk().publicKey(), input, null)).isFalse();
    }
}
