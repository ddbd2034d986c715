package io.alpenlock.authenticators.recoveryemail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.smscode.SmsCodePolicy;
import org.junit.jupiter.api.Test;

class RecoveryEmailSettingsTest {

    @Test
    void noConfigGivesTheSmsCodeDefaultsAndNoRecoveryAddressOnTheIdentifierPage() throws Exception {
        assertThat(RecoveryEmailSettings.from(null)).isEqualTo(RecoveryEmailSettings.DEFAULT);
        assertThat(RecoveryEmailSettings.from(Map.of())).isEqualTo(RecoveryEmailSettings.DEFAULT);
        assertThat(RecoveryEmailSettings.DEFAULT.askInForgotIdentifier()).isFalse();
    }

    @Test
    void aShortLifetimeForTestsAndTheIdentifierSwitchAreRead() throws Exception {
        RecoveryEmailSettings settings = RecoveryEmailSettings.from(Map.of(SmsCodePolicy.LIFETIME_SECONDS, "30",
                SmsCodePolicy.RESEND_COOLDOWN_SECONDS, "10", RecoveryEmailSettings.ASK_IN_FORGOT_IDENTIFIER, "true"));
        assertThat(settings.code().lifetime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.askInForgotIdentifier()).isTrue();
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> RecoveryEmailSettings.from(Map.of(SmsCodePolicy.LIFETIME_SECONDS, "5",
                RecoveryEmailSettings.ASK_IN_FORGOT_IDENTIFIER, "maybe")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
