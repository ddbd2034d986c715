package io.alpenlock.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateBudgetTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final RateBudget THREE_PER_TEN_MINUTES = RateBudget.parse("3/10m");

    @ParameterizedTest
    @CsvSource({"3/10m, 3, PT10M", "10/1d, 10, PT24H", "20/1h, 20, PT1H", "5/h, 5, PT1H", "1/30s, 1, PT30S",
            "' 7 / 2H ', 7, PT2H", "1000/366d, 1000, PT8784H"})
    void parsesTheConfigurationForm(String text, int max, Duration window) {
        RateBudget budget = RateBudget.parse(text);
        assertThat(budget.max()).isEqualTo(max);
        assertThat(budget.window()).isEqualTo(window);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "3/", "/10m", "3/10", "3/10w", "-3/10m", "0/10m", "3/0m", "1001/1h", "3/367d",
            "3.5/1h", "3/1h30m", "three/1h", "3/10m;"})
    void refusesOtherTextWithAClearMessage(String text) {
        assertThatThrownBy(() -> RateBudget.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
        assertThatThrownBy(() -> RateBudget.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringIsTheConfigurationForm() {
        assertThat(RateBudget.parse("3/10m")).hasToString("3/10m");
        assertThat(RateBudget.parse("10/1d")).hasToString("10/1d");
        assertThat(RateBudget.parse("20/60m")).hasToString("20/1h");
        assertThat(RateBudget.parse("2/90s")).hasToString("2/90s");
        assertThat(RateBudget.parse(RateBudget.parse("4/36h").toString())).isEqualTo(RateBudget.parse("4/36h"));
    }

    @Test
    void allowsMaxUsesInTheWindowThenRefuses() {
        BudgetState state = BudgetState.EMPTY;
        for (int i = 0; i < 3; i++) {
            assertThat(THREE_PER_TEN_MINUTES.remaining(state, T0.plusSeconds(i))).isEqualTo(3 - i);
            BudgetDecision decision = THREE_PER_TEN_MINUTES.tryConsume(state, T0.plusSeconds(i));
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.retryAfter()).isZero();
            state = decision.newState();
        }
        BudgetDecision fourth = THREE_PER_TEN_MINUTES.tryConsume(state, T0.plusSeconds(60));
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.newState()).isEqualTo(state);
        assertThat(THREE_PER_TEN_MINUTES.remaining(state, T0.plusSeconds(60))).isZero();
    }

    @Test
    void aUseExactlyOneWindowOldNoLongerCounts() {
        BudgetState full = full(THREE_PER_TEN_MINUTES, T0, T0.plusSeconds(1), T0.plusSeconds(2));
        Instant justBefore = T0.plus(Duration.ofMinutes(10)).minusMillis(1);
        assertThat(THREE_PER_TEN_MINUTES.tryConsume(full, justBefore).allowed()).isFalse();
        BudgetDecision atBoundary = THREE_PER_TEN_MINUTES.tryConsume(full, T0.plus(Duration.ofMinutes(10)));
        assertThat(atBoundary.allowed()).isTrue();
        assertThat(atBoundary.newState().uses())
                .containsExactly(T0.plusSeconds(1), T0.plusSeconds(2), T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void retryAfterIsWhenTheOldestCountedUseLeavesTheWindow() {
        BudgetState full = full(THREE_PER_TEN_MINUTES, T0, T0.plusSeconds(100), T0.plusSeconds(200));
        Instant now = T0.plusSeconds(250);
        BudgetDecision refused = THREE_PER_TEN_MINUTES.tryConsume(full, now);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(350));
        assertThat(THREE_PER_TEN_MINUTES.tryConsume(full, now.plus(refused.retryAfter())).allowed()).isTrue();
        assertThat(THREE_PER_TEN_MINUTES.tryConsume(full, now.plus(refused.retryAfter()).minusMillis(1)).allowed())
                .isFalse();
    }

    @Test
    void slidingWindowForgetsOldUsesOneByOne() {
        RateBudget budget = RateBudget.parse("2/1m");
        BudgetState state = full(budget, T0, T0.plusSeconds(30));
        assertThat(budget.tryConsume(state, T0.plusSeconds(45)).allowed()).isFalse();
        BudgetDecision later = budget.tryConsume(state, T0.plusSeconds(60));
        assertThat(later.allowed()).isTrue();
        assertThat(budget.tryConsume(later.newState(), T0.plusSeconds(61)).retryAfter())
                .isEqualTo(Duration.ofSeconds(29));
    }

    @Test
    void aStateFromALargerBudgetNeverLetsMoreThanMaxThrough() {
        RateBudget generous = RateBudget.parse("10/10m");
        BudgetState tenUses = BudgetState.EMPTY;
        for (int i = 0; i < 10; i++) {
            tenUses = generous.tryConsume(tenUses, T0.plusSeconds(i)).newState();
        }
        assertThat(tenUses.size()).isEqualTo(10);
        BudgetDecision strict = THREE_PER_TEN_MINUTES.tryConsume(tenUses, T0.plusSeconds(20));
        assertThat(strict.allowed()).isFalse();
        assertThat(strict.newState().size()).isEqualTo(3);
        assertThat(strict.retryAfter()).isEqualTo(Duration.ofSeconds(600 + 7 - 20));
        assertThat(THREE_PER_TEN_MINUTES.remaining(tenUses, T0.plusSeconds(20))).isZero();
    }

    @Test
    void usesSlightlyInTheFutureCountButFarFutureOnesAreDropped() {
        // another node's clock is 2 s ahead
        BudgetState skewed = full(THREE_PER_TEN_MINUTES, T0.plusSeconds(2), T0.plusSeconds(2), T0.plusSeconds(2));
        assertThat(THREE_PER_TEN_MINUTES.tryConsume(skewed, T0).allowed()).isFalse();
        BudgetState garbage = BudgetState.parse(Long.toString(T0.plus(Duration.ofDays(30)).toEpochMilli(), 36));
        assertThat(garbage.size()).isEqualTo(1);
        assertThat(THREE_PER_TEN_MINUTES.remaining(garbage, T0)).isEqualTo(3);
    }

    @Test
    void refusesUnreasonableBudgets() {
        assertThatThrownBy(() -> new RateBudget(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateBudget(1001, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateBudget(3, Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateBudget(3, Duration.ofDays(367))).isInstanceOf(IllegalArgumentException.class);
    }

    private static BudgetState full(RateBudget budget, Instant... uses) {
        BudgetState state = BudgetState.EMPTY;
        for (Instant use : uses) {
            BudgetDecision decision = budget.tryConsume(state, use);
            assertThat(decision.allowed()).isTrue();
            state = decision.newState();
        }
        return state;
    }
}
