package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void utimeAndStimeAreReadAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 0 0 20 0 50 0 100 1 1";

        assertThat(CpuMeter.parseStatTicks(stat)).isEqualTo(1750);
    }

    @Test
    void machineBusyIsTheBusyShareOfTheElapsedTicks() {
        CpuMeter.MachineTicks before = new CpuMeter.MachineTicks(100, 1000);

        assertThat(new CpuMeter.MachineTicks(250, 1200).busySince(before)).isEqualTo(0.75);
    }

    @Test
    void otherProcessesGetTheBusyTimeThatTheKnownProcessesDidNotUse() {
        CpuMeter.MachineTicks before = new CpuMeter.MachineTicks(0, 0);
        CpuMeter.MachineTicks after = new CpuMeter.MachineTicks(150, 200); // 2 s of machine time, 1.5 s busy

        assertThat(after.othersSince(before, 1100, 100)).isEqualTo(0.2);
        assertThat(after.othersSince(before, 1600, 100)).isZero();
    }
}
