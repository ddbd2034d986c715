package io.alpenlock.events.notification;

import java.util.Map;
import java.util.Optional;

/**
 * Decides which security notification, if any, a user event calls for. Works on the event's type
 * name, error and details so that it needs no Keycloak classes.
 */
public final class NotificationRules {

    static final String UPDATE_CREDENTIAL = "UPDATE_CREDENTIAL";
    static final String CREDENTIAL_TYPE = "credential_type";
    static final String PASSWORD = "password";

    private NotificationRules() {
    }

    /**
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
        // Keycloak emits UPDATE_CREDENTIAL (credential_type=password) and the deprecated
        // UPDATE_PASSWORD for one change; reacting to the first only sends one e-mail.
        if (UPDATE_CREDENTIAL.equals(eventType) && details != null && PASSWORD.equals(details.get(CREDENTIAL_TYPE))) {
            return Optional.of(NotificationType.PASSWORD_CHANGED);
        }
        return Optional.empty();
    }
}
