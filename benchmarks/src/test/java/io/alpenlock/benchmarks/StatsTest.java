package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(Stats.median(List.of())).isNaN();
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> values = List.of(5L, 1L, 4L, 2L, 3L, 10L, 9L, 8L, 7L, 6L);

        assertThat(Stats.percentile(values, 50)).isEqualTo(5);
        assertThat(Stats.percentile(values, 95)).isEqualTo(10);
        assertThat(Stats.percentile(values, 10)).isEqualTo(1);
        assertThat(Stats.max(values)).isEqualTo(10);
        assertThat(Stats.percentile(List.of(), 95)).isEqualTo(-1);
    }
}
