package io.alpenlock.core.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.ratelimit.BudgetCheck;
import io.alpenlock.core.ratelimit.BudgetState;
import io.alpenlock.core.ratelimit.MultiBudget;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.ratelimit.RateBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsBudgetPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final E164Number ALICE = new E164Number("+41791234567");
    private static final E164Number BOB = new E164Number("+41781234567");
    private static final String IP = "203.0.113.7";

    /** A stand-in for the cluster-wide store (SingleUseObjectProvider), as the caller would use it. */
    private final Map<String, String> store = new HashMap<>();

    private boolean send(SmsBudgetPolicy policy, E164Number number, String ip, Instant now) {
        List<BudgetCheck> checks = policy.checks(number, ip, key -> BudgetState.parse(store.get(key)));
        MultiBudgetDecision decision = MultiBudget.tryConsume(checks, now);
        decision.newStates().forEach((key, state) -> store.put(key, state.serialize()));
        return decision.allowed();
    }

    @Test
    void defaultsAreThreePerTenMinutesAndTenPerDayPerNumberAndTwentyPerHourPerIp() {
        assertThat(SmsBudgetPolicy.DEFAULT.perNumber()).containsExactly(RateBudget.parse("3/10m"),
                RateBudget.parse("10/1d"));
        assertThat(SmsBudgetPolicy.DEFAULT.perIp()).containsExactly(RateBudget.parse("20/1h"));
    }

    @Test
    void aMissingConfigGivesTheDefaults() throws InvalidConfigException {
        assertThat(SmsBudgetPolicy.from((Map<String, String>) null)).isEqualTo(SmsBudgetPolicy.DEFAULT);
        assertThat(SmsBudgetPolicy.from(Map.of(SmsBudgetPolicy.PER_NUMBER, " "))).isEqualTo(SmsBudgetPolicy.DEFAULT);
    }

    @Test
    void readsBudgetListsInTheRateBudgetForm() throws InvalidConfigException {
        SmsBudgetPolicy policy = SmsBudgetPolicy.from(Map.of(SmsBudgetPolicy.PER_NUMBER, "2/5m, 5 / 1h; 8/1d,",
                SmsBudgetPolicy.PER_IP, "50/1h,200/1d"));
        assertThat(policy.perNumber()).extracting(RateBudget::toString).containsExactly("2/5m", "5/1h", "8/1d");
        assertThat(policy.perIp()).extracting(RateBudget::toString).containsExactly("50/1h", "200/1d");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3/10m 10/1d   | '3/10m 10/1d' is not a rate budget",
            "3/10w         | '3/10w' is not a rate budget",
            "0/1h          | '0/1h' is not a valid rate budget",
            "3/10m, 3/600s | a budget is listed twice",
            "',,'          | expected one or more budgets",
            "1/1h,2/1h,3/1h,4/1h,5/1h,6/1h | 1 to 5 budgets"})
    void refusesBadListsQuotingWhatIsWrong(String value, String message) {
        assertThatThrownBy(() -> SmsBudgetPolicy.from(Map.of(SmsBudgetPolicy.PER_NUMBER, value)))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigProblem::option)
                            .containsExactly(SmsBudgetPolicy.PER_NUMBER);
                    assertThat(e.getMessage()).startsWith(SmsBudgetPolicy.PER_NUMBER + " is invalid: ")
                            .contains(message);
                });
    }

    @Test
    void reportsBothKeysAtOnceAndSaysHowToSeparateBudgets() {
        assertThatThrownBy(() -> SmsBudgetPolicy.from(Map.of(SmsBudgetPolicy.PER_NUMBER, "3/10m 10/1d",
                SmsBudgetPolicy.PER_IP, "off")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::option)
                        .containsExactly(SmsBudgetPolicy.PER_NUMBER, SmsBudgetPolicy.PER_IP))
                .hasMessageContaining("(separate budgets with commas)");
    }

    @Test
    void budgetsCannotBeSwitchedOff() {
        assertThatThrownBy(() -> new SmsBudgetPolicy(List.of(), SmsBudgetPolicy.DEFAULT_PER_IP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 to 5 budgets per number are needed");
        assertThatThrownBy(() -> new SmsBudgetPolicy(SmsBudgetPolicy.DEFAULT_PER_NUMBER, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SmsBudgetPolicy.parseBudgets(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesOneKeyPerBudgetNumberBudgetsFirst() {
        assertThat(SmsBudgetPolicy.DEFAULT.budgets(ALICE, IP)).containsExactly(
                new SmsBudgetKey("alpenlock-sms-budget:number:+41791234567:3/10m", RateBudget.parse("3/10m")),
                new SmsBudgetKey("alpenlock-sms-budget:number:+41791234567:10/1d", RateBudget.parse("10/1d")),
                new SmsBudgetKey("alpenlock-sms-budget:ip:203.0.113.7:20/1h", RateBudget.parse("20/1h")));
    }

    @ParameterizedTest
    @CsvSource({"203.0.113.7, 203.0.113.7", "' 203.0.113.7 ', 203.0.113.7", "::ffff:203.0.113.7, 203.0.113.7",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2::/64", "2001:0DB8:0001:0002::ff, 2001:db8:1:2::/64",
            "[2001:db8:1:2::1], 2001:db8:1:2::/64", "fe80::1%eth0, fe80:0:0:0::/64", "::1, 0:0:0:0::/64"})
    void countsIpv4AddressesAndIpv6Slash64Networks(String ip, String network) {
        assertThat(SmsBudgetPolicy.network(ip)).isEqualTo(network);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"localhost", "example.org", "203.0.113", "256.1.1.1", "2001:db8::g", "unknown"})
    void refusesWhatIsNotAnIpAddress(String ip) {
        assertThatThrownBy(() -> SmsBudgetPolicy.DEFAULT.budgets(ALICE, ip))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the client IP is not an IP address literal");
    }

    @Test
    void checksCarryTheStoredStatesAndTreatMissingOnesAsEmpty() {
        BudgetState used = RateBudget.parse("3/10m").tryConsume(BudgetState.EMPTY, T0).newState();
        List<BudgetCheck> checks = SmsBudgetPolicy.DEFAULT.checks(ALICE, IP,
                key -> key.endsWith(":3/10m") ? used : null);
        assertThat(checks).extracting(BudgetCheck::state).containsExactly(used, BudgetState.EMPTY, BudgetState.EMPTY);
        assertThat(checks).extracting(BudgetCheck::key)
                .containsExactlyElementsOf(
                        SmsBudgetPolicy.DEFAULT.budgets(ALICE, IP).stream().map(SmsBudgetKey::key).toList());
    }

    @Test
    void aNumberGetsThreeSmsInTenMinutes() {
        for (int i = 0; i < 3; i++) {
            assertThat(send(SmsBudgetPolicy.DEFAULT, ALICE, IP, T0.plusSeconds(i * 60))).isTrue();
        }
        assertThat(send(SmsBudgetPolicy.DEFAULT, ALICE, "198.51.100.1", T0.plusSeconds(300))).isFalse();
        assertThat(send(SmsBudgetPolicy.DEFAULT, BOB, IP, T0.plusSeconds(300))).isTrue();
        assertThat(send(SmsBudgetPolicy.DEFAULT, ALICE, IP, T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void aNumberGetsTenSmsADay() {
        int sent = 0;
        for (int i = 0; i < 48; i++) {  // one attempt every 30 minutes, from a different IP each time
            if (send(SmsBudgetPolicy.DEFAULT, ALICE, "198.51.100." + i, T0.plus(Duration.ofMinutes(30L * i)))) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(10);
    }

    @Test
    void anIpGetsTwentySmsAnHourWhateverTheNumbers() {
        for (int i = 0; i < 20; i++) {
            E164Number number = new E164Number("+417912345" + String.format("%02d", i));
            assertThat(send(SmsBudgetPolicy.DEFAULT, number, IP, T0.plusSeconds(i))).isTrue();
        }
        assertThat(send(SmsBudgetPolicy.DEFAULT, new E164Number("+41791234599"), IP, T0.plusSeconds(30))).isFalse();
        assertThat(send(SmsBudgetPolicy.DEFAULT, new E164Number("+41791234599"), "2001:db8::1", T0.plusSeconds(30)))
                .isTrue();
    }

    @Test
    void addressesOfOneIpv6NetworkShareABudget() {
        for (int i = 0; i < 20; i++) {
            E164Number number = new E164Number("+417912345" + String.format("%02d", i));
            assertThat(send(SmsBudgetPolicy.DEFAULT, number, "2001:db8:1:2::" + Integer.toHexString(i + 1), T0))
                    .isTrue();
        }
        assertThat(send(SmsBudgetPolicy.DEFAULT, BOB, "2001:db8:1:2:ffff::99", T0)).isFalse();
    }

    @Test
    void aRefusedSmsConsumesNothing() {
        SmsBudgetPolicy policy =
                new SmsBudgetPolicy(List.of(RateBudget.parse("1/1h")), List.of(RateBudget.parse("5/1h")));
        assertThat(send(policy, ALICE, IP, T0)).isTrue();
        assertThat(send(policy, ALICE, IP, T0.plusSeconds(1))).isFalse();
        assertThat(send(policy, ALICE, IP, T0.plusSeconds(2))).isFalse();
        // the IP budget still has 4 of 5 left
        for (int i = 0; i < 4; i++) {
            assertThat(send(policy, new E164Number("+4179123450" + i), IP, T0.plusSeconds(3))).isTrue();
        }
        assertThat(send(policy, BOB, IP, T0.plusSeconds(3))).isFalse();
    }
}
