package io.alpenlock.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiBudgetTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final RateBudget PER_NUMBER_SHORT = RateBudget.parse("3/10m");
    private static final RateBudget PER_NUMBER_DAY = RateBudget.parse("10/1d");
    private static final RateBudget PER_IP = RateBudget.parse("20/1h");

    @Test
    void consumesInEveryBudgetWhenAllAllow() {
        MultiBudgetDecision decision = MultiBudget.tryConsume(List.of(
                new BudgetCheck("number:10m", PER_NUMBER_SHORT, BudgetState.EMPTY),
                new BudgetCheck("number:1d", PER_NUMBER_DAY, BudgetState.EMPTY),
                new BudgetCheck("ip:1h", PER_IP, BudgetState.EMPTY)), T0);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.retryAfter()).isZero();
        assertThat(decision.exhausted()).isEmpty();
        assertThat(decision.newStates()).containsOnlyKeys("number:10m", "number:1d", "ip:1h");
        assertThat(decision.newStates().values()).allSatisfy(state -> assertThat(state.uses()).containsExactly(T0));
    }

    @Test
    void consumesInNoBudgetWhenOneRefuses() {
        BudgetState shortFull = BudgetState.EMPTY;
        for (int i = 0; i < 3; i++) {
            shortFull = PER_NUMBER_SHORT.tryConsume(shortFull, T0.plusSeconds(i)).newState();
        }
        BudgetState dayState = PER_NUMBER_DAY.tryConsume(BudgetState.EMPTY, T0).newState();
        MultiBudgetDecision decision = MultiBudget.tryConsume(List.of(
                new BudgetCheck("number:10m", PER_NUMBER_SHORT, shortFull),
                new BudgetCheck("number:1d", PER_NUMBER_DAY, dayState),
                new BudgetCheck("ip:1h", PER_IP, BudgetState.EMPTY)), T0.plusSeconds(60));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.exhausted()).containsExactly("number:10m");
        assertThat(decision.retryAfter()).isEqualTo(Duration.ofSeconds(540));
        assertThat(decision.newStates().get("number:10m")).isEqualTo(shortFull);
        assertThat(decision.newStates().get("number:1d")).isEqualTo(dayState);
        assertThat(decision.newStates().get("ip:1h")).isEqualTo(BudgetState.EMPTY);
    }

    @Test
    void retryAfterIsTheLongestWaitOfTheExhaustedBudgets() {
        RateBudget onePerMinute = RateBudget.parse("1/1m");
        RateBudget onePerHour = RateBudget.parse("1/1h");
        BudgetState used = onePerMinute.tryConsume(BudgetState.EMPTY, T0).newState();
        MultiBudgetDecision decision = MultiBudget.tryConsume(List.of(
                new BudgetCheck("minute", onePerMinute, used),
                new BudgetCheck("hour", onePerHour, used)), T0.plusSeconds(10));
        assertThat(decision.exhausted()).containsExactly("minute", "hour");
        assertThat(decision.retryAfter()).isEqualTo(Duration.ofSeconds(3590));
    }

    @Test
    void refusesNoChecksOrTwoChecksWithOneKey() {
        assertThatThrownBy(() -> MultiBudget.tryConsume(List.of(), T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiBudget.tryConsume(List.of(
                new BudgetCheck("same", PER_IP, BudgetState.EMPTY),
                new BudgetCheck("same", PER_NUMBER_DAY, BudgetState.EMPTY)), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
