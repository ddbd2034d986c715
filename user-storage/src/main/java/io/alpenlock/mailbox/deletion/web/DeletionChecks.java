package io.alpenlock.mailbox.deletion.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.UserStorageProviderModel;

import io.alpenlock.mailbox.MailboxUserStorageProviderFactory;
import io.alpenlock.mailbox.deletion.DeletionCheckConfig;
import io.alpenlock.mailbox.deletion.DeletionCheckPlan;
import io.alpenlock.mailbox.deletion.MassDeletionGuard;
import io.alpenlock.mailbox.directory.DirectoryUnavailableException;
import io.alpenlock.mailbox.directory.InvalidDirectoryConfigException;
import io.alpenlock.mailbox.directory.MailboxDirectory;
import io.alpenlock.mailbox.links.MailboxLink;
import io.alpenlock.mailbox.links.jpa.MailboxLinkStore;
import io.alpenlock.mailbox.links.web.MailboxPageResource;
import io.alpenlock.mailbox.links.web.MailboxRealm;

/**
 * One check of an accounts realm against its mail realm's directory, in the caller's transaction: asks the
 * directory (past Keycloak's user cache) about every linked address and every login identifier that is an address,
 * then treats the addresses it definitely no longer has as deleted ({@link DeletedMailboxes}).
 *
 * <p>Fail safe: nothing is deleted unless every {@code alpenlock-mailbox} directory of the mail realm is enabled,
 * can look addresses up (JDBC, not IMAP) and answered every question; and the {@link MassDeletionGuard} refuses a
 * run in which too many addresses vanished (logged as a warning and recorded as a {@code REMOVE_CREDENTIAL_ERROR}
 * event with error {@value #GUARD_ERROR}).
 */
public final class DeletionChecks {

    /** User attribute: the login identifier this account had when the directory was last seen to hold it. */
    public static final String LOGIN_MAILBOX_ATTRIBUTE = "alpenlockLoginMailbox";
    static final String GUARD_ERROR = "alpenlock_mass_deletion_guard";
    private static final int PAGE = 500;

    private static final Logger LOG = Logger.getLogger(DeletionChecks.class);

