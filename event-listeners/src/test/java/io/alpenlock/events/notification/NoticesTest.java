package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NoticesTest {

    private static final EventFacts FACTS = EventFacts.fromUser(Instant.parse("2026-11-25T14:30:00Z"), "203.0.113.7",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            Map.of("credential_type", "alpenlock-app", "alpenlock_codes_remaining", "2"), "http://kc/realms/a/account");

    @Test
    void everyNotificationTypeGetsANoticeOfItsOwnType() {
        for (NotificationType type : NotificationType.values()) {
            Notice notice = Notices.of(type, FACTS);

            assertThat(notice.type()).isEqualTo(type);
            assertThat(notice.templateAttributes(Locale.ENGLISH, ZoneId.of("UTC"))).as("%s", type)
                    .containsEntry("alpenlockAccountUrl", "http://kc/realms/a/account");
        }
    }

    @Test
    void eachNoticeCarriesItsOwnFacts() {
        assertThat(Notices.of(NotificationType.TWO_FACTOR_ENABLED, FACTS)).isInstanceOf(SecondFactorNotice.class);
        assertThat(Notices.of(NotificationType.BACKUP_CODES_RUNNING_OUT, FACTS).templateAttributes(Locale.ENGLISH, ZoneId.of("UTC")))
                .containsEntry("alpenlockCodesRemaining", "2");
        assertThat(Notices.of(NotificationType.BACKUP_CODES_REGENERATED, FACTS).templateAttributes(Locale.ENGLISH, ZoneId.of("UTC")))
                .containsOnlyKeys("alpenlockChangedAt", "alpenlockIpAddress", "alpenlockDevice", "alpenlockAccountUrl");
        assertThat(Notices.of(NotificationType.PUSH_NOT_ME, FACTS)).isInstanceOf(PushNotMeNotice.class);
    }
}
