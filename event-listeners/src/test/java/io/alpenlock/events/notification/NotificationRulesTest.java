package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    @Test
    void passwordUpdateCredentialEventAsksForPasswordChangedNotice() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", Map.of("credential_type", "password"), false))
                .contains(NotificationType.PASSWORD_CHANGED);
    }

    @Test
    void deprecatedUpdatePasswordEventIsIgnoredSoOneChangeSendsOneMail() {
        assertThat(NotificationRules.forUserEvent("UPDATE_PASSWORD", Map.of("credential_type", "password"), false))
                .isEmpty();
    }

    @Test
    void otherCredentialTypesAndEventsDoNotNotifyYet() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", Map.of("credential_type", "otp"), false)).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN", Map.of(), false)).isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null, false)).isEmpty();
        assertThat(NotificationRules.forUserEvent(null, Map.of(), false)).isEmpty();
    }

    @Test
    void failedPasswordChangeNeverNotifies() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", Map.of("credential_type", "password"), true))
                .isEmpty();
    }
}
