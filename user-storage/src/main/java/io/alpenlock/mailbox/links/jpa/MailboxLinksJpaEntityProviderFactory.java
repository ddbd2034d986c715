package io.alpenlock.mailbox.links.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.UserModel;

/**
 * Registers {@link MailboxLinksJpaEntityProvider}, and deletes a user's links with the user (same transaction);
 * a deleted realm takes its links along (foreign key {@code ON DELETE CASCADE}).
 */
public class MailboxLinksJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-mailbox-links";

    private static final MailboxLinksJpaEntityProvider PROVIDER = new MailboxLinksJpaEntityProvider();

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
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                new MailboxLinkStore(removed.getKeycloakSession())
                        .deleteOfUser(removed.getRealm().getId(), removed.getUser().getId());
            }
        });
    }

    @Override
    public void close() {
    }
}
