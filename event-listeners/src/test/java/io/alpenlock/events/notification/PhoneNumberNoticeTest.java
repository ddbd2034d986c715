package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhoneNumberNoticeTest {

    private static final Instant WHEN = Instant.parse("2026-11-25T10:15:00Z");

    @Test
    void carriesTheMaskedNumbersTimeAndRequestFromTheEvent() {
        EventFacts facts = EventFacts.fromUser(WHEN, "203.0.113.9", null,
                Map.of("alpenlock_phone", "+41 •• ••• •• 67", "alpenlock_previous_phone", "+41 •• ••• •• 12"),
                "https://id.example/realms/accounts/account");
        Map<String, Object> attributes = PhoneNumberNotice.of(facts).templateAttributes(Locale.ENGLISH, ZoneId.of("Europe/Zurich"));
        assertThat(attributes).containsEntry(PhoneNumberNotice.NUMBER, "+41 •• ••• •• 67")
                .containsEntry(PhoneNumberNotice.PREVIOUS, "+41 •• ••• •• 12")
                .containsEntry(PhoneNumberNotice.IP_ADDRESS, "203.0.113.9")
                .containsEntry(PhoneNumberNotice.ACCOUNT_URL, "https://id.example/realms/accounts/account")
                .containsKey(PhoneNumberNotice.CHANGED_AT);
        assertThat(Notices.of(NotificationType.PHONE_NUMBER_VERIFIED, facts).type()).isEqualTo(NotificationType.PHONE_NUMBER_VERIFIED);
    }

    @Test
    void aFirstNumberHasNoPreviousOneAndOddDetailsAreCleaned() {
        EventFacts facts = EventFacts.fromUser(WHEN, null, null, Map.of("alpenlock_phone", "+41 •• ••• •• 67\u0007"), null);
        Map<String, Object> attributes = PhoneNumberNotice.of(facts).templateAttributes(Locale.ENGLISH, ZoneId.of("UTC"));
        assertThat(attributes).doesNotContainKey(PhoneNumberNotice.PREVIOUS).doesNotContainKey(PhoneNumberNotice.IP_ADDRESS);
        assertThat((String) attributes.get(PhoneNumberNotice.NUMBER)).doesNotContain("\u0007");
    }
}
