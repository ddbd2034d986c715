package io.alpenlock.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetStateTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    @Test
    void serialisesCompactlyAndRoundTrips() {
        RateBudget budget = RateBudget.parse("3/10m");
        BudgetState state = BudgetState.EMPTY;
        for (int i = 0; i < 3; i++) {
            state = budget.tryConsume(state, T0.plusMillis(i * 1500L)).newState();
        }
        String text = state.serialize();
        assertThat(text).matches("[0-9a-z]{8}(\\.[0-9a-z]{8}){2}").hasSizeLessThan(30);
        BudgetState parsed = BudgetState.parse(text);
        assertThat(parsed).isEqualTo(state);
        assertThat(parsed.uses()).containsExactly(T0, T0.plusMillis(1500), T0.plusMillis(3000));
        assertThat(BudgetState.EMPTY.serialize()).isEmpty();
        assertThat(BudgetState.parse("")).isSameAs(BudgetState.EMPTY);
    }

    @Test
    void parsingSortsTheUses() {
        String newer = Long.toString(T0.plusSeconds(5).toEpochMilli(), 36);
        String older = Long.toString(T0.toEpochMilli(), 36);
        assertThat(BudgetState.parse(newer + "." + older).uses()).containsExactly(T0, T0.plusSeconds(5));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc.", ".abc", "abc..def", "ABC", "-1", "+1", "1,2", "1 2", "zzzzzzzzzzzzzz",
            "mfq1c0lc;DROP", "{\"uses\":[1]}", "ü"})
    void garbageReadsAsTheEmptyStateAndNeverThrows(String text) {
        assertThat(BudgetState.parse(text)).isEqualTo(BudgetState.EMPTY);
    }

    @Test
    void anOversizedStateReadsAsEmpty() {
        String entry = Long.toString(T0.toEpochMilli(), 36);
        assertThat(BudgetState.parse((entry + ".").repeat(1001) + entry).isEmpty()).isTrue();
        assertThat(BudgetState.parse("1".repeat(20_000)).isEmpty()).isTrue();
        assertThat(BudgetState.parse((entry + ".").repeat(999) + entry).size()).isEqualTo(1000);
    }

    @Test
    void toStringListsTheUseTimes() {
        BudgetState state = RateBudget.parse("3/10m").tryConsume(BudgetState.EMPTY, T0).newState();
        assertThat(state).hasToString("BudgetState[2026-03-01T10:00:00.123Z]");
    }
}
