package io.alpenlock.authenticators.recovery.idv;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/**
 * Adds the table of identity verification requests to Keycloak's database: the entity and its Liquibase
 * changelog (H2 and PostgreSQL), run by Keycloak at start-up.
 */
public class IdentityVerificationJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/alpenlock-identity-verification-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(IdentityVerificationRequestEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return IdentityVerificationJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
