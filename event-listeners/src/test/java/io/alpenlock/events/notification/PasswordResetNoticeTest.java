package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PasswordResetNoticeTest {

    private static final Instant WHEN = Instant.parse("2026-11-26T09:30:00Z");

    @Test
    void aPasswordChangeInAResetThroughAKnownChannelBecomesAReset() {
        for (String channel : new String[] {"email", "sms", "recovery-email"}) {
            assertThat(NotificationRules.whenResetThrough(NotificationType.PASSWORD_CHANGED, channel))
                    .as(channel).isEqualTo(NotificationType.PASSWORD_RESET);
        }
        assertThat(NotificationRules.whenResetThrough(NotificationType.PASSWORD_CHANGED, null))
                .isEqualTo(NotificationType.PASSWORD_CHANGED);
        assertThat(NotificationRules.whenResetThrough(NotificationType.PASSWORD_CHANGED, "carrier-pigeon"))
                .isEqualTo(NotificationType.PASSWORD_CHANGED);
        assertThat(NotificationRules.whenResetThrough(NotificationType.APP_ADDED, "sms")).isEqualTo(NotificationType.APP_ADDED);
    }

    @Test
    void theNoticeNamesTheChannelByMessageKeyWithTheUsualFacts() {
        EventFacts facts = EventFacts.fromUser(WHEN, "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36",
                Map.of(PasswordResetNotice.DETAIL_CHANNEL, "recovery-email"), "https://id.example/realms/a/account");
        Notice notice = Notices.of(NotificationType.PASSWORD_RESET, facts);
        assertThat(notice).isInstanceOf(PasswordResetNotice.class);
        Map<String, Object> attributes = notice.templateAttributes(Locale.ENGLISH, ZoneId.of("UTC"));
        assertThat(attributes).containsEntry(PasswordResetNotice.CHANNEL_KEY, "alpenlockResetChannelRecoveryEmail")
                .containsEntry(SecurityNotice.IP_ADDRESS, "203.0.113.7")
                .containsKeys(SecurityNotice.CHANGED_AT, SecurityNotice.ACCOUNT_URL);
    }

    @Test
    void aMissingOrUnknownChannelIsNamedGenerically() {
        EventFacts facts = EventFacts.fromUser(WHEN, null, null, Map.of(PasswordResetNotice.DETAIL_CHANNEL, "<b>x</b>"), null);
        assertThat(PasswordResetNotice.of(facts).channelKey()).isEqualTo("alpenlockResetChannelUnknown");
        assertThat(new PasswordResetNotice(new SecurityNotice(NotificationType.PASSWORD_RESET, WHEN, null, null, null), null)
                .channelKey()).isEqualTo("alpenlockResetChannelUnknown");
    }
}
