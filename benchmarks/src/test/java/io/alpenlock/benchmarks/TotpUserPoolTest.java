package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotpUserPoolTest {

    static final Instant STEP_START = Instant.ofEpochSecond(1_800_000_010L - 1_800_000_010L % 30);
    final List<BenchUser> users = List.of(BenchUser.withoutSecret("a"), BenchUser.withoutSecret("b"));

    @Test
    void usersGoRoundAndEachLogsInAtMostOncePerTimeStep() {
        TotpUserPool pool = new TotpUserPool(users, (u, t) -> u.username() + Instant.from(t).getEpochSecond() / 30);

        assertThat(pool.take(STEP_START).orElseThrow().user().username()).isEqualTo("a");
        assertThat(pool.take(STEP_START.plusSeconds(10)).orElseThrow().user().username()).isEqualTo("b");
        assertThat(pool.take(STEP_START.plusSeconds(29))).isEmpty();
        assertThat(pool.stalls()).isEqualTo(1);
        TotpUserPool.Lease next = pool.take(STEP_START.plusSeconds(30)).orElseThrow();
        assertThat(next.user().username()).isEqualTo("a");
        assertThat(next.code()).isEqualTo("a" + (STEP_START.getEpochSecond() / 30 + 1));
    }

    @Test
    void aUserWhoseCodeRepeatsARecentOneIsSkipped() {
        Map<String, String> codes = Map.of("a", "111111", "b", "222222");
        TotpUserPool pool = new TotpUserPool(users, (u, t) -> codes.get(u.username()));

        pool.take(STEP_START).orElseThrow();
        pool.take(STEP_START).orElseThrow();

        assertThat(pool.take(STEP_START.plusSeconds(30))).isEmpty();
    }
}
