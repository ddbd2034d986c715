package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxConfig;
import io.alpenlock.core.outbox.OutboxStore;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * The dev outbox page {@code /realms/{realm}/alpenlock-outbox/}. OFF unless
 * {@code --spi-realm-restapi-extension--alpenlock-outbox--enabled=true}: Keycloak (26.7) loads a factory only when
 * its {@code enabled} option is not false and, for an {@link EnvironmentDependentProviderFactory}, when
 * {@link #isSupported} is true; here that needs the option to be explicitly true, so without it the provider does
 * not exist and the URL answers 404. It is a build option: {@code kc.sh build} (or {@code start-dev}) picks it up.
 */
public final class OutboxResourceProviderFactory
        implements RealmResourceProviderFactory, EnvironmentDependentProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-outbox";
    public static final String ENABLED = "enabled";

    private static final Logger LOG = Logger.getLogger(OutboxResourceProviderFactory.class);

    private volatile OutboxConfig config;
    private volatile OutboxStore store;

    @Override
    public boolean isSupported(Config.Scope scope) {
        return scope != null && Boolean.TRUE.equals(scope.getBoolean(ENABLED, Boolean.FALSE));
    }

    @Override
    public void init(Config.Scope scope) {
        config = DevOutbox.config(scope, KeycloakOptions.REALM_RESTAPI_EXTENSION_SPI, PROVIDER_ID);
        store = DevOutbox.store(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        DevOutbox.logProblems(LOG, config, "Dev outbox page");
        LOG.warnf("The Alpenlock DEV OUTBOX is enabled: /realms/{realm}/%s/ shows every SMS, push and e-mail "
                + "recorded in %s to anyone who can reach Keycloak. It must never be enabled in production.",
                PROVIDER_ID, config.directory());
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new OutboxResourceProvider(session, store);
    }

    @Override
    public void close() {
        // nothing held open
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return DevOutbox.metadata()
                .property().name(ENABLED).type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue(false)
                .helpText("Development only: serve the dev outbox page.").add()
                .build();
    }
}
