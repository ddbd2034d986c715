package io.alpenlock.mailbox.deletion.web;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.alpenlock.authenticators.recovery.username.RecoveryUsernames;
import io.alpenlock.mailbox.links.MailboxLink;
import io.alpenlock.mailbox.links.jpa.MailboxLinkStore;
import io.alpenlock.mailbox.links.web.MailboxPageResource;

/**
 * "The mailbox {@code address} no longer exists", for one accounts realm, in the caller's transaction: every link
 * to it is removed (a {@code REMOVE_CREDENTIAL} event each, {@code credential_type=alpenlock-mailbox-link},
 * {@code reason=mailbox_deleted}), each linked account is told by e-mail ({@link DeletionNotices}), and an account
 * whose login identifier is the address gets a recovery username ({@link RecoveryUsernames#loginMailboxDeleted}).
 *
 * <p>Idempotent: a second call finds no link and an account that already has its recovery username, so it changes
 * and sends nothing. Used by the mail platform's webhook and by the periodic check. Stateless; any node.
 */
public final class DeletedMailboxes {

    public static final String VIA_PLATFORM = "mail-platform";
    public static final String VIA_CHECK = "deletion-check";
    static final String REASON = "mailbox_deleted";

    private static final Logger LOG = Logger.getLogger(DeletedMailboxes.class);

    /**
     * @param linksRemoved     links removed now
     * @param accountsNotified linked accounts e-mailed now
     * @param recovery         what the recovery username service did ({@code assigned}, {@code already_assigned},
     *                         {@code no_account})
     */
    public record Outcome(String address, int linksRemoved, int accountsNotified, String recovery) {

        public boolean changedSomething() {
            return linksRemoved > 0 || "assigned".equals(recovery);
        }
    }

    private final KeycloakSession session;

    public DeletedMailboxes(KeycloakSession session) {
        this.session = session;
    }

    /** @param address a normalised address ({@link io.alpenlock.mailbox.links.MailboxAddress}) */
    public Outcome mailboxDeleted(RealmModel realm, String address, String via) {
        MailboxLinkStore store = new MailboxLinkStore(session);
        DeletionNotices notices = new DeletionNotices(session);
        List<MailboxLink> links = store.ofAddress(realm.getId(), address);
        int removed = 0;
        int notified = 0;
        for (MailboxLink link : links) {
            if (!store.delete(realm.getId(), link.id())) {
                continue;
            }
            removed++;
            UserModel user = session.users().getUserById(realm, link.userId());
            EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                    .event(EventType.REMOVE_CREDENTIAL)
                    .detail(Details.CREDENTIAL_TYPE, MailboxPageResource.LINK_CREDENTIAL_TYPE)
                    .detail("alpenlock_mailbox", address).detail(Details.REASON, REASON)
                    .detail("alpenlock_via", via).detail("alpenlock_link", link.id());
            if (user != null) {
                event.user(user).detail(Details.USERNAME, user.getUsername());
            }
            event.success();
            if (user != null && notices.linkRemoved(realm, user, address)) {
                notified++;
            }
        }
        String recovery;
        try {
            recovery = new RecoveryUsernames().loginMailboxDeleted(session, realm, address).status().name()
                    .toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            recovery = "no_account"; // an address the login side does not read as an e-mail address
        }
        if (removed > 0 || "assigned".equals(recovery)) {
            LOG.infof("realm %s: a deleted mailbox (%s): %d link(s) removed, recovery username: %s", realm.getName(),
                    via, removed, recovery);
        }
        return new Outcome(address, removed, notified, recovery);
    }
}
