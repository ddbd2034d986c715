package io.alpenlock.mailbox.links.web;

import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.policy.DefaultPasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.managers.BruteForceProtector;

import io.alpenlock.mailbox.links.MailboxLinksConfig;

/**
 * The mail realm as the accounts realm's features see it: find a mailbox, check its password the way a login
 * would (brute-force detector and events of the mail realm), apply the mail realm's password policy, and write a
 * new password through the federation provider to the directory.
 */
public final class MailboxRealm {

    /** Set on the Keycloak session while Alpenlock itself writes passwords, so the sync hook does not echo them. */
    static final String WRITING = "alpenlock.mailbox.writing-passwords";
    /** Event detail naming what asked for a mailbox password check or change. */
    static final String DETAIL_VIA = "alpenlock_via";

    private static final Logger LOG = Logger.getLogger(MailboxRealm.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    private MailboxRealm(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The mail realm configured for an accounts realm; empty when it does not exist or is the same realm. */
    public static Optional<MailboxRealm> of(KeycloakSession session, RealmModel accounts) {
        MailboxLinksConfig config = MailboxLinksConfig.from(accounts.getAttribute(MailboxLinksConfig.MAIL_REALM_ATTRIBUTE));
        RealmModel mail = session.realms().getRealmByName(config.mailRealm());
        if (mail == null || mail.getId().equals(accounts.getId())) {
            LOG.debugf("realm %s: its mail realm '%s' does not exist", accounts.getName(), config.mailRealm());
            return Optional.empty();
        }
        return Optional.of(new MailboxRealm(session, mail));
    }

    public RealmModel realm() {
        return realm;
    }

    /**
     * @return the mailbox, empty when the directory has no such address
     * @throws ModelException when the directory cannot answer (fails closed)
     */
    public Optional<UserModel> mailbox(String address) {
        return Optional.ofNullable(session.users().getUserByUsername(realm, address));
    }

    public enum Check { VALID, INVALID, LOCKED }

    /**
     * Checks a mailbox password like a login of the mail realm: refused while the mailbox is locked by the
     * brute-force detector, each failure reported to it and recorded as a {@code LOGIN_ERROR} of the mail realm.
     * An unknown address answers {@link Check#INVALID} like a wrong password.
     */
    public Check checkPassword(String address, String password, String via) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGIN_ERROR).detail(DETAIL_VIA, via).detail("username", address);
        UserModel mailbox;
        try {
            mailbox = mailbox(address).orElse(null);
        } catch (ModelException e) {
            LOG.warnf("mail realm %s: mailbox look-up failed: %s", realm.getName(), e.getMessage());
            event.error("mailbox_directory_unavailable");
            return Check.INVALID;
        }
        if (mailbox == null) {
            event.error("user_not_found");
            return Check.INVALID;
        }
        event.user(mailbox);
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (realm.isBruteForceProtected() && (protector.isTemporarilyDisabled(session, realm, mailbox)
                || protector.isPermanentlyLockedOut(session, realm, mailbox))) {
            event.error("user_temporarily_disabled");
            return Check.LOCKED;
        }
        if (!mailbox.isEnabled()) {
            event.error("user_disabled");
            return Check.INVALID;
        }
        boolean valid = mailbox.credentialManager().isValid(UserCredentialModel.password(password));
        if (!valid) {
            if (realm.isBruteForceProtected()) {
                protector.failedLogin(realm, mailbox, session.getContext().getConnection(),
                        session.getContext().getUri(), Set.of(PasswordCredentialModel.TYPE));
            }
            event.error("invalid_user_credentials");
            return Check.INVALID;
        }
        return Check.VALID;
    }

    /** The mail realm's password policy for a new password of this mailbox; null when it is accepted. */
    public PolicyError policy(UserModel mailbox, String password) {
        // Keycloak's policy providers read their settings from the session's realm, not from the realm passed in.
        RealmModel before = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            return new DefaultPasswordPolicyManagerProvider(session).validate(realm, mailbox, password);
        } finally {
            session.getContext().setRealm(before);
        }
    }

    /**
     * Writes a new password through the federation provider (the directory) and records {@code UPDATE_CREDENTIAL}
     * in the mail realm.
     *
     * @throws ModelException when the directory refuses or cannot be reached; nothing was changed then
     */
    public void setPassword(UserModel mailbox, String password, String via) {
        Object before = session.getAttribute(WRITING);
        session.setAttribute(WRITING, Boolean.TRUE);
        try {
            if (!mailbox.credentialManager().updateCredential(UserCredentialModel.password(password, false))) {
                throw new ModelException("the mailbox directory did not take the password");
            }
        } finally {
            if (before == null) {
                session.removeAttribute(WRITING);
            }
        }
        new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.UPDATE_CREDENTIAL).user(mailbox).detail("username", mailbox.getUsername())
                .detail("credential_type", "password").detail(DETAIL_VIA, via).success();
    }

    /** Runs an account password change made by Alpenlock itself (the page), which writes the mailbox on its own. */
    static void withoutSync(KeycloakSession session, Runnable change) {
        Object before = session.getAttribute(WRITING);
        session.setAttribute(WRITING, Boolean.TRUE);
        try {
            change.run();
        } finally {
            if (before == null) {
                session.removeAttribute(WRITING);
            }
        }
    }

    static boolean writing(KeycloakSession session) {
        return session.getAttribute(WRITING) != null;
    }
}
