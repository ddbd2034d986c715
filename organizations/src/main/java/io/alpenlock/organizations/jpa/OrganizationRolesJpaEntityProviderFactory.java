package io.alpenlock.organizations.jpa;

import io.alpenlock.organizations.notices.AccountClosureNotices;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

/**
 * Registers {@link OrganizationRolesJpaEntityProvider} (the members' roles table), and forgets a member's
 * role when they leave an organization or their user is deleted, in the same transaction, so that someone
 * added again starts from {@link io.alpenlock.organizations.roles.OrganizationRole#WITHOUT_ASSIGNMENT}
 * instead of an old role. Just before a user is deleted (their own "delete account" or an administrator's
 * deletion), the administrators and legal representatives of each of their organizations are told
 * ({@link AccountClosureNotices}).
 */
public class OrganizationRolesJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-organizations";

    private static final OrganizationRolesJpaEntityProvider PROVIDER = new OrganizationRolesJpaEntityProvider();

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
            if (event instanceof OrganizationModel.OrganizationMemberLeaveEvent left) {
                new OrganizationRoleStore(left.getSession())
                        .forget(left.getOrganization().getId(), left.getUser().getId());
            } else if (event instanceof UserModel.UserPreRemovedEvent closing) {
                // memberships and roles are still there: collect who is told before they go
                AccountClosureNotices.userBeingRemoved(closing.getKeycloakSession(), closing.getRealm(),
                        closing.getUser());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                new OrganizationRoleStore(removed.getKeycloakSession())
                        .forgetUser(removed.getRealm().getId(), removed.getUser().getId());
            }
        });
    }

    @Override
    public void close() {
    }
}
