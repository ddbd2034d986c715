package io.alpenlock.authenticators.backup;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/**
 * Adds the table of used backup codes to Keycloak's database: the entity, and the Liquibase changelog that
 * creates it when Keycloak starts (H2 and PostgreSQL; recorded in {@code DATABASECHANGELOG_ALPENLOCK_}).
 */
public class BackupCodeJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/alpenlock-backup-codes-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(BackupCodeUseEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return BackupCodeJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
