package io.alpenlock.events.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which security notification, if any, an event calls for. Works on the event's type name,
 * error and details (and, after the change was committed, on the credential types the user has left)
 * so that it needs no Keycloak classes.
 *
 * <p>Deciding happens in two steps. When the event is emitted, {@link #forUserEvent} or
 * {@link #forAdminEvent} name a candidate. Once the change is committed, {@link #afterCommit} looks at
 * the user's credentials as they now are: an added app that is the user's only second factor turns
 * two-factor authentication on, a removed app that leaves none turns it off; and the realm's settings
 * may switch the e-mail off. One event never sends more than one e-mail.
 */
public final class NotificationRules {

    static final String UPDATE_CREDENTIAL = "UPDATE_CREDENTIAL";
    static final String REMOVE_CREDENTIAL = "REMOVE_CREDENTIAL";
    static final String LOGIN = "LOGIN";
    static final String UPDATE_PROFILE = "UPDATE_PROFILE";
    static final String CREDENTIAL_TYPE = "credential_type";
    static final String PASSWORD = "password";

    /** With this many unused backup codes or fewer, the e-mail after a backup-code sign-in says they are running out. */
    public static final int RUNNING_OUT_AT = 2;
    /** More unused codes than this is not a count we believe; such a value is treated as unknown. */
    static final int MAX_CODES = 1000;

    static final String ADMIN_USER_RESOURCE = "USER";
    static final String ADMIN_ACTION = "ACTION";
    static final String ADMIN_DELETE = "DELETE";
    /** Keycloak's admin REST API records "delete this user's credential" on this path (other credential calls have a longer one). */
    private static final Pattern ADMIN_CREDENTIAL_PATH = Pattern.compile("users/([^/]+)/credentials/[^/]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private NotificationRules() {
    }

    /**
     * The candidate notice for a user event.
     *
     * @param eventType the Keycloak event type name, for example {@code UPDATE_CREDENTIAL}
     * @param error     the event's error, null for a successful event. Error events never notify,
     *                  except a push sign-in request the user reported as not theirs ({@link PushNotMeEvent})
     * @param details   the event details (may be null)
     */
    public static Optional<NotificationType> forUserEvent(String eventType, String error, Map<String, String> details) {
        if (eventType == null) {
            return Optional.empty();
        }
        if (error != null) {
            // The report itself is what matters; missing details only leave rows out of the e-mail.
            boolean pushNotMe = PushNotMeEvent.EVENT_TYPE.equals(eventType) && PushNotMeEvent.ERROR.equals(error);
            return pushNotMe ? Optional.of(NotificationType.PUSH_NOT_ME) : Optional.empty();
        }
        Map<String, String> d = details == null ? Map.of() : details;
        String credentialType = d.get(CREDENTIAL_TYPE);
        switch (eventType) {
            case UPDATE_CREDENTIAL -> {
                // Keycloak emits UPDATE_CREDENTIAL and the deprecated UPDATE_PASSWORD / UPDATE_TOTP for one
                // change; reacting to the first only sends one e-mail.
                if (PASSWORD.equals(credentialType)) {
                    return Optional.of(NotificationType.PASSWORD_CHANGED);
                }
                if (SecondFactorTypes.isSecondFactor(credentialType)) {
                    return Optional.of(NotificationType.APP_ADDED);
                }
                boolean regenerated = BackupCodeEvents.CREDENTIAL_TYPE.equals(credentialType)
                        && BackupCodeEvents.REGENERATED.equals(d.get(BackupCodeEvents.CHANGE));
                return regenerated ? Optional.of(NotificationType.BACKUP_CODES_REGENERATED) : Optional.empty();
            }
            case REMOVE_CREDENTIAL -> {
                // REMOVE_TOTP, emitted next to it for the same removal, is ignored the same way.
                return SecondFactorTypes.isSecondFactor(credentialType)
                        ? Optional.of(NotificationType.APP_REMOVED) : Optional.empty();
            }
            case UPDATE_PROFILE -> {
                // the verify-phone action's success; other profile updates are not security e-mails
                return d.get(PhoneNumberNotice.DETAIL_NUMBER) != null
                        ? Optional.of(NotificationType.PHONE_NUMBER_VERIFIED) : Optional.empty();
            }
            case LOGIN -> {
                if (!BackupCodeEvents.CREDENTIAL_TYPE.equals(credentialType)) {
                    return Optional.empty();
                }
                OptionalInt remaining = codesRemaining(d);
                return Optional.of(remaining.isPresent() && remaining.getAsInt() <= RUNNING_OUT_AT
                        ? NotificationType.BACKUP_CODES_RUNNING_OUT : NotificationType.BACKUP_CODE_USED);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * The candidate notice for an admin event: a realm administrator deleted one of the user's second
     * factors (admin REST API {@code DELETE users/{id}/credentials/{credentialId}}, recorded by Keycloak
     * 26.7 as an {@code ACTION} on that path with the details {@code credential_type} and
     * {@code credential_user_label}). Nothing else an administrator does sends an e-mail here.
     *
     * @param operationType the admin event's operation type name, e.g. {@code ACTION}
     * @param resourceType  the admin event's resource type name, e.g. {@code USER}
     */
    public static Optional<NotificationType> forAdminEvent(String operationType, String resourceType, String resourcePath,
                                                           String error, Map<String, String> details) {
        boolean removal = ADMIN_ACTION.equals(operationType) || ADMIN_DELETE.equals(operationType);
        if (!removal || error != null || !ADMIN_USER_RESOURCE.equals(resourceType)
                || userOfCredentialRemoval(resourcePath).isEmpty()) {
            return Optional.empty();
        }
        String credentialType = details == null ? null : details.get(CREDENTIAL_TYPE);
        return SecondFactorTypes.isSecondFactor(credentialType) ? Optional.of(NotificationType.APP_REMOVED) : Optional.empty();
    }

    /** The user id in an admin event's resource path {@code users/{id}/credentials/{credentialId}}. */
    public static Optional<String> userOfCredentialRemoval(String resourcePath) {
        Matcher matcher = resourcePath == null ? null : ADMIN_CREDENTIAL_PATH.matcher(resourcePath);
        return matcher != null && matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The notice to send once the change is committed, or none.
     *
     * @param candidate          what {@link #forUserEvent} or {@link #forAdminEvent} named
     * @param credentialTypesNow the type of each credential the user has now, after the change
     * @param config             the realm's settings: which e-mails are switched off
     */
    public static Optional<NotificationType> afterCommit(NotificationType candidate, Collection<String> credentialTypesNow,
                                                         SecurityEmailsConfig config) {
        long secondFactors = SecondFactorTypes.count(credentialTypesNow);
        NotificationType decided = switch (candidate) {
            case APP_ADDED -> secondFactors == 1 ? NotificationType.TWO_FACTOR_ENABLED : NotificationType.APP_ADDED;
            case APP_REMOVED -> secondFactors == 0 ? NotificationType.TWO_FACTOR_DISABLED : NotificationType.APP_REMOVED;
            default -> candidate;
        };
        // A switched-off e-mail is simply not sent: no other e-mail goes out in its place.
        return config.sends(decided) ? Optional.of(decided) : Optional.empty();
    }

    /**
     * A sign-in with a backup code during which the user also created new codes (Keycloak emits both
     * events in the same request): "running out" is no longer true and the count of the old set is
     * stale, so the e-mail only says that a code was used ({@link EventFacts#withoutDetail drop the count}).
     */
    public static NotificationType whenCodesWereReplacedToo(NotificationType candidate) {
        return candidate == NotificationType.BACKUP_CODES_RUNNING_OUT ? NotificationType.BACKUP_CODE_USED : candidate;
    }

    /**
     * A password change made at the end of a forgotten-password flow, through {@code channel} (the value the
     * recovery-channel step notes, {@link PasswordResetNotice#CHANNEL_NOTE}), is a reset: "your password was reset
     * through ...". Any other candidate, or no channel, stays as it is.
     */
    public static NotificationType whenResetThrough(NotificationType candidate, String channel) {
        return candidate == NotificationType.PASSWORD_CHANGED && PasswordResetNotice.isChannel(channel)
                ? NotificationType.PASSWORD_RESET : candidate;
    }

    /** Whether this candidate is a sign-in with a backup code. */
    public static boolean isBackupCodeSignIn(NotificationType candidate) {
        return candidate == NotificationType.BACKUP_CODE_USED || candidate == NotificationType.BACKUP_CODES_RUNNING_OUT;
    }

    /** The {@value BackupCodeEvents#CODES_REMAINING} detail, when it is a believable count. */
    static OptionalInt codesRemaining(Map<String, String> details) {
        String value = details == null ? null : details.get(BackupCodeEvents.CODES_REMAINING);
        if (value == null || !DIGITS.matcher(value.strip()).matches()) {
            return OptionalInt.empty();
        }
        int remaining = Integer.parseInt(value.strip());
        return remaining <= MAX_CODES ? OptionalInt.of(remaining) : OptionalInt.empty();
    }
}
