package io.alpenlock.mailbox;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

import io.alpenlock.mailbox.check.MailboxCheckConfig;

/** Per request: hands JAX-RS the {@link MailboxCheckResource}. */
final class MailboxCheckResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final MailboxCheckConfig config;

    MailboxCheckResourceProvider(KeycloakSession session, MailboxCheckConfig config) {
        this.session = session;
        this.config = config;
    }

    @Override
    public Object getResource() {
        return new MailboxCheckResource(session, config);
    }

    @Override
    public void close() {
        // nothing held
    }
}
