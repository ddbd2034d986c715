package io.alpenlock.mailbox.links.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The "mailbox password changed" security e-mail to the account that changed it (e-mail theme template). */
final class MailboxNotices {

    static final String TEMPLATE = "alpenlock-mailbox-password-changed.ftl";
    static final String SUBJECT = "alpenlockMailboxPasswordChangedSubject";

    private static final Logger LOG = Logger.getLogger(MailboxNotices.class);

    private final KeycloakSession session;

    MailboxNotices(KeycloakSession session) {
        this.session = session;
    }

    void passwordChanged(RealmModel realm, UserModel user, String address, boolean unified) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockMailbox", address);
        attributes.put("alpenlockUnified", unified);
        String ip = session.getContext().getConnection() == null ? null
                : session.getContext().getConnection().getRemoteAddr();
        if (ip != null) {
            attributes.put("alpenlockIpAddress", ip);
        }
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(SUBJECT, List.of(address), TEMPLATE, attributes);
        } catch (EmailException e) {
            LOG.warnf("realm %s: the mailbox password e-mail could not be sent: %s", realm.getName(),
                    e.getClass().getSimpleName());
        }
    }
}
