package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxConfig;
import io.alpenlock.core.outbox.OutboxStore;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Development SMS sender: writes each SMS to the dev outbox ({@code --spi-alpenlock-sms-sender--outbox--directory},
 * {@code --max-entries}) instead of sending it, whether or not the outbox page is enabled. Select it with
 * {@code --spi-alpenlock-sms-sender--provider=outbox}; it is also the default sender when the dev outbox page is
 * enabled and no sender is selected.
 */
public final class OutboxSmsSenderProviderFactory implements SmsSenderProviderFactory {

    public static final String PROVIDER_ID = "outbox";

    private static final Logger LOG = Logger.getLogger(OutboxSmsSenderProviderFactory.class);

    private volatile OutboxConfig config;
    private volatile OutboxStore store;

    @Override
    public void init(Config.Scope scope) {
        config = DevOutbox.config(scope, SmsSenderSpi.NAME, PROVIDER_ID);
        store = DevOutbox.store(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (KeycloakOptions.isSelected(factory, SmsSenderProvider.class, PROVIDER_ID)) {
            DevOutbox.logProblems(LOG, config, "Dev outbox SMS sender");
            LOG.warnf("SMS are NOT sent: the Alpenlock dev outbox records them in %s. For development and tests "
                    + "only, never in production.", config.directory());
        }
    }

    @Override
    public SmsSenderProvider create(KeycloakSession session) {
        return new OutboxSmsSenderProvider(session, store);
    }

    @Override
    public void close() {
        // nothing held open: every write opens and closes its file
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** 2 (above Twilio) when the dev outbox page is enabled, so that it becomes the default; else 0. */
    @Override
    public int order() {
        return KeycloakOptions.devOutboxEnabled() ? 2 : 0;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return DevOutbox.metadata().build();
    }
}
