package io.alpenlock.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.alpenlock.events.notification.BackupCodeEvents;
import io.alpenlock.events.notification.EventFacts;
import io.alpenlock.events.notification.NotificationRules;
import io.alpenlock.events.notification.NotificationType;
import io.alpenlock.events.notification.PasswordResetNotice;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerTransaction;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Turns user events (and an administrator's removal of a second factor) into security e-mails. E-mails
 * go out only once the transaction the listener was called in has been committed, so a rolled-back
 * change never produces a notice; which e-mail it is, and whether the realm sends it at all, is decided
 * then, from the user's credentials as committed ({@link NotificationRules#afterCommit}). (Keycloak sends
 * error events such as LOGIN_ERROR in a transaction of their own, so for those that is the event itself.)
 */
public class NotificationEventListenerProvider implements EventListenerProvider {

    private final KeycloakSession session;
    private final NotificationMailer mailer;
    private final EventListenerTransaction afterCommit;
    /** Users who got new backup codes in this session's transaction (one request; never shared between sessions). */
    private final Set<String> replacedBackupCodes = new HashSet<>();
    /** Users whose password was set at the end of a forgotten-password flow in this request, with the channel. */
    private final Map<String, String> resetChannels = new HashMap<>();
    private boolean enlisted;

    NotificationEventListenerProvider(KeycloakSession session, NotificationMailer mailer) {
        this.session = session;
        this.mailer = mailer;
        this.afterCommit = new EventListenerTransaction(this::adminEventCommitted, this::userEventCommitted);
    }

    /**
     * Joins the request's after-commit steps at the first event that may send an e-mail, not when the
     * listener is created: Keycloak creates listeners when a request starts, and an after-commit step
     * enlisted then would run before the user cache drops the changed user (its own after-commit step,
     * enlisted once the request first reads a user), so the e-mail would be decided from stale credentials.
     */
    private void joinAfterCommit() {
        if (!enlisted) {
            session.getTransactionManager().enlistAfterCompletion(afterCommit);
            enlisted = true;
        }
    }

    @Override
    public void onEvent(Event event) {
        if (event.getRealmId() == null || event.getUserId() == null) {
            return;
        }
        candidateFor(event).ifPresent(type -> {
            if (type == NotificationType.BACKUP_CODES_REGENERATED) {
                replacedBackupCodes.add(event.getUserId());
            }
            if (type == NotificationType.PASSWORD_CHANGED) {
                recoveryChannel().ifPresent(channel -> resetChannels.put(event.getUserId(), channel));
            }
            joinAfterCommit();
            afterCommit.addEvent(event);
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getRealmId() == null) {
            return;
        }
        candidateFor(event).ifPresent(type -> {
            joinAfterCommit();
            afterCommit.addAdminEvent(event, includeRepresentation);
        });
    }

    private static Optional<NotificationType> candidateFor(Event event) {
        return event.getType() == null ? Optional.empty()
                : NotificationRules.forUserEvent(event.getType().name(), event.getError(), event.getDetails());
    }

    private static Optional<NotificationType> candidateFor(AdminEvent event) {
        return NotificationRules.forAdminEvent(
                event.getOperationType() == null ? null : event.getOperationType().name(),
                event.getResourceTypeAsString(), event.getResourcePath(), event.getError(), event.getDetails());
    }

    private void userEventCommitted(Event event) {
        NotificationType candidate = candidateFor(event).orElseThrow();
        KeycloakContext context = session.getContext();
        EventFacts facts = EventFacts.fromUser(Instant.ofEpochMilli(event.getTime()), event.getIpAddress(),
                userAgent(context), event.getDetails(), accountUrl(context, event.getRealmName()));
        if (NotificationRules.isBackupCodeSignIn(candidate) && replacedBackupCodes.contains(event.getUserId())) {
            candidate = NotificationRules.whenCodesWereReplacedToo(candidate);
            facts = facts.withoutDetail(BackupCodeEvents.CODES_REMAINING);
        }
        String channel = resetChannels.get(event.getUserId());
        if (NotificationRules.whenResetThrough(candidate, channel) != candidate) {
            candidate = NotificationRules.whenResetThrough(candidate, channel);
            facts = facts.withDetail(PasswordResetNotice.DETAIL_CHANNEL, channel);
        }
        mailer.send(session.getKeycloakSessionFactory(), event.getRealmId(), event.getUserId(), candidate, facts);
    }

    /** The forgotten-password channel of the sign-in this request belongs to, if it is one. */
    private Optional<String> recoveryChannel() {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        return authSession == null ? Optional.empty()
                : Optional.ofNullable(authSession.getAuthNote(PasswordResetNotice.CHANNEL_NOTE)).filter(PasswordResetNotice::isChannel);
    }

    private void adminEventCommitted(AdminEvent event, Boolean includeRepresentation) {
        NotificationType candidate = candidateFor(event).orElseThrow();
        String userId = NotificationRules.userOfCredentialRemoval(event.getResourcePath()).orElseThrow();
        EventFacts facts = EventFacts.fromAdministrator(Instant.ofEpochMilli(event.getTime()), event.getDetails(),
                accountUrl(session.getContext(), event.getRealmName()));
        mailer.send(session.getKeycloakSessionFactory(), event.getRealmId(), userId, candidate, facts);
    }

    private static String userAgent(KeycloakContext context) {
        return context.getRequestHeaders() == null ? null : context.getRequestHeaders().getHeaderString("User-Agent");
    }

    /** The account console of the event's realm, at the address users reach (frontend), not the admin one. */
    private static String accountUrl(KeycloakContext context, String realmName) {
        String realm = realmName != null ? realmName : context.getRealm() == null ? null : context.getRealm().getName();
        return context.getUri() == null || realm == null ? null
                : Urls.accountBase(context.getUri().getBaseUri()).build(realm).toString();
    }

    @Override
    public void close() {
    }
}
