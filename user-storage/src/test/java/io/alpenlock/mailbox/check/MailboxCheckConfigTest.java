package io.alpenlock.mailbox.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MailboxCheckConfigTest {

    @Test
    void defaultsAreTwentyAnHourPerIpFiveInFifteenMinutesPerAddressAndSixHundredMilliseconds() {
        MailboxCheckConfig config = MailboxCheckConfig.DEFAULTS;
        assertThat(config.perIp().toString()).isEqualTo("20/1h");
        assertThat(config.perAddress().toString()).isEqualTo("5/15m");
        assertThat(config.minimumAnswer()).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void optionsOverrideTheDefaults() {
        Map<String, String> options = Map.of("per-ip-budget", "100/1d", "per-address-budget", " 3/10m ",
                "minimum-answer-millis", "0");
        MailboxCheckConfig config = MailboxCheckConfig.from(options::get);
        assertThat(config.perIp().toString()).isEqualTo("100/1d");
        assertThat(config.perAddress().toString()).isEqualTo("3/10m");
        assertThat(config.minimumAnswer()).isZero();
    }

    @Test
    void badOptionsAreAllNamed() {
        Map<String, String> options = Map.of("per-ip-budget", "lots", "per-address-budget", "0/1m",
                "minimum-answer-millis", "20000");
        assertThatThrownBy(() -> MailboxCheckConfig.from(options::get))
                .hasMessageContaining("per-ip-budget: 'lots' is not a rate budget")
                .hasMessageContaining("per-address-budget")
                .hasMessageContaining("minimum-answer-millis must be 0 to 10000, not 20000");
    }

    @Test
    void budgetKeysHoldNoAddressAndIgnoreCase() {
        String key = CheckBudgetKeys.address("realm-1", "Anna@Example.org ");
        assertThat(key).isEqualTo(CheckBudgetKeys.address("realm-1", "anna@example.org"))
                .doesNotContain("anna").doesNotContain("example");
        assertThat(key).isNotEqualTo(CheckBudgetKeys.address("realm-2", "anna@example.org"));
        assertThat(CheckBudgetKeys.ip("realm-1", "192.0.2.7")).endsWith(":realm-1:192.0.2.7");
    }
}
