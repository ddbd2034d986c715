package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PushNotMeNoticeTest {

    /** 2026-11-25 14:30 UTC = 15:30 in Zurich. */
    private static final Instant ATTEMPT = Instant.parse("2026-11-25T14:30:00Z");
    /** The user tapped "not me" two minutes later. */
    private static final Instant REPORTED = Instant.parse("2026-11-25T14:32:00Z");
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account";
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private static Map<String, String> details() {
        Map<String, String> details = new HashMap<>();
        details.put("credential_type", "alpenlock-app");
        details.put("alpenlock_client", "Webmail");
        details.put("alpenlock_browser", "Chrome 131");
        details.put("alpenlock_os", "Windows 10");
        details.put("alpenlock_ip", "198.51.100.23");
        details.put("alpenlock_location", "Bern, Switzerland");
        details.put("alpenlock_mute_minutes", "30");
        details.put("alpenlock_attempt_at", Long.toString(ATTEMPT.toEpochMilli()));
        return details;
    }

    private static Map<String, Object> attributes(Map<String, String> details, Locale locale, ZoneId zone) {
        return PushNotMeNotice.fromEventDetails(details, REPORTED, ACCOUNT_URL).templateAttributes(locale, zone);
    }

    @Test
    void describesTheAttemptFromTheEventDetails() {
        Map<String, Object> attributes = attributes(details(), Locale.ENGLISH, ZURICH);

        assertThat(attributes)
                .containsEntry("alpenlockClient", "Webmail")
                .containsEntry("alpenlockDevice", "Chrome 131 / Windows 10")
                .containsEntry("alpenlockIpAddress", "198.51.100.23")
                .containsEntry("alpenlockLocation", "Bern, Switzerland")
                .containsEntry("alpenlockMuteMinutes", "30")
                .containsEntry("alpenlockAccountUrl", ACCOUNT_URL)
                .containsKey("alpenlockAttemptAt");
        assertThat(PushNotMeNotice.fromEventDetails(details(), REPORTED, ACCOUNT_URL).type())
                .isEqualTo(NotificationType.PUSH_NOT_ME);
    }

    @Test
    void writesTheAttemptTimeNotTheReportTimeInTheReadersLanguageAndZone() {
        String german = (String) attributes(details(), Locale.GERMAN, ZURICH).get("alpenlockAttemptAt");
        String english = (String) attributes(details(), Locale.ENGLISH, ZoneId.of("UTC")).get("alpenlockAttemptAt");

        assertThat(german).contains("25. November 2026").contains("15:30:00").doesNotContain("15:32");
        assertThat(english).contains("November 25, 2026").contains("2:30:00").doesNotContain("2:32");
    }

    @Test
    void fallsBackToTheReportTimeWhenTheAttemptTimeIsMissingOrUnreadable() {
        for (String attemptAt : new String[] {null, "", "yesterday", "-5", "0"}) {
            Map<String, String> details = details();
            details.put("alpenlock_attempt_at", attemptAt);

            assertThat((String) attributes(details, Locale.ENGLISH, ZoneId.of("UTC")).get("alpenlockAttemptAt"))
                    .as("alpenlock_attempt_at=%s", attemptAt)
                    .contains("November 25, 2026").contains("2:32:00");
        }
    }

    @Test
    void leavesTheLocationOutWhenTheServerDoesNotKnowIt() {
        Map<String, String> details = details();
        details.remove("alpenlock_location");
        Map<String, String> blank = details();
        blank.put("alpenlock_location", "  ");

        assertThat(attributes(details, Locale.FRENCH, ZURICH)).doesNotContainKey("alpenlockLocation")
                .containsEntry("alpenlockIpAddress", "198.51.100.23");
        assertThat(attributes(blank, Locale.FRENCH, ZURICH)).doesNotContainKey("alpenlockLocation");
    }

    @Test
    void passesMuteMinutesOnAsPlainDigitsAndDropsUnusableValues() {
        Map<String, String> day = details();
        day.put("alpenlock_mute_minutes", " 1440 ");
        assertThat(attributes(day, Locale.ENGLISH, ZURICH)).containsEntry("alpenlockMuteMinutes", "1440");

        for (String minutes : new String[] {null, "", "0", "-30", "thirty", "30.5", "99999999999", "10081"}) {
            Map<String, String> details = details();
            details.put("alpenlock_mute_minutes", minutes);
            assertThat(attributes(details, Locale.ENGLISH, ZURICH)).as("alpenlock_mute_minutes=%s", minutes)
                    .doesNotContainKey("alpenlockMuteMinutes");
        }
    }

    @Test
    void showsWhicheverOfBrowserAndSystemIsKnown() {
        Map<String, String> browserOnly = details();
        browserOnly.remove("alpenlock_os");
        Map<String, String> systemOnly = details();
        systemOnly.put("alpenlock_browser", "");
        Map<String, String> neither = details();
        neither.remove("alpenlock_browser");
        neither.remove("alpenlock_os");

        assertThat(attributes(browserOnly, Locale.ENGLISH, ZURICH)).containsEntry("alpenlockDevice", "Chrome 131");
        assertThat(attributes(systemOnly, Locale.ENGLISH, ZURICH)).containsEntry("alpenlockDevice", "Windows 10");
        assertThat(attributes(neither, Locale.ENGLISH, ZURICH)).doesNotContainKey("alpenlockDevice");
    }

    @Test
    void withoutAnyDetailsTheNoticeStillHasTheTimeAndTheAccountLink() {
        assertThat(PushNotMeNotice.fromEventDetails(null, REPORTED, ACCOUNT_URL).templateAttributes(Locale.ITALIAN, ZURICH))
                .containsOnlyKeys("alpenlockAttemptAt", "alpenlockAccountUrl");
        assertThat(PushNotMeNotice.fromEventDetails(Map.of(), REPORTED, null).templateAttributes(Locale.ITALIAN, ZURICH))
                .containsOnlyKeys("alpenlockAttemptAt");
    }

    /** The event is not the place for secrets, but if one slips into the details it must not reach the e-mail. */
    @Test
    void passesOnlyTheDocumentedDetailsNeverCodesTokensOrTheChallengeId() {
        Map<String, String> details = details();
        details.put("alpenlock_challenge_id", "c-7f3a9e1b-challenge");
        details.put("alpenlock_code", "493817");
        details.put("alpenlock_push_token", "fcm-token-abcdef");
        details.put("code_id", "session-code-1234");

        Map<String, Object> attributes = attributes(details, Locale.ENGLISH, ZURICH);

        assertThat(attributes).containsOnlyKeys("alpenlockAttemptAt", "alpenlockClient", "alpenlockDevice",
                "alpenlockIpAddress", "alpenlockLocation", "alpenlockMuteMinutes", "alpenlockAccountUrl");
        assertThat(attributes.values()).noneSatisfy(value -> assertThat((String) value)
                .containsAnyOf("c-7f3a9e1b", "493817", "fcm-token", "session-code"));
    }

    @Test
    void detailsAreStrippedOfLineBreaksAndInvisibleCharactersAndShortened() {
        Map<String, String> details = details();
        details.put("alpenlock_client", "Web\r\nmail\u202E");
        details.put("alpenlock_location", "Zürich,\t\u200BSchweiz");
        details.put("alpenlock_browser", "B".repeat(100));
        details.put("alpenlock_ip", "\n");

        Map<String, Object> attributes = attributes(details, Locale.GERMAN, ZURICH);

        assertThat(attributes).containsEntry("alpenlockClient", "Web mail")
                .containsEntry("alpenlockLocation", "Zürich, Schweiz")
                .doesNotContainKey("alpenlockIpAddress");
        assertThat((String) attributes.get("alpenlockDevice")).isEqualTo("B".repeat(40) + "… / Windows 10");
    }

    @Test
    void markupInDetailsIsKeptAsTextForTheTemplateToEscape() {
        Map<String, String> details = details();
        details.put("alpenlock_client", "<b>Webmail</b>");

        assertThat(attributes(details, Locale.ENGLISH, ZURICH)).containsEntry("alpenlockClient", "<b>Webmail</b>");
    }
}
