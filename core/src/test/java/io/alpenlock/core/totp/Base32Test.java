package io.alpenlock.core.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Base32Test {

    /** RFC 4648 §10, without the padding. */
    @ParameterizedTest
    @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void encodesAndDecodesTheRfc4648VectorsWithoutPadding(String plain, String base32) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(base32);
        assertThat(Base32.decode(base32)).isEqualTo(bytes);
    }

    @Test
    void decodesCaseInsensitively() {
        assertThat(Base32.decode("mzxw6ytboi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode("MzXw6YtBoI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MY======", "MZXW6YQ=", "MZ1Q", "MZ8Q", "MZXW 6YQ", "MZXW-6YQ", "MZXWÖYQ", "M",
            "MZX", "MZXW6Y", "MZ", "MZXW7"})
    void rejectsPaddingOtherCharactersImpossibleLengthsAndNonZeroLeftoverBits(String bad) {
        assertThatThrownBy(() -> Base32.decode(bad)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad));
    }

    @Test
    void roundTripsEveryByteValue() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        for (int length = 0; length <= 40; length++) {
            byte[] part = java.util.Arrays.copyOf(all, length);
            assertThat(Base32.decode(Base32.encode(part))).isEqualTo(part);
        }
        assertThat(Base32.decode(Base32.encode(all))).isEqualTo(all);
    }
}
