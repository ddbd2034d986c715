package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecondFactorNoticeTest {

    private static final Instant WHEN = Instant.parse("2026-11-25T14:30:00Z");
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    private static Map<String, String> details(String type, String label) {
        Map<String, String> details = new HashMap<>();
        details.put("credential_type", type);
        details.put("credential_id", "cred-0f4c2a");
        if (label != null) {
            details.put("credential_user_label", label);
        }
        return details;
    }

    private static Map<String, Object> userChange(NotificationType type, Map<String, String> details) {
        return SecondFactorNotice.of(type, EventFacts.fromUser(WHEN, "203.0.113.7", FIREFOX, details, ACCOUNT_URL))
                .templateAttributes(Locale.GERMAN, ZURICH);
    }

    @Test
    void describesTheChangeTheAppAndTheRequestThatMadeIt() {
        Map<String, Object> attributes = userChange(NotificationType.TWO_FACTOR_ENABLED, details("alpenlock-app", "Pixel 8"));

        assertThat(attributes)
                .containsEntry("alpenlockFactorName", "Pixel 8")
                .containsEntry("alpenlockFactorKind", "app")
                .containsEntry("alpenlockIpAddress", "203.0.113.7")
                .containsEntry("alpenlockDevice", "Firefox / Linux")
                .containsEntry("alpenlockAccountUrl", ACCOUNT_URL)
                .doesNotContainKey("alpenlockByAdministrator");
        assertThat((String) attributes.get("alpenlockChangedAt")).contains("25. November 2026").contains("15:30");
    }

    @Test
    void namesTheKindOfSecondFactorFromTheCredentialType() {
        assertThat(userChange(NotificationType.APP_ADDED, details("otp", null))).containsEntry("alpenlockFactorKind", "app");
        assertThat(userChange(NotificationType.APP_ADDED, details("webauthn", null)))
                .containsEntry("alpenlockFactorKind", "security-key");
        assertThat(userChange(NotificationType.APP_ADDED, details("something-else", null))).doesNotContainKey("alpenlockFactorKind");
    }

    @Test
    void leavesTheNameOutWhenTheEventDoesNotCarryOne() {
        assertThat(userChange(NotificationType.APP_REMOVED, details("alpenlock-app", null))).doesNotContainKey("alpenlockFactorName");
        assertThat(userChange(NotificationType.APP_REMOVED, details("alpenlock-app", " \u200B\n"))).doesNotContainKey("alpenlockFactorName");
    }

    @Test
    void theNameIsUntrustedTextCleanedAndShortenedButNotEscapedHere() {
        Map<String, Object> attributes = userChange(NotificationType.APP_ADDED,
                details("alpenlock-app", "<b>My\r\nphone</b>\u202E" + "x".repeat(100)));

        String name = (String) attributes.get("alpenlockFactorName");
        assertThat(name).startsWith("<b>My phone</b>").doesNotContain("\r", "\n", "\u202E").endsWith("…");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(65);
    }

    /** The administrator's IP address and browser say nothing about the user's account and are not shown. */
    @Test
    void aChangeByAnAdministratorSaysSoAndShowsNoRequestDetails() {
        Map<String, Object> attributes = SecondFactorNotice.of(NotificationType.TWO_FACTOR_DISABLED,
                        EventFacts.fromAdministrator(WHEN, details("otp", "Authy"), ACCOUNT_URL))
                .templateAttributes(Locale.ENGLISH, ZURICH);

        assertThat(attributes).containsEntry("alpenlockByAdministrator", Boolean.TRUE)
                .containsEntry("alpenlockFactorName", "Authy")
                .containsEntry("alpenlockFactorKind", "app")
                .doesNotContainKeys("alpenlockIpAddress", "alpenlockDevice");
    }

    @Test
    void neverPassesOnIdsSecretsOrOtherDetails() {
        Map<String, String> details = details("alpenlock-app", "Pixel");
        details.put("alpenlock_secret", "JBSWY3DPEHPK3PXP");
        details.put("code", "493817");

        Map<String, Object> attributes = userChange(NotificationType.APP_ADDED, details);

        assertThat(attributes).containsOnlyKeys("alpenlockChangedAt", "alpenlockIpAddress", "alpenlockDevice",
                "alpenlockFactorName", "alpenlockFactorKind", "alpenlockAccountUrl");
        assertThat(attributes.values().toString()).doesNotContain("cred-0f4c2a", "JBSWY3DPEHPK3PXP", "493817");
    }

    @Test
    void onlySecondFactorTypesMakeASecondFactorNotice() {
        assertThatThrownBy(() -> new SecondFactorNotice(NotificationType.PASSWORD_CHANGED, WHEN, null, null, null, null,
                false, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
