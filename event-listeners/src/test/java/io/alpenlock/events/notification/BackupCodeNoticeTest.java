package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BackupCodeNoticeTest {

    private static final Instant WHEN = Instant.parse("2026-11-25T14:30:00Z");
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";

    private static Map<String, Object> attributes(NotificationType type, String remaining, Locale locale) {
        Map<String, String> details = new HashMap<>();
        details.put("credential_type", "alpenlock-backup-codes");
        details.put("alpenlock_codes_remaining", remaining);
        return BackupCodeNotice.of(type, EventFacts.fromUser(WHEN, "198.51.100.4", CHROME, details, ACCOUNT_URL))
                .templateAttributes(locale, ZoneId.of("UTC"));
    }

    @Test
    void tellsWhenFromWhereAndHowManyCodesAreLeft() {
        Map<String, Object> attributes = attributes(NotificationType.BACKUP_CODE_USED, "7", Locale.ENGLISH);

        assertThat(attributes).containsEntry("alpenlockCodesRemaining", "7")
                .containsEntry("alpenlockIpAddress", "198.51.100.4")
                .containsEntry("alpenlockDevice", "Chrome / Windows")
                .containsEntry("alpenlockAccountUrl", ACCOUNT_URL);
        assertThat((String) attributes.get("alpenlockSignedInAt")).contains("November 25, 2026").contains("2:30");
    }

    @Test
    void passesZeroOnAsACount() {
        assertThat(attributes(NotificationType.BACKUP_CODES_RUNNING_OUT, "0", Locale.FRENCH))
                .containsEntry("alpenlockCodesRemaining", "0");
    }

    @Test
    void leavesAnUnreadableCountOut() {
        for (String remaining : new String[] {null, "", "many", "-2", "5000"}) {
            assertThat(attributes(NotificationType.BACKUP_CODE_USED, remaining, Locale.ENGLISH)).as("%s", remaining)
                    .doesNotContainKey("alpenlockCodesRemaining");
        }
    }

    @Test
    void neverPassesOnTheCodeOrOtherDetails() {
        Map<String, String> details = new HashMap<>();
        details.put("credential_type", "alpenlock-backup-codes");
        details.put("alpenlock_codes_remaining", "4");
        details.put("alpenlock_backup_code", "7KQ2-9XTR-M4PD");
        details.put("credential_id", "cred-77");

        Map<String, Object> attributes = BackupCodeNotice.of(NotificationType.BACKUP_CODE_USED,
                EventFacts.fromUser(WHEN, "198.51.100.4", CHROME, details, ACCOUNT_URL)).templateAttributes(Locale.ITALIAN,
                ZoneId.of("UTC"));

        assertThat(attributes).containsOnlyKeys("alpenlockSignedInAt", "alpenlockIpAddress", "alpenlockDevice",
                "alpenlockCodesRemaining", "alpenlockAccountUrl");
        assertThat(attributes.values().toString()).doesNotContain("7KQ2", "cred-77");
    }
}
