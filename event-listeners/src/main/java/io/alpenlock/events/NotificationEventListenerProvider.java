package io.alpenlock.events;

import java.time.Instant;
import java.util.Optional;

import io.alpenlock.events.notification.Notice;
import io.alpenlock.events.notification.NotificationRules;
import io.alpenlock.events.notification.NotificationType;
import io.alpenlock.events.notification.PushNotMeNotice;
import io.alpenlock.events.notification.SecurityNotice;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerTransaction;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;

/**
 * Turns user events into security e-mails. E-mails go out only once the transaction the listener was
 * called in has been committed, so a rolled-back change never produces a notice. (Keycloak sends error
 * events such as LOGIN_ERROR in a transaction of their own, so for those that is the event itself.)
 */
public class NotificationEventListenerProvider implements EventListenerProvider {

    private final KeycloakSession session;
    private final NotificationMailer mailer;
    private final EventListenerTransaction afterCommit;

    NotificationEventListenerProvider(KeycloakSession session, NotificationMailer mailer) {
        this.session = session;
        this.mailer = mailer;
        this.afterCommit = new EventListenerTransaction(null, this::noticeCommitted);
        session.getTransactionManager().enlistAfterCompletion(afterCommit);
    }

    @Override
    public void onEvent(Event event) {
        if (event.getRealmId() == null || event.getUserId() == null) {
            return;
        }
        notificationFor(event).ifPresent(type -> afterCommit.addEvent(event));
    }

    private static Optional<NotificationType> notificationFor(Event event) {
        return event.getType() == null ? Optional.empty()
                : NotificationRules.forUserEvent(event.getType().name(), event.getError(), event.getDetails());
    }

    private void noticeCommitted(Event event) {
        NotificationType type = notificationFor(event).orElseThrow();
        KeycloakContext context = session.getContext();
        Instant eventTime = Instant.ofEpochMilli(event.getTime());
        Notice notice = switch (type) {
            case PASSWORD_CHANGED -> new SecurityNotice(type, eventTime, event.getIpAddress(), userAgent(context),
                    accountUrl(context));
            // The report comes from the phone: browser, IP address and time of the attempt are in the details.
            case PUSH_NOT_ME -> PushNotMeNotice.fromEventDetails(event.getDetails(), eventTime, accountUrl(context));
        };
        mailer.send(session.getKeycloakSessionFactory(), event.getRealmId(), event.getUserId(), notice);
    }

    private static String userAgent(KeycloakContext context) {
        return context.getRequestHeaders() == null ? null : context.getRequestHeaders().getHeaderString("User-Agent");
    }

    private static String accountUrl(KeycloakContext context) {
        return context.getUri() == null || context.getRealm() == null ? null
                : Urls.accountBase(context.getUri().getBaseUri()).build(context.getRealm().getName()).toString();
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Admin events get their notices in later features (role changes, removals).
    }

    @Override
    public void close() {
    }
}
