package io.alpenlock.core.smscode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCodeGeneratorTest {

    /** Answers nextInt(bound) with a fixed value and records the bounds asked for. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final int value;
        private final List<Integer> bounds = new ArrayList<>();

        FixedRandom(int value) {
            this.value = value;
        }

        @Override
        public int nextInt(int bound) {
            bounds.add(bound);
            return value;
        }
    }

    private static SecureRandom seeded() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42);
        return random;
    }

    @Test
    void codesAreSixAsciiDigitsByDefault() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            assertThat(SmsCodeGenerator.generate(random, SmsCodePolicy.DEFAULT)).matches("[0-9]{6}");
        }
    }

    @Test
    void keepsLeadingZeros() {
        assertThat(SmsCodeGenerator.generate(new FixedRandom(0), 6)).isEqualTo("000000");
        assertThat(SmsCodeGenerator.generate(new FixedRandom(42), 6)).isEqualTo("000042");
        assertThat(SmsCodeGenerator.generate(new FixedRandom(999_999), 6)).isEqualTo("999999");
        assertThat(SmsCodeGenerator.generate(new FixedRandom(7), 8)).isEqualTo("00000007");
    }

    @Test
    void drawsUniformlyFromTheWholeRangeWithABoundedDraw() {
        FixedRandom six = new FixedRandom(1);
        SmsCodeGenerator.generate(six, 6);
        FixedRandom eight = new FixedRandom(1);
        SmsCodeGenerator.generate(eight, new SmsCodePolicy(8, Duration.ofMinutes(5), Duration.ofSeconds(30), 5));
        assertThat(six.bounds).containsExactly(1_000_000);
        assertThat(eight.bounds).containsExactly(100_000_000);
    }

    @Test
    void everyDigitIsEquallyLikelyInEveryPosition() throws NoSuchAlgorithmException {
        SecureRandom random = seeded();
        int codes = 100_000;
        int[][] counts = new int[6][10];
        for (int i = 0; i < codes; i++) {
            String code = SmsCodeGenerator.generate(random, 6);
            for (int position = 0; position < 6; position++) {
                counts[position][code.charAt(position) - '0']++;
            }
        }
        // expected 10,000 each; 5 standard deviations is about ±475
        for (int[] position : counts) {
            for (int count : position) {
                assertThat(count).isBetween(9_500, 10_500);
            }
        }
    }

    @Test
    void codesRarelyRepeat() {
        SecureRandom random = new SecureRandom();
        long distinct = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> SmsCodeGenerator.generate(random, 6))
                .distinct().count();
        assertThat(distinct).isGreaterThan(990);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 4, 5, 9, 10})
    void refusesLengthsOutsideSixToEight(int length) {
        assertThatThrownBy(() -> SmsCodeGenerator.generate(new SecureRandom(), length))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an SMS code has 6 to 8 digits");
    }

    @Test
    void needsARandomSource() {
        assertThatThrownBy(() -> SmsCodeGenerator.generate(null, 6)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SmsCodeGenerator.generate(new SecureRandom(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
