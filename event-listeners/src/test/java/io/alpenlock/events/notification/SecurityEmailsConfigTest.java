package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityEmailsConfigTest {

    @Test
    void aMissingOrEmptyConfigurationSendsEveryEmail() {
        for (SecurityEmailsConfig config : new SecurityEmailsConfig[] {SecurityEmailsConfig.from(null),
                SecurityEmailsConfig.from(Map.of()), SecurityEmailsConfig.ALL_ON}) {
            assertThat(NotificationType.values()).allSatisfy(type -> assertThat(config.sends(type)).isTrue());
        }
    }

    @Test
    void onlyAnExplicitFalseSwitchesAnEmailOff() {
        Map<String, String> config = new HashMap<>();
        config.put("app-added", "false");
        config.put("app-removed", " FALSE ");
        config.put("backup-code-used", "true");
        config.put("two-factor-enabled", "no");
        config.put("two-factor-disabled", "");
        config.put("password-changed", null);

        SecurityEmailsConfig read = SecurityEmailsConfig.from(config);

        assertThat(read.switchedOff()).containsExactlyInAnyOrder(NotificationType.APP_ADDED, NotificationType.APP_REMOVED);
        assertThat(read.sends(NotificationType.TWO_FACTOR_ENABLED)).as("unreadable value: send").isTrue();
        assertThat(read.sends(NotificationType.PASSWORD_CHANGED)).isTrue();
        assertThat(read.sends(NotificationType.PUSH_NOT_ME)).as("missing key: send").isTrue();
    }

    @Test
    void everyEmailHasItsOwnKebabCaseSwitch() {
        assertThat(Arrays.stream(NotificationType.values()).map(NotificationType::configKey))
                .doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void valuesOtherThanTrueOrFalseAreReportedForTheConsole() {
        Map<String, String> config = new HashMap<>();
        config.put("app-added", "False");
        config.put("app-removed", "yes");
        config.put("backup-code-used", "");
        config.put("someone-elses-key", "whatever");

        assertThat(SecurityEmailsConfig.invalidKeys(config)).containsExactly("app-removed");
        assertThat(SecurityEmailsConfig.invalidKeys(null)).isEmpty();
        assertThat(SecurityEmailsConfig.invalidKeys(Map.of("password-changed", "true"))).isEmpty();
    }
}
