package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final Map<String, String> PUSH_NOT_ME_DETAILS = Map.of(
            "credential_type", "alpenlock-app",
            "alpenlock_client", "Webmail",
            "alpenlock_browser", "Chrome 131",
            "alpenlock_os", "Windows 10",
            "alpenlock_ip", "198.51.100.23",
            "alpenlock_mute_minutes", "30",
            "alpenlock_attempt_at", "1795616400000");

    @Test
    void passwordUpdateCredentialEventAsksForPasswordChangedNotice() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null, Map.of("credential_type", "password")))
                .contains(NotificationType.PASSWORD_CHANGED);
    }

    @Test
    void deprecatedUpdatePasswordEventIsIgnoredSoOneChangeSendsOneMail() {
        assertThat(NotificationRules.forUserEvent("UPDATE_PASSWORD", null, Map.of("credential_type", "password")))
                .isEmpty();
    }

    @Test
    void otherCredentialTypesAndEventsDoNotNotifyYet() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null, Map.of("credential_type", "otp"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN", null, Map.of())).isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null, null)).isEmpty();
        assertThat(NotificationRules.forUserEvent(null, null, Map.of())).isEmpty();
    }

    @Test
    void failedPasswordChangeNeverNotifies() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL_ERROR", "password_rejected",
                Map.of("credential_type", "password"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", "invalid_user_credentials",
                Map.of("credential_type", "password"))).isEmpty();
    }

    @Test
    void pushSignInReportedAsNotMeAsksForPushNotMeNotice() {
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "alpenlock_push_not_me", PUSH_NOT_ME_DETAILS))
                .contains(NotificationType.PUSH_NOT_ME);
    }

    @Test
    void pushNotMeReportStillNotifiesWhenDetailsAreMissing() {
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "alpenlock_push_not_me", null))
                .contains(NotificationType.PUSH_NOT_ME);
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "alpenlock_push_not_me", Map.of()))
                .contains(NotificationType.PUSH_NOT_ME);
    }

    @Test
    void otherLoginErrorsNeverNotify() {
        Map<String, String> appCodeFailure = new HashMap<>(PUSH_NOT_ME_DETAILS);
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "invalid_user_credentials", appCodeFailure)).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "user_not_found", Map.of())).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "", PUSH_NOT_ME_DETAILS)).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "ALPENLOCK_PUSH_NOT_ME", PUSH_NOT_ME_DETAILS)).isEmpty();
    }

    @Test
    void pushNotMeErrorOnAnotherEventTypeDoesNotNotify() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL_ERROR", "alpenlock_push_not_me", PUSH_NOT_ME_DETAILS))
                .isEmpty();
        assertThat(NotificationRules.forUserEvent("CODE_TO_TOKEN_ERROR", "alpenlock_push_not_me", PUSH_NOT_ME_DETAILS))
                .isEmpty();
    }

    @Test
    void pushNotMeDetailsWithoutTheErrorDoNotNotify() {
        assertThat(NotificationRules.forUserEvent("LOGIN", null, PUSH_NOT_ME_DETAILS)).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", null, PUSH_NOT_ME_DETAILS)).isEmpty();
    }
}
