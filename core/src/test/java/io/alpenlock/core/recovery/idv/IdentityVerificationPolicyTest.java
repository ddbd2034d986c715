package io.alpenlock.core.recovery.idv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import org.junit.jupiter.api.Test;

class IdentityVerificationPolicyTest {

    private static final String PREFIX = "--spi-admin-realm-restapi-extension--alpenlock-identity-verification--";

    @Test
    void defaultsKeepRequests72HoursAndLinks24() throws Exception {
        IdentityVerificationPolicy policy = IdentityVerificationPolicy.from(ConfigValues.of(Map.of(), PREFIX));
        assertThat(policy).isEqualTo(IdentityVerificationPolicy.DEFAULT);
        assertThat(policy.retention()).isEqualTo(Duration.ofHours(72));
        assertThat(policy.linkLifespan()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.testClock()).isFalse();
    }

    @Test
    void aRequestIsVisibleAt71HoursAndExpiredAt72() {
        Instant created = Instant.parse("2026-11-26T00:00:00Z");
        IdentityVerificationPolicy policy = IdentityVerificationPolicy.DEFAULT;
        assertThat(policy.isExpired(created, created.plus(Duration.ofHours(71)))).isFalse();
        assertThat(policy.isExpired(created, created.plus(Duration.ofHours(72)))).isTrue();
        assertThat(policy.cutoff(created.plus(Duration.ofHours(72)))).isEqualTo(created);
    }

    @Test
    void optionsAreReadAndBadOnesNamed() throws Exception {
        IdentityVerificationPolicy policy = IdentityVerificationPolicy.from(ConfigValues.of(Map.of(
                "retention-hours", "48", "link-lifespan-hours", "12", "purge-interval-seconds", "5",
                "budget-per-ip", "5/1h", "budget-per-identifier", "2/1d", "test-clock-enabled", "true"), PREFIX));
        assertThat(policy.retention()).isEqualTo(Duration.ofHours(48));
        assertThat(policy.purgeInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.perIp()).hasToString("[5/1h]");
        assertThat(policy.testClock()).isTrue();

        assertThatThrownBy(() -> IdentityVerificationPolicy.from(ConfigValues.of(Map.of(
                "retention-hours", "0", "budget-per-ip", "lots"), PREFIX)))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(PREFIX + "retention-hours").hasMessageContaining(PREFIX + "budget-per-ip");
        assertThatThrownBy(() -> IdentityVerificationPolicy.from(ConfigValues.of(Map.of(
                "retention-hours", "10", "link-lifespan-hours", "24"), PREFIX)))
                .hasMessageContaining("must not exceed");
    }

    @Test
    void budgetKeysAreHashedPerRealmAndIgnoreCase() {
        var a = IdentityVerificationPolicy.DEFAULT.budgets("realm-1", "Anna@Example.org", "203.0.113.7");
        var b = IdentityVerificationPolicy.DEFAULT.budgets("realm-1", " anna@example.org", "203.0.113.7");
        var other = IdentityVerificationPolicy.DEFAULT.budgets("realm-2", "anna@example.org", "203.0.113.7");
        assertThat(a).isEqualTo(b).hasSize(2);
        assertThat(a.get(1).key()).doesNotContain("anna").startsWith(IdentityVerificationPolicy.KEY_PREFIX + "id:realm-1:");
        assertThat(other.get(0).key()).isNotEqualTo(a.get(0).key());
    }
}
