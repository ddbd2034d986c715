package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxConfig;
import io.alpenlock.core.outbox.OutboxStore;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * E-mail sender {@value #PROVIDER_ID}: Keycloak's {@code default} (SMTP) sender plus a copy of every e-mail sent in
 * the dev outbox ({@code --spi-email-sender--alpenlock-outbox--directory}, {@code --max-entries}). Never chosen by
 * default; select it with {@code --spi-email-sender--provider=alpenlock-outbox} (or {@code --provider-default}).
 * Development and tests only.
 */
public final class OutboxEmailSenderProviderFactory implements EmailSenderProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-outbox";

    private static final Logger LOG = Logger.getLogger(OutboxEmailSenderProviderFactory.class);

    private volatile OutboxConfig config;
    private volatile OutboxStore store;
    private volatile DefaultEmailSenderLocator.Located delegate;

    @Override
    public void init(Config.Scope scope) {
        config = DevOutbox.config(scope, DefaultEmailSenderLocator.EMAIL_SENDER_SPI, PROVIDER_ID);
        store = DevOutbox.store(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        Optional<DefaultEmailSenderLocator.Located> located = DefaultEmailSenderLocator.locate(factory);
        delegate = located.orElse(null);
        if (located.isEmpty()) {
            LOG.errorf("Keycloak's '%s' e-mail sender was not found: the '%s' e-mail sender cannot send e-mails",
                    DefaultEmailSenderLocator.DEFAULT_ID, PROVIDER_ID);
        }
        if (KeycloakOptions.isSelected(factory, EmailSenderProvider.class, PROVIDER_ID)) {
            DevOutbox.logProblems(LOG, config, "Dev outbox e-mail copy");
            LOG.warnf("Every e-mail Keycloak sends is also copied to the Alpenlock dev outbox %s. For development "
                    + "and tests only, never in production.", config.directory());
        }
    }

    @Override
    public EmailSenderProvider create(KeycloakSession session) {
        DefaultEmailSenderLocator.Located current = delegate;
        return new OutboxEmailSenderProvider(session, current == null ? null : current.factory().create(session),
                store);
    }

    @Override
    public void close() {
        DefaultEmailSenderLocator.Located current = delegate;
        if (current != null && current.owned()) {
            current.factory().close();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return DevOutbox.metadata().build();
    }
}