    /** What a run did; {@code status} is {@code completed}, {@code skipped} or {@code refused}. */
    public record Summary(String realm, String status, String reason, int checked, int notFound, List<String> deleted,
            int linksRemoved, int recoveryUsernames) {

        static Summary skipped(RealmModel realm, String reason) {
            return new Summary(realm.getName(), "skipped", reason, 0, 0, List.of(), 0, 0);
        }

        public Map<String, Object> json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("realm", realm);
            body.put("status", status);
            body.put("reason", reason);
            body.put("checked", checked);
            body.put("notFound", notFound);
            body.put("deleted", deleted);
            body.put("linksRemoved", linksRemoved);
            body.put("recoveryUsernames", recoveryUsernames);
            return body;
        }
    }

    private final KeycloakSession session;
    private final DeletionCheckConfig config;

    public DeletionChecks(KeycloakSession session, DeletionCheckConfig config) {
        this.session = session;
        this.config = config;
    }

    /**
     * Whether the periodic check looks at this realm: it names a mail realm or has links, and does not keep the check
     * for on-demand runs ({@link DeletionCheckConfig#REALM_MODE}).
     */
    public boolean concerns(RealmModel realm) {
        if (!DeletionCheckConfig.periodicFor(realm.getAttribute(DeletionCheckConfig.REALM_MODE))) {
            return false;
        }
        String attribute = realm.getAttribute(io.alpenlock.mailbox.links.MailboxLinksConfig.MAIL_REALM_ATTRIBUTE);
        return (attribute != null && !attribute.isBlank()) || new MailboxLinkStore(session).anyInRealm(realm.getId());
    }

    public Summary run(RealmModel accounts) {
        Optional<MailboxRealm> mail = MailboxRealm.of(session, accounts);
        if (mail.isEmpty()) {
            return Summary.skipped(accounts, "no_mail_realm");
        }
        RealmModel mailRealm = mail.get().realm();
        List<ComponentModel> components = mailRealm.getComponentsStream(mailRealm.getId(),
                        UserStorageProvider.class.getName())
                .filter(c -> MailboxUserStorageProviderFactory.PROVIDER_ID.equals(c.getProviderId())).toList();
        if (components.isEmpty()) {
            LOG.debugf("realm %s: mail realm %s has no mailbox directory, no deletion check", accounts.getName(),
                    mailRealm.getName());
            return Summary.skipped(accounts, "no_mailbox_directory");
        }
        if (components.stream().anyMatch(c -> !new UserStorageProviderModel(c).isEnabled())) {
            LOG.infof("realm %s: a mailbox directory of mail realm %s is disabled, no deletion check",
                    accounts.getName(), mailRealm.getName());
            return Summary.skipped(accounts, "directory_disabled");
        }
        MailboxUserStorageProviderFactory factory = (MailboxUserStorageProviderFactory) session
                .getKeycloakSessionFactory().getProviderFactory(UserStorageProvider.class,
                        MailboxUserStorageProviderFactory.PROVIDER_ID);
        List<MailboxDirectory> directories = new ArrayList<>();
        try {
            for (ComponentModel component : components) {
                directories.add(factory.directoryFor(component));
            }
        } catch (InvalidDirectoryConfigException e) {
            LOG.warnf("realm %s: a mailbox directory of mail realm %s has invalid settings, no deletion check",
                    accounts.getName(), mailRealm.getName());
            return Summary.skipped(accounts, "directory_misconfigured");
        }
        if (directories.stream().anyMatch(d -> !d.definiteLookups())) {
            LOG.debugf("realm %s: the IMAP directory of mail realm %s cannot look addresses up, no deletion check",
                    accounts.getName(), mailRealm.getName());
            return Summary.skipped(accounts, "directory_cannot_look_up");
        }

        MailboxLinkStore store = new MailboxLinkStore(session);
        List<String> linked = store.ofRealm(accounts.getId()).stream().map(MailboxLink::address).distinct().toList();
        DeletionCheckPlan plan;
        try {
            plan = DeletionCheckPlan.of(linked, logins(accounts),
                    address -> directories.stream().anyMatch(d -> d.find(address).isPresent()));
        } catch (DirectoryUnavailableException e) {
            LOG.warnf("realm %s: mailbox directory of mail realm %s unavailable, deletion check skipped: %s",
                    accounts.getName(), mailRealm.getName(), e.getMessage());
            return Summary.skipped(accounts, "directory_unavailable");
        }
        for (DeletionCheckPlan.Login login : plan.newlyHosted()) {
            UserModel user = session.users().getUserById(accounts, login.userId());
            if (user != null) {
                user.setSingleAttribute(LOGIN_MAILBOX_ATTRIBUTE, login.login().toLowerCase(java.util.Locale.ROOT));
            }
        }
        int checked = plan.checked().size();
        List<String> vanished = plan.vanished();
        MassDeletionGuard guard = config.guard().withOverrides(
                accounts.getAttribute(DeletionCheckConfig.REALM_MAX_PER_RUN),
                accounts.getAttribute(DeletionCheckConfig.REALM_MAX_PERCENT));
        if (!guard.allows(checked, vanished.size())) {
            LOG.warnf("realm %s: %d of %d checked mailbox addresses vanished from mail realm %s at once: more than the"
                    + " guard allows (%d per run, %d %%), nothing deleted. Check the directory's settings; delete"
                    + " deliberately through the mail platform's webhook.", accounts.getName(), vanished.size(),
                    checked, mailRealm.getName(), guard.maxPerRun(), guard.maxPercent());
            new EventBuilder(accounts, session, session.getContext().getConnection())
                    .event(EventType.REMOVE_CREDENTIAL_ERROR)
                    .detail(Details.CREDENTIAL_TYPE, MailboxPageResource.LINK_CREDENTIAL_TYPE)
                    .detail("alpenlock_via", DeletedMailboxes.VIA_CHECK)
                    .detail("alpenlock_checked", Integer.toString(checked))
                    .detail("alpenlock_not_found", Integer.toString(vanished.size()))
                    .detail("alpenlock_guard", guard.maxPerRun() + " per run, " + guard.maxPercent() + " %")
                    .error(GUARD_ERROR);
            return new Summary(accounts.getName(), "refused", "mass_deletion_guard", checked, vanished.size(),
                    List.of(), 0, 0);
        }
        DeletedMailboxes deleted = new DeletedMailboxes(session);
        int links = 0;
        int recoveries = 0;
        for (String address : vanished) {
            DeletedMailboxes.Outcome outcome = deleted.mailboxDeleted(accounts, address, DeletedMailboxes.VIA_CHECK);
            links += outcome.linksRemoved();
            recoveries += "assigned".equals(outcome.recovery()) ? 1 : 0;
        }
        return new Summary(accounts.getName(), "completed", null, checked, vanished.size(), vanished, links,
                recoveries);
    }

    /** Accounts whose username is an address, page by page. */
    private List<DeletionCheckPlan.Login> logins(RealmModel realm) {
        List<DeletionCheckPlan.Login> logins = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserModel> page = session.users().searchForUserStream(realm,
                    Map.of(UserModel.INCLUDE_SERVICE_ACCOUNT, "false"), first, PAGE).toList();
            for (UserModel user : page) {
                String username = user.getUsername();
                if (username != null && username.indexOf('@') > 0) {
                    logins.add(new DeletionCheckPlan.Login(user.getId(), username,
                            user.getFirstAttribute(LOGIN_MAILBOX_ATTRIBUTE)));
                }
            }
            if (page.size() < PAGE) {
                return logins;
            }
        }
    }
}
