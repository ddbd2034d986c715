package io.alpenlock.events.notification;

import java.util.Map;
import java.util.Optional;

/**
 * Decides which security notification, if any, a user event calls for. Works on the event's type
 * name and details so that it needs no Keycloak classes.
 */
public final class NotificationRules {

    static final String UPDATE_CREDENTIAL = "UPDATE_CREDENTIAL";
    static final String CREDENTIAL_TYPE = "credential_type";
    static final String PASSWORD = "password";

    private NotificationRules() {
    }

    /**
     * @param eventType the Keycloak event type name, for example {@code UPDATE_CREDENTIAL}
     * @param details   the event details (may be null)
     * @param isError   true for error events, which never notify
     */
    public static Optional<NotificationType> forUserEvent(String eventType, Map<String, String> details, boolean isError) {
        if (isError || eventType == null) {
            return Optional.empty();
        }
        // Keycloak emits UPDATE_CREDENTIAL (credential_type=password) and the deprecated
        // UPDATE_PASSWORD for one change; reacting to the first only sends one e-mail.
        if (UPDATE_CREDENTIAL.equals(eventType) && details != null && PASSWORD.equals(details.get(CREDENTIAL_TYPE))) {
            return Optional.of(NotificationType.PASSWORD_CHANGED);
        }
        return Optional.empty();
    }
}
