package io.alpenlock.events;

import java.time.Instant;

import io.alpenlock.events.notification.NotificationRules;
import io.alpenlock.events.notification.NotificationType;
import io.alpenlock.events.notification.SecurityNotice;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerTransaction;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;

/**
 * Turns user events into security e-mails. E-mails go out only once the change they report has
 * been committed, so a rolled-back change never produces a notice.
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
        boolean isError = event.getError() != null;
        if (event.getRealmId() == null || event.getUserId() == null) {
            return;
        }
        NotificationRules.forUserEvent(event.getType().name(), event.getDetails(), isError)
                .ifPresent(type -> afterCommit.addEvent(event));
    }

    private void noticeCommitted(Event event) {
        NotificationType type = NotificationRules.forUserEvent(event.getType().name(), event.getDetails(), false)
                .orElseThrow();
        KeycloakContext context = session.getContext();
        String userAgent = context.getRequestHeaders() == null ? null
                : context.getRequestHeaders().getHeaderString("User-Agent");
        String accountUrl = context.getUri() == null ? null
                : Urls.accountBase(context.getUri().getBaseUri()).build(context.getRealm().getName()).toString();
        SecurityNotice notice = new SecurityNotice(type, Instant.ofEpochMilli(event.getTime()),
                event.getIpAddress(), userAgent, accountUrl);
        mailer.send(session.getKeycloakSessionFactory(), event.getRealmId(), event.getUserId(), notice);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Admin events get their notices in later features (role changes, removals).
    }

    @Override
    public void close() {
    }
}
