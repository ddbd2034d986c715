package io.alpenlock.events.notification;

/**
 * The security e-mails Alpenlock sends. Each one names its e-mail theme template (html/ and text/
 * variants of {@code <template>.ftl}), the message key of its subject, and the key of its on/off switch
 * in the realm's settings ({@link SecurityEmailsConfig}).
 */
public enum NotificationType {

    PASSWORD_CHANGED("alpenlock-password-changed.ftl", "alpenlockPasswordChangedSubject", "password-changed"),

    /** The user answered a push sign-in request in the Alpenlock app with "not me". */
    PUSH_NOT_ME("alpenlock-push-not-me.ftl", "alpenlockPushNotMeSubject", "push-not-me"),

    /** The first second factor (app or security key) was added: two-factor authentication is now on. */
    TWO_FACTOR_ENABLED("alpenlock-two-factor-enabled.ftl", "alpenlockTwoFactorEnabledSubject", "two-factor-enabled"),

    /** The last second factor was removed: two-factor authentication is now off. */
    TWO_FACTOR_DISABLED("alpenlock-two-factor-disabled.ftl", "alpenlockTwoFactorDisabledSubject", "two-factor-disabled"),

    /** Another second factor was added next to one the user already had. */
    APP_ADDED("alpenlock-app-added.ftl", "alpenlockAppAddedSubject", "app-added"),

    /** A second factor was removed and at least one remains. */
    APP_REMOVED("alpenlock-app-removed.ftl", "alpenlockAppRemovedSubject", "app-removed"),

    /** A sign-in used a backup code, and more than {@link NotificationRules#RUNNING_OUT_AT} remain. */
    BACKUP_CODE_USED("alpenlock-backup-code-used.ftl", "alpenlockBackupCodeUsedSubject", "backup-code-used"),

    /** A sign-in used a backup code, and at most {@link NotificationRules#RUNNING_OUT_AT} remain. */
    BACKUP_CODES_RUNNING_OUT("alpenlock-backup-codes-running-out.ftl", "alpenlockBackupCodesRunningOutSubject",
            "backup-codes-running-out"),

    /** The user replaced their backup codes by new ones. */
    BACKUP_CODES_REGENERATED("alpenlock-backup-codes-regenerated.ftl", "alpenlockBackupCodesRegeneratedSubject",
            "backup-codes-regenerated"),

    /** A mobile number was verified for the account, new or replacing the previous one. */
    PHONE_NUMBER_VERIFIED("alpenlock-phone-number-verified.ftl", "alpenlockPhoneNumberVerifiedSubject",
            "phone-number-verified"),

    /**
     * The password was set anew through a forgotten-password channel (e-mail link, SMS code, recovery e-mail):
     * sent instead of {@link #PASSWORD_CHANGED}, with an SMS notice too when the account has a verified number.
     */
    PASSWORD_RESET("alpenlock-password-reset.ftl", "alpenlockPasswordResetSubject", "password-reset");

    private final String template;
    private final String subjectKey;
    private final String configKey;

    NotificationType(String template, String subjectKey, String configKey) {
        this.template = template;
        this.subjectKey = subjectKey;
        this.configKey = configKey;
    }

    public String template() {
        return template;
    }

    public String subjectKey() {
        return subjectKey;
    }

    /** Name of this e-mail's switch in the realm's settings ("true"/"false", missing = on). */
    public String configKey() {
        return configKey;
    }
}
