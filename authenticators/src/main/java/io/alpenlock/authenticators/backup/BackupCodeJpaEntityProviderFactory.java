package io.alpenlock.authenticators.backup;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link BackupCodeJpaEntityProvider} (the used-codes table). */
public class BackupCodeJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-backup-codes";

    private static final BackupCodeJpaEntityProvider PROVIDER = new BackupCodeJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
