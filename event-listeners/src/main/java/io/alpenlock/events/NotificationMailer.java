package io.alpenlock.events;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.alpenlock.events.notification.EventFacts;
import io.alpenlock.events.notification.Notice;
import io.alpenlock.events.notification.Notices;
import io.alpenlock.events.notification.NotificationRules;
import io.alpenlock.events.notification.NotificationType;
import io.alpenlock.events.notification.PasswordResetNotice;
import io.alpenlock.events.notification.SecurityEmailsConfig;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialModel;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Decides, after the change was committed, which e-mail an event calls for (from the user's credentials
 * as they now are and the realm's settings), renders it from the realm's e-mail theme in the user's
 * language, and sends it with Keycloak's own e-mail sender. Runs in its own transaction.
 */
class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    private final ZoneId zone;

    NotificationMailer(ZoneId zone) {
        this.zone = zone;
    }

    void send(KeycloakSessionFactory factory, String realmId, String userId, NotificationType candidate, EventFacts facts) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            if (realm == null) {
                return;
            }
            session.getContext().setRealm(realm);
            UserModel user = session.users().getUserById(realm, userId);
            if (user == null) {
                return;
            }
            List<String> credentialTypes = user.credentialManager().getStoredCredentialsStream()
                    .map(CredentialModel::getType).toList();
            Optional<NotificationType> type = NotificationRules.afterCommit(candidate, credentialTypes,
                    SecurityEmailsRequiredActionFactory.configOf(realm));
            if (type.isEmpty()) {
                LOG.debugf("%s notice for user %s switched off in realm %s", candidate, userId, realm.getName());
                return;
            }
            Notice notice = Notices.of(type.get(), facts);
            Locale locale = session.getContext().resolveLocale(user);
            String realmLabel = realm.getDisplayName() == null || realm.getDisplayName().isBlank()
                    ? realm.getName() : realm.getDisplayName();
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                LOG.debugf("No e-mail address for user %s in realm %s; %s notice not sent", userId, realm.getName(), type.get());
                if (notice instanceof PasswordResetNotice reset) {
                    SmsNotices.passwordReset(session, realm, user, reset, locale, zone, realmLabel);
                }
                return;
            }
            try {
                session.getProvider(EmailTemplateProvider.class)
                        .setRealm(realm)
                        .setUser(user)
                        .send(notice.type().subjectKey(), List.of(realmLabel), notice.type().template(),
                                notice.templateAttributes(locale, zone));
            } catch (EmailException e) {
                // The cause may carry SMTP server text but never the message body.
                LOG.errorf("Could not send the %s notice to user %s in realm %s: %s",
                        notice.type(), userId, realm.getName(), e.getMessage());
            }
            if (notice instanceof PasswordResetNotice reset) {
                SmsNotices.passwordReset(session, realm, user, reset, locale, zone, realmLabel);
            }
        });
    }
}
