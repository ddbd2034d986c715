package io.alpenlock.authenticators.recovery.idv;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link IdentityVerificationJpaEntityProvider} (the requests table). */
public class IdentityVerificationJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-identity-verification";

    private static final IdentityVerificationJpaEntityProvider PROVIDER = new IdentityVerificationJpaEntityProvider();

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
