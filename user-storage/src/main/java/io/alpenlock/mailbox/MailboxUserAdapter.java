package io.alpenlock.mailbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.credential.UserCredentialManager;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.keycloak.storage.adapter.AbstractUserAdapter;

import io.alpenlock.mailbox.directory.Mailbox;

/**
 * A mailbox seen as a read-only Keycloak user: username and e-mail are the address (verified: the mail platform
 * hosts it), the first name is the directory's display name when it has one. Nothing is imported.
 */
final class MailboxUserAdapter extends AbstractUserAdapter {

    private final Mailbox mailbox;

    MailboxUserAdapter(KeycloakSession session, RealmModel realm, ComponentModel model, Mailbox mailbox) {
        super(session, realm, model);
        this.mailbox = mailbox;
    }

    @Override
    public String getUsername() {
        return mailbox.address();
    }

    @Override
    public String getEmail() {
        return mailbox.address();
    }

    @Override
    public boolean isEmailVerified() {
        return true;
    }

    @Override
    public String getFirstName() {
        return mailbox.displayName().orElse(null);
    }

    @Override
    public boolean isEnabled() {
        return mailbox.enabled();
    }

    /**
     * Mailboxes have no required actions: mail clients (IMAP, SMTP) could not show them. So the admin API's
     * "temporary" password flag is ignored instead of failing after the directory already has the new password.
     */
    @Override
    public void addRequiredAction(String action) {
        // nothing to keep: see above
    }

    @Override
    public void addRequiredAction(RequiredAction action) {
        // nothing to keep: see above
    }

    @Override
    public void removeRequiredAction(String action) {
        // there are none
    }

    @Override
    public void removeRequiredAction(RequiredAction action) {
        // there are none
    }

    @Override
    public SubjectCredentialManager credentialManager() {
        return new UserCredentialManager(session, realm, this);
    }

    @Override
    public Map<String, List<String>> getAttributes() {
        MultivaluedHashMap<String, String> attributes = new MultivaluedHashMap<>();
        attributes.add(UserModel.USERNAME, getUsername());
        attributes.add(UserModel.EMAIL, getEmail());
        mailbox.displayName().ifPresent(name -> attributes.add(UserModel.FIRST_NAME, name));
        return attributes;
    }

    @Override
    public String getFirstAttribute(String name) {
        List<String> values = getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public Stream<String> getAttributeStream(String name) {
        List<String> values = getAttributes().get(name);
        return values == null ? Stream.empty() : values.stream();
    }
}
