package io.alpenlock.organizations.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/**
 * Adds the members' roles table to Keycloak's database: the entity, and the Liquibase changelog that creates
 * it when Keycloak starts (H2 and PostgreSQL). Keycloak names the changelog table after the first ten letters
 * of the factory id, so it is {@code DATABASECHANGELOG_ALPENLOCK_}, shared with the other Alpenlock tables
 * (each changelog has its own file name and changeSet ids).
 */
public class OrganizationRolesJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/alpenlock-organizations-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(OrganizationMemberRoleEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return OrganizationRolesJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
