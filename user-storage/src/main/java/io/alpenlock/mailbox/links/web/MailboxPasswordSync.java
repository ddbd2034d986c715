package io.alpenlock.mailbox.links.web;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.DefaultPasswordPolicyManagerProvider;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;

import io.alpenlock.mailbox.links.MailboxLink;
import io.alpenlock.mailbox.links.Unification;
import io.alpenlock.mailbox.links.jpa.MailboxLinkStore;

/**
 * Where a changed account password reaches a unified mailbox. Every password Keycloak stores for a local user goes
 * through {@code PasswordCredentialProvider.createCredential}, which asks this manager to validate the clear
 * password just before hashing and storing it, in the same transaction: the update-password required action, a
 * reset by e-mail or SMS, the account console, the admin API. (Event listeners see {@code UPDATE_PASSWORD} only
 * after the fact and without the password; a required-action wrapper would miss admin resets.)
 *
 * <p>So: Keycloak's own policies first; then, for each unified link of the user whose conditions still hold, the
 * mail realm's policy (both passwords must accept it) and the write to the directory. If the directory refuses or
 * is down, the account password is refused too ({@value #SYNC_FAILED}), so the two never drift apart. A link
 * whose conditions no longer hold loses its unification instead.
 */
final class MailboxPasswordSync implements PasswordPolicyManagerProvider {

    static final String SYNC_FAILED = "alpenlockMailboxSyncFailed";
    static final String VIA = "unified-account-password";

    private static final Logger LOG = Logger.getLogger(MailboxPasswordSync.class);

    private final KeycloakSession session;
    private final DefaultPasswordPolicyManagerProvider keycloak;

    MailboxPasswordSync(KeycloakSession session) {
        this.session = session;
        this.keycloak = new DefaultPasswordPolicyManagerProvider(session);
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        PolicyError error = keycloak.validate(realm, user, password);
        if (error != null || realm == null || user == null || password == null || MailboxRealm.writing(session)) {
            return error;
        }
        MailboxLinkStore store = new MailboxLinkStore(session);
        for (MailboxLink link : store.unifiedOfUser(realm.getId(), user.getId())) {
            if (!Unification.of(user.getUsername(), link, store.countOfAddress(realm.getId(), link.address())).allowed()) {
                store.setUnified(realm.getId(), link.id(), false);
                continue;
            }
            Optional<MailboxRealm> mail = MailboxRealm.of(session, realm);
            if (mail.isEmpty()) {
                return new PolicyError(SYNC_FAILED);
            }
            try {
                Optional<UserModel> mailbox = mail.get().mailbox(link.address());
                if (mailbox.isEmpty()) {
                    store.setUnified(realm.getId(), link.id(), false);
                    continue;
                }
                PolicyError mailPolicy = mail.get().policy(mailbox.get(), password);
                if (mailPolicy != null) {
                    return mailPolicy;
                }
                mail.get().setPassword(mailbox.get(), password, VIA);
            } catch (ModelException e) {
                LOG.warnf("realm %s: unified mailbox password not changed, account password refused too: %s",
                        realm.getName(), e.getMessage());
                return new PolicyError(SYNC_FAILED);
            }
        }
        return null;
    }

    @Override
    public PolicyError validate(String user, String password) {
        return keycloak.validate(user, password);
    }

    @Override
    public void close() {
    }
}
