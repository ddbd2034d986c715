package io.alpenlock.core.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    private static final TotpSecret SHA1_SEED = seed("12345678901234567890");
    private static final TotpSecret SHA256_SEED = seed("12345678901234567890123456789012");
    private static final TotpSecret SHA512_SEED =
            seed("1234567890123456789012345678901234567890123456789012345678901234");

    private static final TotpSecret SECRET = TotpSecret.generate(new SecureRandom());
    /** 10:00:15 UTC: the middle of a 30 s step. */
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:15Z");

    private static TotpSecret seed(String ascii) {
        return TotpSecret.fromBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** RFC 6238 Appendix B: 8 digits, 30 s, the three HMACs with their seeds. */
    @ParameterizedTest
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        Instant time = Instant.ofEpochSecond(seconds);
        assertThat(Totp.code(SHA1_SEED, time, TotpParameters.of(TotpAlgorithm.SHA1, 8, 30))).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, time, TotpParameters.of(TotpAlgorithm.SHA256, 8, 30))).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, time, TotpParameters.of(TotpAlgorithm.SHA512, 8, 30))).isEqualTo(sha512);
    }

    @Test
    void defaultCodesAreTheLastSixDigitsOfTheEightDigitVector() {
        // truncation is the same number modulo 10^6: 94287082 -> 287082, 07081804 -> 081804 (zero kept)
        assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void verifyReportsTheMatchedTimeStep() {
        long step = Totp.timeStep(NOW, TotpParameters.DEFAULT);
        assertThat(step).isEqualTo(NOW.getEpochSecond() / 30);
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW), NOW)).isEqualTo(OptionalLong.of(step));
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minusSeconds(30)), NOW)).hasValue(step - 1);
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.plusSeconds(30)), NOW)).hasValue(step + 1);
    }

    @Test
    void acceptsOneStepEitherSideAndRefusesTwo() {
        for (int offset = -1; offset <= 1; offset++) {
            String code = Totp.codeAt(SECRET, Totp.timeStep(NOW, TotpParameters.DEFAULT) + offset,
                    TotpParameters.DEFAULT);
            assertThat(Totp.verify(SECRET, code, NOW)).as("offset %d", offset).isPresent();
        }
        for (int offset : new int[] {-2, 2}) {
            String code = Totp.codeAt(SECRET, Totp.timeStep(NOW, TotpParameters.DEFAULT) + offset,
                    TotpParameters.DEFAULT);
            if (!code.equals(Totp.code(SECRET, NOW)) && !code.equals(Totp.code(SECRET, NOW.minusSeconds(30)))
                    && !code.equals(Totp.code(SECRET, NOW.plusSeconds(30)))) {
                assertThat(Totp.verify(SECRET, code, NOW)).as("offset %d", offset).isEmpty();
            }
        }
    }

    @Test
    void lookAroundZeroAcceptsOnlyTheCurrentStep() {
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW), NOW, 0)).isPresent();
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minusSeconds(30)), NOW, 0)).isEmpty();
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minusSeconds(60)), NOW, 2)).isPresent();
    }

    @Test
    void stepBoundariesFollowThePeriod() {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(Totp.code(SECRET, start)).isEqualTo(Totp.code(SECRET, start.plusSeconds(29)))
                .isEqualTo(Totp.code(SECRET, start.plusMillis(29_999)));
        assertThat(Totp.timeStep(start.plusSeconds(30), TotpParameters.DEFAULT))
                .isEqualTo(Totp.timeStep(start, TotpParameters.DEFAULT) + 1);
    }

    @Test
    void ignoresWhiteSpaceInTheSubmittedCode() {
        String code = Totp.code(SECRET, NOW);
        String spaced = code.substring(0, 3) + " " + code.substring(3);
        assertThat(Totp.verify(SECRET, spaced, NOW)).isPresent();
        assertThat(Totp.verify(SECRET, " " + code + "\t\n", NOW)).isPresent();
        assertThat(Totp.verify(SECRET, code.substring(0, 3) + "\u00a0" + code.substring(3), NOW)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "12345", "1234567", "12a456", "12-456", "+12345", "١٢٣٤٥٦", "１２３４５６",
            "123456123456123456123456123456123456"})
    void malformedInputNeverMatchesAndNeverThrows(String input) {
        assertThat(Totp.verify(SECRET, input, NOW)).isEmpty();
    }

    @Test
    void malformedVariantsOfTheRightCodeDoNotMatch() {
        String code = Totp.code(SECRET, NOW);
        assertThat(Totp.verify(SECRET, null, NOW)).isEmpty();
        assertThat(Totp.verify(SECRET, code + "0", NOW)).isEmpty();
        assertThat(Totp.verify(SECRET, code.substring(1), NOW)).isEmpty();
        assertThat(Totp.verify(SECRET, code + "x", NOW)).isEmpty();
        assertThat(Totp.verify(SECRET, " ".repeat(40) + code, NOW)).isEmpty();
    }

    @Test
    void eightDigitAndSha256ParametersVerify() {
        TotpParameters parameters = TotpParameters.of(TotpAlgorithm.SHA256, 8, 30);
        String code = Totp.code(SECRET, NOW, parameters);
        assertThat(code).hasSize(8);
        assertThat(Totp.verify(SECRET, code, NOW, 1, parameters)).isPresent();
        assertThat(Totp.verify(SECRET, code.substring(2), NOW, 1, TotpParameters.DEFAULT)).isEmpty();
    }

    @Test
    void refusesUnreasonableParameters() {
        assertThatThrownBy(() -> TotpParameters.of(TotpAlgorithm.SHA1, 5, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TotpParameters.of(TotpAlgorithm.SHA1, 9, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TotpParameters.of(TotpAlgorithm.SHA1, 6, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.verify(SECRET, "123456", NOW, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.verify(SECRET, "123456", NOW, 11))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void beforeTheEpochThereIsNoCodeAndNothingMatches() {
        Instant before = Instant.ofEpochSecond(-100);
        assertThatThrownBy(() -> Totp.code(SECRET, before)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Totp.verify(SECRET, "000000", before)).isEmpty();
        assertThat(Totp.verify(SECRET, Totp.codeAt(SECRET, 0, TotpParameters.DEFAULT), Instant.EPOCH)).hasValue(0);
    }
}
