package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MailboxTableTest {

    @Test
    void schemeSharesAddUpToAHundredPercentAndEveryHundredRowsFollowThemExactly() {
        assertThat(MailboxTable.MIX.stream().mapToInt(MailboxTable.Scheme::percent).sum()).isEqualTo(100);
        int[] seen = new int[MailboxTable.MIX.size()];
        for (long i = 1; i <= 1000; i++) {
            seen[MailboxTable.schemeOf(i)]++;
        }
        for (int s = 0; s < seen.length; s++) {
            assertThat(seen[s]).as(MailboxTable.MIX.get(s).label()).isEqualTo(MailboxTable.MIX.get(s).percent() * 10);
        }
    }

    @Test
    void addressesAreUniqueLowerCaseAndMissingOnesAreNotInTheTable() {
        Set<String> addresses = new HashSet<>();
        for (long i = 1; i <= 50_000; i++) {
            String address = MailboxTable.address(i);
            assertThat(address).isLowerCase().matches("[a-z]+\\.[a-z]+[0-9]+@[a-z]+\\.[a-z]+");
            assertThat(addresses.add(address)).isTrue();
        }
        MailboxTable table = new MailboxTable(50_000, new java.security.SecureRandom());
        Random random = new Random(1);
        for (int n = 0; n < 1000; n++) {
            assertThat(addresses.contains(table.randomMissingAddress(random))).isFalse();
            assertThat(addresses.contains(table.randomAddress(random).toLowerCase(java.util.Locale.ROOT))).isTrue();
        }
    }

    @Test
    void theRowChosenForASchemeHasThatSchemeAndMayLogIn() {
        MailboxTable table = new MailboxTable(10_000, new java.security.SecureRandom());
        for (int s = 0; s < MailboxTable.MIX.size(); s++) {
            long row = table.rowWithScheme(s, 1 + s * 997L);
            assertThat(MailboxTable.schemeOf(row)).isEqualTo(s);
            assertThat(MailboxTable.active(row)).isTrue();
        }
    }

    @Test
    void latencyPercentilesAreNearestRankInMilliseconds() {
        Latencies l = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            l.add(ms * 1_000_000L);
        }
        assertThat(l.percentileMillis(50)).isEqualTo(50.0);
        assertThat(l.percentileMillis(95)).isEqualTo(95.0);
        assertThat(l.percentileMillis(99)).isEqualTo(99.0);
        assertThat(l.maxMillis()).isEqualTo(100.0);
        assertThat(new Latencies().percentileMillis(50)).isNaN();
    }
}
