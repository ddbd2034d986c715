package io.alpenlock.mailbox;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputUpdater;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.storage.ReadOnlyException;
import org.keycloak.storage.StorageId;
import org.keycloak.storage.StorageUnavailableException;
import org.keycloak.storage.UserStorageProvider;
import org.keycloak.storage.user.UserLookupProvider;
import org.keycloak.storage.user.UserQueryProvider;

import io.alpenlock.mailbox.directory.DirectoryUnavailableException;
import io.alpenlock.mailbox.directory.JdbcMailboxDirectory;
import io.alpenlock.mailbox.directory.Mailbox;
import io.alpenlock.mailbox.directory.MailboxDirectory;
import io.alpenlock.mailbox.directory.PasswordCheck;

/**
 * Mailboxes of the mail platform's directory as read-only, never imported users of the {@code mail} realm. Per
 * Keycloak session; the directory (and its connection pool) belongs to the factory.
 *
 * <p>Fails closed: when the directory does not answer in time, lookups throw {@link StorageUnavailableException}
 * (the request fails, nothing is decided from stale data) and password checks answer "invalid"; during a browser
 * login both end the login with a clear message instead ({@link DirectoryDownAtLogin}). Passwords are
 * checked against the directory at every login; nothing is cached here.
 */
public final class MailboxUserStorageProvider implements UserStorageProvider, UserLookupProvider, UserQueryProvider,
        CredentialInputValidator, CredentialInputUpdater {

    private static final Logger LOG = Logger.getLogger(MailboxUserStorageProvider.class);

    /** Search parameters that narrow by something a mailbox has; any other parameter matches no mailbox. */
    private static final Set<String> UNDERSTOOD = Set.of(UserModel.SEARCH, UserModel.USERNAME, UserModel.EMAIL,
            UserModel.FIRST_NAME, UserModel.EXACT, UserModel.INCLUDE_SERVICE_ACCOUNT, UserModel.ENABLED,
            UserModel.EMAIL_VERIFIED);

    private final KeycloakSession session;
    private final ComponentModel model;
    private final MailboxDirectory directory;

    MailboxUserStorageProvider(KeycloakSession session, ComponentModel model, MailboxDirectory directory) {
        this.session = session;
        this.model = model;
        this.directory = directory;
    }

    // --- lookup -------------------------------------------------------------------------------------------------

    @Override
    public UserModel getUserById(RealmModel realm, String id) {
        return getUserByUsername(realm, StorageId.externalId(id));
    }

    @Override
    public UserModel getUserByUsername(RealmModel realm, String username) {
        return find(username).map(m -> adapter(realm, m)).orElse(null);
    }

    @Override
    public UserModel getUserByEmail(RealmModel realm, String email) {
        return getUserByUsername(realm, email);
    }

    // --- query --------------------------------------------------------------------------------------------------

    @Override
    public Stream<UserModel> searchForUserStream(RealmModel realm, Map<String, String> params, Integer firstResult,
                                                 Integer maxResults) {
        Optional<Query> query = Query.of(params);
        if (query.isEmpty()) {
            return Stream.empty();
        }
        if (query.get().exactAddress() != null) {
            return find(query.get().exactAddress()).stream()
                    .filter(m -> firstResult == null || firstResult <= 0)
                    .map(m -> adapter(realm, m));
        }
        int first = firstResult == null || firstResult < 0 ? 0 : firstResult;
        int max = maxResults == null || maxResults < 0 ? Integer.MAX_VALUE : maxResults;
        try {
            return directory.search(query.get().text(), first, max).stream().map(m -> adapter(realm, m));
        } catch (DirectoryUnavailableException e) {
            throw unavailable(e);
        }
    }

    @Override
    public int getUsersCount(RealmModel realm, Map<String, String> params) {
        Optional<Query> query = Query.of(params);
        if (query.isEmpty()) {
            return 0;
        }
        if (query.get().exactAddress() != null) {
            return find(query.get().exactAddress()).isPresent() ? 1 : 0;
        }
        try {
            return directory.count(query.get().text());
        } catch (DirectoryUnavailableException e) {
            throw unavailable(e);
        }
    }

    @Override
    public int getUsersCount(RealmModel realm, String search) {
        return getUsersCount(realm, Map.of(UserModel.SEARCH, search == null ? "" : search));
    }

    @Override
    public int getUsersCount(RealmModel realm, boolean includeServiceAccount) {
        return getUsersCount(realm, Map.of());
    }

    @Override
    public Stream<UserModel> getGroupMembersStream(RealmModel realm, GroupModel group, Integer firstResult,
                                                   Integer maxResults) {
        return Stream.empty();
    }

    @Override
    public Stream<UserModel> searchForUserByUserAttributeStream(RealmModel realm, String attrName, String attrValue) {
        if (UserModel.USERNAME.equals(attrName) || UserModel.EMAIL.equals(attrName)) {
            return find(attrValue).stream().map(m -> adapter(realm, m));
        }
        return Stream.empty();
    }

    // --- credentials --------------------------------------------------------------------------------------------

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return PasswordCredentialModel.TYPE.equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType);
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!supportsCredentialType(input.getType()) || input.getChallengeResponse() == null) {
            return false;
        }
        PasswordCheck check = directory.verify(user.getUsername(), input.getChallengeResponse().toCharArray());
        switch (check.outcome()) {
            case VALID, WRONG_PASSWORD -> {
                return check.valid();
            }
            case DIRECTORY_UNAVAILABLE -> {
                LOG.warnf("mailbox directory '%s' unavailable, login refused: %s", model.getName(), check.detail());
                session.setAttribute(DirectoryDownAtLogin.SESSION_FLAG, Boolean.TRUE);
                DirectoryDownAtLogin.during(session).ifPresent(failure -> {
                    throw failure;
                });
            }
            case UNUSABLE_STORED_PASSWORD -> LOG.warnf("mailbox directory '%s': the stored password of a mailbox"
                    + " cannot be checked, login refused: %s", model.getName(), check.detail());
            default -> LOG.debugf("mailbox directory '%s': login refused: %s", model.getName(), check.outcome());
        }
        return false;
    }

    @Override
    public boolean updateCredential(RealmModel realm, UserModel user, CredentialInput input) {
        if (!supportsCredentialType(input.getType())) {
            return false;
        }
        if (directory.readOnly()) {
            // Throwing (not returning false) keeps Keycloak from storing the password locally instead.
            throw new ReadOnlyException("the mailbox directory is read-only: change this password on the mail"
                    + " platform");
        }
        try {
            if (!directory.changePassword(user.getUsername(), input.getChallengeResponse().toCharArray())) {
                throw new ModelException("the mailbox is no longer in the directory");
            }
            return true;
        } catch (DirectoryUnavailableException e) {
            LOG.warnf("mailbox directory '%s' unavailable, password not changed: %s", model.getName(), e.getMessage());
            throw new ModelException("the mailbox directory is unavailable; the password was not changed", e);
        } catch (IllegalArgumentException e) {
            throw new ModelException("the password cannot be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public void disableCredentialType(RealmModel realm, UserModel user, String credentialType) {
        // A mailbox always has a password; it is removed on the mail platform by deleting the mailbox.
    }

    @Override
    public Stream<String> getDisableableCredentialTypesStream(RealmModel realm, UserModel user) {
        return Stream.empty();
    }

    @Override
    public void close() {
        // the directory belongs to the factory
    }

    private Optional<Mailbox> find(String address) {
        try {
            return directory.find(address);
        } catch (DirectoryUnavailableException e) {
            RuntimeException failure = unavailable(e);
            throw DirectoryDownAtLogin.during(session).orElse(failure);
        }
    }

    private StorageUnavailableException unavailable(DirectoryUnavailableException e) {
        LOG.warnf("mailbox directory '%s' unavailable: %s", model.getName(), e.getMessage());
        return new StorageUnavailableException("mailbox directory '" + model.getName() + "' unavailable: "
                + e.getMessage(), e);
    }

    private UserModel adapter(RealmModel realm, Mailbox mailbox) {
        return new MailboxUserAdapter(session, realm, model, mailbox);
    }

    /** What a Keycloak user query asks of the directory: a substring search, or one exact address. */
    record Query(String text, String exactAddress) {

        static Optional<Query> of(Map<String, String> params) {
            Map<String, String> p = params == null ? Map.of() : params;
            if (!UNDERSTOOD.containsAll(p.keySet())) {
                return Optional.empty(); // attribute searches, identity providers, groups: mailboxes have none
            }
            if ("false".equalsIgnoreCase(p.get(UserModel.EMAIL_VERIFIED))
                    || "false".equalsIgnoreCase(p.get(UserModel.ENABLED))) {
                // Addresses are always verified; filtering disabled mailboxes is not supported (yet): list none.
                return Optional.empty();
            }
            boolean exact = Boolean.parseBoolean(p.get(UserModel.EXACT));
            String address = p.getOrDefault(UserModel.USERNAME, p.get(UserModel.EMAIL));
            if (address != null && p.containsKey(UserModel.USERNAME) && p.containsKey(UserModel.EMAIL)
                    && !JdbcMailboxDirectory.normalize(p.get(UserModel.USERNAME))
                    .equals(JdbcMailboxDirectory.normalize(p.get(UserModel.EMAIL)))) {
                return Optional.empty();
            }
            if (address != null) {
                return Optional.of(exact ? new Query(null, address) : new Query(address, null));
            }
            String text = p.getOrDefault(UserModel.SEARCH, p.get(UserModel.FIRST_NAME));
            return Optional.of(new Query(text == null ? "" : text, null));
        }
    }
}
