package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxEntry;
import io.alpenlock.core.outbox.OutboxStore;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Sends through Keycloak's {@code default} e-mail sender and, once that succeeded, records a copy in the dev
 * outbox. A failure to record never fails the e-mail.
 */
final class OutboxEmailSenderProvider implements EmailSenderProvider {

    private static final Logger LOG = Logger.getLogger(OutboxEmailSenderProvider.class);

    private final KeycloakSession session;
    private final EmailSenderProvider delegate;
    private final OutboxStore store;

    OutboxEmailSenderProvider(KeycloakSession session, EmailSenderProvider delegate, OutboxStore store) {
        this.session = session;
        this.delegate = delegate;
        this.store = store;
    }

    @Override
    public void send(Map<String, String> config, UserModel user, String subject, String textBody, String htmlBody)
            throws EmailException {
        delegate().send(config, user, subject, textBody, htmlBody);
        record(user.getEmail(), subject, textBody, htmlBody);
    }

    @Override
    public void send(Map<String, String> config, String address, String subject, String textBody, String htmlBody)
            throws EmailException {
        delegate().send(config, address, subject, textBody, htmlBody);
        record(address, subject, textBody, htmlBody);
    }

    @Override
    public void validate(Map<String, String> config) throws EmailException {
        delegate().validate(config);
    }

    private EmailSenderProvider delegate() throws EmailException {
        if (delegate == null) {
            throw new EmailException("E-mail sending is not available: Keycloak's default e-mail sender was not found");
        }
        return delegate;
    }

    private void record(String address, String subject, String textBody, String htmlBody) {
        try {
            store.record(OutboxEntry.email(DevOutbox.realmName(session), address, subject, textBody, htmlBody));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not copy an e-mail to the dev outbox %s: %s", store.directory(), e.getClass().getName());
        }
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
    }
}
