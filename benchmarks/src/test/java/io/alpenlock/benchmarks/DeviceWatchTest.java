package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DeviceWatchTest {

    @Test
    void theDeviceClientsTimestampedResultLinesAreRecognised() {
        Matcher approved = DeviceWatch.RESULT.matcher(
                "  Approved the sign-in of push-1@bench.alpenlock.test to Alpenlock Webmail (demo). (at 2026-11-25T18:58:44.366Z)");
        Matcher withoutClient = DeviceWatch.RESULT.matcher(
                "  Approved the sign-in of push-2@bench.alpenlock.test. (at 2026-11-25T18:58:44.000Z)");
        Matcher wrong = DeviceWatch.RESULT.matcher(
                "  Wrong number: the sign-in of push-3@bench.alpenlock.test to X was refused. (at 2026-11-25T18:58:45.001Z)");

        assertThat(approved.matches()).isTrue();
        assertThat(approved.group(2)).isEqualTo("push-1@bench.alpenlock.test");
        assertThat(approved.group(3)).isEqualTo("2026-11-25T18:58:44.366Z");
        assertThat(withoutClient.matches()).isTrue();
        assertThat(withoutClient.group(2)).isEqualTo("push-2@bench.alpenlock.test");
        assertThat(wrong.matches()).isTrue();
        assertThat(wrong.group(1)).isEqualTo("Wrong number:");
        assertThat(DeviceWatch.RESULT.matcher("Noted a number for push-1@x; waiting for the sign-in.").matches()).isFalse();
    }
}
