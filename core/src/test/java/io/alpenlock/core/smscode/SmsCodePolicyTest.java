package io.alpenlock.core.smscode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsCodePolicyTest {

    @Test
    void defaultsAreSixDigitsFiveMinutesThirtySecondsAndFiveAttempts() {
        assertThat(SmsCodePolicy.DEFAULT).isEqualTo(
                new SmsCodePolicy(6, Duration.ofMinutes(5), Duration.ofSeconds(30), 5));
    }

    @Test
    void aMissingConfigGivesTheDefaults() throws InvalidConfigException {
        assertThat(SmsCodePolicy.from((Map<String, String>) null)).isEqualTo(SmsCodePolicy.DEFAULT);
        assertThat(SmsCodePolicy.from(Map.of())).isEqualTo(SmsCodePolicy.DEFAULT);
        Map<String, String> blank = new HashMap<>();
        blank.put(SmsCodePolicy.LENGTH, " ");
        blank.put(SmsCodePolicy.MAX_ATTEMPTS, null);
        assertThat(SmsCodePolicy.from(blank)).isEqualTo(SmsCodePolicy.DEFAULT);
    }

    @Test
    void readsEveryValue() throws InvalidConfigException {
        SmsCodePolicy policy = SmsCodePolicy.from(Map.of(SmsCodePolicy.LENGTH, "8",
                SmsCodePolicy.LIFETIME_SECONDS, " 120 ", SmsCodePolicy.RESEND_COOLDOWN_SECONDS, "60",
                SmsCodePolicy.MAX_ATTEMPTS, "3"));
        assertThat(policy).isEqualTo(new SmsCodePolicy(8, Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alpenlock.sms.codeLength            | 5     | must be a whole number from 6 to 8",
            "alpenlock.sms.codeLength            | six   | must be a whole number from 6 to 8",
            "alpenlock.sms.codeLifetimeSeconds   | 301   | must be a whole number from 30 to 300",
            "alpenlock.sms.codeLifetimeSeconds   | 29    | must be a whole number from 30 to 300",
            "alpenlock.sms.codeLifetimeSeconds   | 2.5   | must be a whole number from 30 to 300",
            "alpenlock.sms.resendCooldownSeconds | 9     | must be a whole number from 10 to 300",
            "alpenlock.sms.resendCooldownSeconds | -30   | must be a whole number from 10 to 300",
            "alpenlock.sms.maxAttempts           | 0     | must be a whole number from 1 to 10",
            "alpenlock.sms.maxAttempts           | 11    | must be a whole number from 1 to 10"})
    void refusesValuesOutOfRangeNamingKeyAndRange(String key, String value, String reason) {
        assertThatThrownBy(() -> SmsCodePolicy.from(Map.of(key, value)))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .containsExactly(new ConfigProblem(key, reason)));
    }

    @Test
    void theLifetimeCanNeverExceedFiveMinutes() {
        assertThatThrownBy(() -> new SmsCodePolicy(6, Duration.ofMinutes(5).plusMillis(1), Duration.ofSeconds(30), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an SMS code lives 30 seconds to 5 minutes");
        assertThatThrownBy(() -> new SmsCodePolicy(6, Duration.ofSeconds(29), Duration.ofSeconds(10), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCooldownMustNotOutliveTheCode() {
        assertThatThrownBy(() -> SmsCodePolicy.from(Map.of(SmsCodePolicy.LIFETIME_SECONDS, "60",
                SmsCodePolicy.RESEND_COOLDOWN_SECONDS, "90")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(SmsCodePolicy.RESEND_COOLDOWN_SECONDS + " must not be longer than "
                        + SmsCodePolicy.LIFETIME_SECONDS + " (60)");
        assertThatThrownBy(() -> new SmsCodePolicy(6, Duration.ofSeconds(60), Duration.ofSeconds(61), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the resend cooldown is 10 seconds to the code lifetime");
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        assertThatThrownBy(() -> SmsCodePolicy.from(Map.of(SmsCodePolicy.LENGTH, "4", SmsCodePolicy.MAX_ATTEMPTS,
                "many")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::option)
                        .containsExactly(SmsCodePolicy.LENGTH, SmsCodePolicy.MAX_ATTEMPTS));
    }

    @Test
    void theConstructorChecksEveryRange() {
        Duration five = Duration.ofMinutes(5);
        Duration thirty = Duration.ofSeconds(30);
        assertThatThrownBy(() -> new SmsCodePolicy(5, five, thirty, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsCodePolicy(9, five, thirty, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsCodePolicy(6, five, Duration.ofSeconds(9), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsCodePolicy(6, five, thirty, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsCodePolicy(6, five, thirty, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsCodePolicy(6, null, thirty, 5)).isInstanceOf(NullPointerException.class);
        assertThat(new SmsCodePolicy(6, Duration.ofSeconds(30), Duration.ofSeconds(30), 1).maxAttempts()).isOne();
    }

    @Test
    void commandLineOptionsAreNamedAsTyped() {
        ConfigValues options = ConfigValues.of(Map.of(SmsCodePolicy.LENGTH, "12"), "--spi-x--y--");
        assertThatThrownBy(() -> SmsCodePolicy.from(options)).isInstanceOf(InvalidConfigException.class)
                .hasMessage("--spi-x--y--" + SmsCodePolicy.LENGTH + " must be a whole number from 6 to 8");
    }
}
