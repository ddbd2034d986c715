package io.alpenlock.mailbox.links.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/**
 * Adds the mailbox links table to Keycloak's database (entity + Liquibase changelog, run at start-up on H2 and
 * PostgreSQL). Keycloak names the changelog table after the first ten letters of the factory id
 * ({@code DATABASECHANGELOG_ALPENLOCK_}, shared with the other Alpenlock tables; each changelog has its own file
 * name and changeSet ids).
 */
public class MailboxLinksJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/alpenlock-mailbox-links-changelog.xml";

    @Override
    public List<Class<?>> getEntities() {
        return List.of(MailboxLinkEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return MailboxLinksJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
