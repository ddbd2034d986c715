package io.alpenlock.mailbox.deletion.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.alpenlock.mailbox.links.MailboxAddress;

/**
 * The "a mailbox you consulted was deleted, its link is removed" e-mail (template {@value #TEMPLATE}, the user's
 * language). Not sent to an account whose e-mail address is the deleted mailbox itself: nothing would arrive; the
 * recovery username service tells that account through its verified mobile number and recovery address.
 */
final class DeletionNotices {

    static final String TEMPLATE = "alpenlock-mailbox-deleted.ftl";
    static final String SUBJECT = "alpenlockMailboxDeletedSubject";

    private static final Logger LOG = Logger.getLogger(DeletionNotices.class);

    private final KeycloakSession session;

    DeletionNotices(KeycloakSession session) {
        this.session = session;
    }

    /** @return true when the e-mail was handed to the SMTP server */
    boolean linkRemoved(RealmModel realm, UserModel user, String address) {
        if (user.getEmail() == null || user.getEmail().isBlank() || MailboxAddress.same(user.getEmail(), address)) {
            return false;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockMailbox", address);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(SUBJECT, List.of(address), TEMPLATE, attributes);
            return true;
        } catch (EmailException e) {
            LOG.warnf("realm %s: the mailbox-deleted e-mail to user %s could not be sent: %s", realm.getName(),
                    user.getId(), e.getClass().getSimpleName());
            return false;
        }
    }
}
