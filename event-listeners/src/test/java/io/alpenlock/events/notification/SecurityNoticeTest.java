package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityNoticeTest {

    private static final Instant WHEN = Instant.parse("2026-11-25T14:30:00Z");

    @Test
    void writesTheTimeInTheReadersLanguageAndZone() {
        SecurityNotice notice = new SecurityNotice(NotificationType.PASSWORD_CHANGED, WHEN, "203.0.113.7",
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "http://kc/realms/a/account");

        Map<String, Object> german = notice.templateAttributes(Locale.GERMAN, ZoneId.of("Europe/Zurich"));
        Map<String, Object> english = notice.templateAttributes(Locale.ENGLISH, ZoneId.of("UTC"));

        assertThat((String) german.get(SecurityNotice.CHANGED_AT)).contains("25. November 2026").contains("15:30");
        assertThat((String) english.get(SecurityNotice.CHANGED_AT)).contains("November 25, 2026").contains("2:30");
        assertThat(german).containsEntry(SecurityNotice.IP_ADDRESS, "203.0.113.7")
                .containsEntry(SecurityNotice.DEVICE, "Firefox / Linux")
                .containsEntry(SecurityNotice.ACCOUNT_URL, "http://kc/realms/a/account");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        SecurityNotice notice = new SecurityNotice(NotificationType.PASSWORD_CHANGED, WHEN, null, null, null);

        assertThat(notice.templateAttributes(Locale.FRENCH, ZoneId.of("UTC")))
                .containsOnlyKeys(SecurityNotice.CHANGED_AT);
    }
}
