package io.alpenlock.events.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final SecurityEmailsConfig ALL_ON = SecurityEmailsConfig.ALL_ON;

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
    void aVerifiedMobileNumberNotifiesOtherProfileUpdatesAndFailuresDoNot() {
        assertThat(NotificationRules.forUserEvent("UPDATE_PROFILE", null, Map.of("alpenlock_phone", "+41 •• ••• •• 67")))
                .contains(NotificationType.PHONE_NUMBER_VERIFIED);
        assertThat(NotificationRules.forUserEvent("UPDATE_PROFILE", null, Map.of("updated_first_name", "Anna"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_PROFILE_ERROR", "invalid_user_credentials",
                Map.of("alpenlock_phone", "+41 •• ••• •• 67"))).isEmpty();
    }

    @Test
    void deprecatedUpdatePasswordEventIsIgnoredSoOneChangeSendsOneMail() {
        assertThat(NotificationRules.forUserEvent("UPDATE_PASSWORD", null, Map.of("credential_type", "password")))
                .isEmpty();
    }

    @Test
    void otherCredentialTypesAndEventsDoNotNotify() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null, Map.of("credential_type", "webauthn-passwordless")))
                .isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null, Map.of("credential_type", "recovery-authn-codes")))
                .isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN", null, Map.of())).isEmpty();
        assertThat(NotificationRules.forUserEvent("LOGIN", null, Map.of("credential_type", "alpenlock-app"))).isEmpty();
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

    // --- second factors: candidates at event time ---

    @Test
    void addingAnyKindOfSecondFactorIsAnAppAddedCandidate() {
        for (String type : new String[] {"alpenlock-app", "otp", "webauthn"}) {
            assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null,
                    Map.of("credential_type", type, "credential_user_label", "Pixel 8")))
                    .as(type).contains(NotificationType.APP_ADDED);
        }
    }

    @Test
    void removingAnyKindOfSecondFactorIsAnAppRemovedCandidate() {
        for (String type : new String[] {"alpenlock-app", "otp", "webauthn"}) {
            assertThat(NotificationRules.forUserEvent("REMOVE_CREDENTIAL", null, Map.of("credential_type", type)))
                    .as(type).contains(NotificationType.APP_REMOVED);
        }
        assertThat(NotificationRules.forUserEvent("REMOVE_CREDENTIAL", null, Map.of("credential_type", "password"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("REMOVE_CREDENTIAL", null, Map.of("credential_type", "alpenlock-backup-codes")))
                .isEmpty();
        assertThat(NotificationRules.forUserEvent("REMOVE_CREDENTIAL", null, null)).isEmpty();
    }

    /** Keycloak emits UPDATE_TOTP / REMOVE_TOTP next to UPDATE_CREDENTIAL / REMOVE_CREDENTIAL for one change. */
    @Test
    void deprecatedTotpEventsAreIgnoredSoOneChangeSendsOneMail() {
        assertThat(NotificationRules.forUserEvent("UPDATE_TOTP", null, Map.of("credential_type", "otp"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("REMOVE_TOTP", null, Map.of("credential_type", "otp"))).isEmpty();
    }

    @Test
    void failedSecondFactorChangesNeverNotify() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL_ERROR", "invalid_user_credentials",
                Map.of("credential_type", "alpenlock-app"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("REMOVE_CREDENTIAL", "credential_not_found",
                Map.of("credential_type", "otp"))).isEmpty();
    }

    // --- second factors: after commit, from the credentials the user has left ---

    @Test
    void theFirstSecondFactorTurnsTwoFactorOnInsteadOfAppAdded() {
        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("password", "alpenlock-app"), ALL_ON))
                .contains(NotificationType.TWO_FACTOR_ENABLED);
        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("password", "webauthn",
                "alpenlock-backup-codes"), ALL_ON)).contains(NotificationType.TWO_FACTOR_ENABLED);
    }

    @Test
    void anotherSecondFactorNextToOneIsAppAdded() {
        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("password", "alpenlock-app", "otp"), ALL_ON))
                .contains(NotificationType.APP_ADDED);
        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("alpenlock-app", "alpenlock-app"), ALL_ON))
                .contains(NotificationType.APP_ADDED);
    }

    /** The app was removed again before the e-mail went out: still say it was added, do not claim 2FA is on. */
    @Test
    void anAddedSecondFactorThatIsAlreadyGoneIsStillAppAdded() {
        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("password"), ALL_ON))
                .contains(NotificationType.APP_ADDED);
    }

    @Test
    void removingTheLastSecondFactorTurnsTwoFactorOffInsteadOfAppRemoved() {
        assertThat(NotificationRules.afterCommit(NotificationType.APP_REMOVED, List.of("password"), ALL_ON))
                .contains(NotificationType.TWO_FACTOR_DISABLED);
        assertThat(NotificationRules.afterCommit(NotificationType.APP_REMOVED, List.of(), ALL_ON))
                .contains(NotificationType.TWO_FACTOR_DISABLED);
        // backup codes alone are no second factor
        assertThat(NotificationRules.afterCommit(NotificationType.APP_REMOVED, List.of("password", "alpenlock-backup-codes",
                "webauthn-passwordless"), ALL_ON)).contains(NotificationType.TWO_FACTOR_DISABLED);
    }

    @Test
    void removingOneOfSeveralSecondFactorsIsAppRemoved() {
        assertThat(NotificationRules.afterCommit(NotificationType.APP_REMOVED, List.of("password", "otp"), ALL_ON))
                .contains(NotificationType.APP_REMOVED);
    }

    @Test
    void noticesThatDoNotDependOnCredentialsStayAsTheyAre() {
        for (NotificationType type : new NotificationType[] {NotificationType.PASSWORD_CHANGED, NotificationType.PUSH_NOT_ME,
                NotificationType.BACKUP_CODE_USED, NotificationType.BACKUP_CODES_RUNNING_OUT,
                NotificationType.BACKUP_CODES_REGENERATED}) {
            assertThat(NotificationRules.afterCommit(type, List.of(), ALL_ON)).as("%s", type).contains(type);
            assertThat(NotificationRules.afterCommit(type, List.of("alpenlock-app"), ALL_ON)).as("%s", type).contains(type);
        }
    }

    // --- the realm's switches ---

    @Test
    void aSwitchedOffEmailIsNotSentAndNothingIsSentInItsPlace() {
        SecurityEmailsConfig noTwoFactorOn = SecurityEmailsConfig.from(Map.of("two-factor-enabled", "false"));

        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("alpenlock-app"), noTwoFactorOn)).isEmpty();
        assertThat(NotificationRules.afterCommit(NotificationType.APP_ADDED, List.of("alpenlock-app", "otp"), noTwoFactorOn))
                .contains(NotificationType.APP_ADDED);
        assertThat(NotificationRules.afterCommit(NotificationType.APP_REMOVED, List.of(), noTwoFactorOn))
                .contains(NotificationType.TWO_FACTOR_DISABLED);
    }

    @Test
    void everyEmailCanBeSwitchedOffOnItsOwn() {
        for (NotificationType type : NotificationType.values()) {
            SecurityEmailsConfig off = SecurityEmailsConfig.from(Map.of(type.configKey(), "false"));
            List<String> credentials = type == NotificationType.TWO_FACTOR_ENABLED ? List.of("otp")
                    : type == NotificationType.APP_ADDED ? List.of("otp", "otp")
                    : type == NotificationType.APP_REMOVED ? List.of("otp") : List.of();
            NotificationType candidate = type == NotificationType.TWO_FACTOR_ENABLED ? NotificationType.APP_ADDED
                    : type == NotificationType.TWO_FACTOR_DISABLED ? NotificationType.APP_REMOVED : type;

            assertThat(NotificationRules.afterCommit(candidate, credentials, ALL_ON)).as("%s on", type).contains(type);
            assertThat(NotificationRules.afterCommit(candidate, credentials, off)).as("%s off", type).isEmpty();
        }
    }

    @Test
    void switchingOffUsedKeepsRunningOutAndTheOtherWayRound() {
        SecurityEmailsConfig noUsed = SecurityEmailsConfig.from(Map.of("backup-code-used", "false"));
        SecurityEmailsConfig noRunningOut = SecurityEmailsConfig.from(Map.of("backup-codes-running-out", "false"));

        assertThat(NotificationRules.afterCommit(NotificationType.BACKUP_CODES_RUNNING_OUT, List.of(), noUsed))
                .contains(NotificationType.BACKUP_CODES_RUNNING_OUT);
        assertThat(NotificationRules.afterCommit(NotificationType.BACKUP_CODE_USED, List.of(), noUsed)).isEmpty();
        assertThat(NotificationRules.afterCommit(NotificationType.BACKUP_CODES_RUNNING_OUT, List.of(), noRunningOut)).isEmpty();
        assertThat(NotificationRules.afterCommit(NotificationType.BACKUP_CODE_USED, List.of(), noRunningOut))
                .contains(NotificationType.BACKUP_CODE_USED);
    }

    // --- backup codes ---

    @Test
    void signingInWithABackupCodeWhileEnoughRemainIsBackupCodeUsed() {
        for (String remaining : new String[] {"3", "7", "9", " 4 "}) {
            assertThat(NotificationRules.forUserEvent("LOGIN", null, backupCodeLogin(remaining)))
                    .as(remaining).contains(NotificationType.BACKUP_CODE_USED);
        }
    }

    @Test
    void signingInWithABackupCodeThatLeavesTwoOrFewerIsRunningOutInstead() {
        for (String remaining : new String[] {"2", "1", "0"}) {
            assertThat(NotificationRules.forUserEvent("LOGIN", null, backupCodeLogin(remaining)))
                    .as(remaining).contains(NotificationType.BACKUP_CODES_RUNNING_OUT);
        }
    }

    /** The sign-in happened; an unreadable count only means the e-mail cannot say how many are left. */
    @Test
    void aMissingOrUnreadableCountStillSaysABackupCodeWasUsed() {
        for (String remaining : new String[] {null, "", "two", "-1", "1.5", "99999999999", "1001"}) {
            assertThat(NotificationRules.forUserEvent("LOGIN", null, backupCodeLogin(remaining)))
                    .as("%s", remaining).contains(NotificationType.BACKUP_CODE_USED);
        }
    }

    @Test
    void aFailedBackupCodeNeverNotifies() {
        assertThat(NotificationRules.forUserEvent("LOGIN_ERROR", "invalid_user_credentials", backupCodeLogin("5"))).isEmpty();
    }

    @Test
    void regeneratedBackupCodesNotifyButTheFirstActivationDoesNot() {
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null,
                Map.of("credential_type", "alpenlock-backup-codes", "alpenlock_backup_codes", "regenerated")))
                .contains(NotificationType.BACKUP_CODES_REGENERATED);
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null,
                Map.of("credential_type", "alpenlock-backup-codes", "alpenlock_backup_codes", "activated"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null,
                Map.of("credential_type", "alpenlock-backup-codes"))).isEmpty();
        assertThat(NotificationRules.forUserEvent("UPDATE_CREDENTIAL", null,
                Map.of("credential_type", "otp", "alpenlock_backup_codes", "regenerated")))
                .contains(NotificationType.APP_ADDED);
    }

    /** The user signed in with a code and created new ones in the same sign-in: "running out" is no longer true. */
    @Test
    void newCodesCreatedInTheSameSignInTurnRunningOutIntoUsedWithoutTheStaleCount() {
        assertThat(NotificationRules.whenCodesWereReplacedToo(NotificationType.BACKUP_CODES_RUNNING_OUT))
                .isEqualTo(NotificationType.BACKUP_CODE_USED);
        assertThat(NotificationRules.whenCodesWereReplacedToo(NotificationType.BACKUP_CODE_USED))
                .isEqualTo(NotificationType.BACKUP_CODE_USED);
        assertThat(NotificationRules.isBackupCodeSignIn(NotificationType.BACKUP_CODES_RUNNING_OUT)).isTrue();
        assertThat(NotificationRules.isBackupCodeSignIn(NotificationType.BACKUP_CODES_REGENERATED)).isFalse();

        EventFacts facts = EventFacts.fromUser(java.time.Instant.EPOCH, null, null, backupCodeLogin("1"), null)
                .withoutDetail("alpenlock_codes_remaining");
        assertThat(Notices.of(NotificationType.BACKUP_CODE_USED, facts)
                .templateAttributes(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")))
                .doesNotContainKey("alpenlockCodesRemaining");
    }

    // --- an administrator removes a second factor ---

    @Test
    void anAdministratorRemovingASecondFactorIsAnAppRemovedCandidateForTheUserInThePath() {
        for (String type : new String[] {"alpenlock-app", "otp", "webauthn"}) {
            assertThat(NotificationRules.forAdminEvent("ACTION", "USER", "users/u-1/credentials/c-9", null,
                    Map.of("credential_id", "c-9", "credential_type", type))).as(type).contains(NotificationType.APP_REMOVED);
        }
        assertThat(NotificationRules.userOfCredentialRemoval("users/u-1/credentials/c-9")).contains("u-1");
    }

    @Test
    void otherAdministratorActionsSendNothing() {
        Map<String, String> app = Map.of("credential_type", "alpenlock-app");
        assertThat(NotificationRules.forAdminEvent("ACTION", "USER", "users/u-1/credentials/c-9", null,
                Map.of("credential_type", "password"))).isEmpty();
        assertThat(NotificationRules.forAdminEvent("ACTION", "USER", "users/u-1/credentials/c-9", null, null)).isEmpty();
        assertThat(NotificationRules.forAdminEvent("UPDATE", "USER", "users/u-1/credentials/c-9/userLabel", null, app)).isEmpty();
        assertThat(NotificationRules.forAdminEvent("ACTION", "USER", "users/u-1/credentials/c-9/moveToFirst", null, app)).isEmpty();
        assertThat(NotificationRules.forAdminEvent("ACTION", "USER", "users/u-1/reset-password", null, app)).isEmpty();
        assertThat(NotificationRules.forAdminEvent("CREATE", "USER", "users/u-1/credentials/c-9", null, app)).isEmpty();
        assertThat(NotificationRules.forAdminEvent("ACTION", "CLIENT", "users/u-1/credentials/c-9", null, app)).isEmpty();
        assertThat(NotificationRules.forAdminEvent("ACTION", "USER", "users/u-1/credentials/c-9", "unknown_error", app)).isEmpty();
        assertThat(NotificationRules.forAdminEvent(null, null, null, null, null)).isEmpty();
        assertThat(NotificationRules.userOfCredentialRemoval("users/u-1/credentials")).isEmpty();
        assertThat(NotificationRules.userOfCredentialRemoval(null)).isEmpty();
    }

    private static Map<String, String> backupCodeLogin(String remaining) {
        Map<String, String> details = new HashMap<>();
        details.put("credential_type", "alpenlock-backup-codes");
        details.put("alpenlock_codes_remaining", remaining);
        details.put("auth_method", "openid-connect");
        return details;
    }
}
