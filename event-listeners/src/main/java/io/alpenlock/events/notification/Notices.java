package io.alpenlock.events.notification;

/** Builds the notice of a decided {@link NotificationType} from what is known about its event. */
public final class Notices {

    private Notices() {
    }

    public static Notice of(NotificationType type, EventFacts facts) {
        return switch (type) {
            case PASSWORD_CHANGED, BACKUP_CODES_REGENERATED ->
                    new SecurityNotice(type, facts.time(), facts.ipAddress(), facts.userAgent(), facts.accountUrl());
            // The report comes from the phone: browser, IP address and time of the attempt are in the details.
            case PUSH_NOT_ME -> PushNotMeNotice.fromEventDetails(facts.details(), facts.time(), facts.accountUrl());
            case TWO_FACTOR_ENABLED, TWO_FACTOR_DISABLED, APP_ADDED, APP_REMOVED -> SecondFactorNotice.of(type, facts);
            case BACKUP_CODE_USED, BACKUP_CODES_RUNNING_OUT -> BackupCodeNotice.of(type, facts);
            case PHONE_NUMBER_VERIFIED -> PhoneNumberNotice.of(facts);
            case PASSWORD_RESET -> PasswordResetNotice.of(facts);
        };
    }
}
