package io.alpenlock.mailbox.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DeletionCheckConfigTest {

    @Test
    void defaultsAreOneHourFiftyAndTenPercent() {
        DeletionCheckConfig config = DeletionCheckConfig.from(Map.<String, String>of()::get);
        assertThat(config).isEqualTo(DeletionCheckConfig.DEFAULT);
        assertThat(config.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(config.guard()).isEqualTo(new MassDeletionGuard(50, 10));
        assertThat(config.periodic()).isTrue();
    }

    @Test
    void optionsAreRead() {
        DeletionCheckConfig config = DeletionCheckConfig.from(Map.of(DeletionCheckConfig.INTERVAL, "900",
                DeletionCheckConfig.GUARD_MAX_PER_RUN, "5", DeletionCheckConfig.GUARD_MAX_PERCENT, "25")::get);
        assertThat(config.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.guard()).isEqualTo(new MassDeletionGuard(5, 25));
    }

    @Test
    void zeroSwitchesThePeriodicCheckOff() {
        assertThat(DeletionCheckConfig.from(Map.of(DeletionCheckConfig.INTERVAL, "0")::get).periodic()).isFalse();
    }

    @Test
    void aRealmLeavesThePeriodicCheckOutOnlyWithOnDemand() {
        assertThat(DeletionCheckConfig.periodicFor(null)).isTrue();
        assertThat(DeletionCheckConfig.periodicFor("periodic")).isTrue();
        assertThat(DeletionCheckConfig.periodicFor(" On-Demand ")).isFalse();
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> DeletionCheckConfig.from(Map.of(DeletionCheckConfig.INTERVAL, "4",
                DeletionCheckConfig.GUARD_MAX_PERCENT, "abc")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DeletionCheckConfig.INTERVAL)
                .hasMessageContaining(DeletionCheckConfig.GUARD_MAX_PERCENT);
        assertThatThrownBy(() -> DeletionCheckConfig.from(Map.of(DeletionCheckConfig.GUARD_MAX_PER_RUN, "-3")::get))
                .hasMessageContaining(DeletionCheckConfig.GUARD_MAX_PER_RUN);
    }
}
