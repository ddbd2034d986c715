package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceSummaryTest {

    @Test
    void recognisesCommonBrowsersAndSystems() {
        assertThat(DeviceSummary.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).contains("Edge / Windows");
        assertThat(DeviceSummary.of("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .contains("Firefox / Linux");
        assertThat(DeviceSummary.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).contains("Safari / iOS");
        assertThat(DeviceSummary.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Mobile Safari/537.36")).contains("Chrome / Android");
        assertThat(DeviceSummary.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/18.1 Safari/605.1.15")).contains("Safari / macOS");
    }

    @Test
    void unknownAgentsAreShortenedAndStrippedOfControlCharacters() {
        assertThat(DeviceSummary.of("curl/8.5.0")).contains("curl/8.5.0");
        assertThat(DeviceSummary.of("x".repeat(200)).orElseThrow()).hasSize(61).endsWith("…");
        assertThat(DeviceSummary.of("evil\r\nBcc: someone")).contains("evilBcc: someone");
    }

    @Test
    void missingAgentGivesNothing() {
        assertThat(DeviceSummary.of(null)).isEmpty();
        assertThat(DeviceSummary.of("  ")).isEmpty();
    }
}
