package io.alpenlock.organizations.membership;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.alpenlock.organizations.claim.OrganizationMembership;
import io.alpenlock.organizations.jpa.MemberRoleRows;
import io.alpenlock.organizations.jpa.OrganizationRoleStore;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.StoredGrants;
import io.alpenlock.organizations.roles.OrganizationRole;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The organizations a user belongs to, with their role and grants, for tokens and the caller's own list, read
 * from what Keycloak already keeps in its cluster-invalidated caches, so that it costs no database query while
 * those caches hold the user:
 * <ul>
 * <li>which organizations the user belongs to, with their id, alias, name and enabled flag: Keycloak's own
 * organization provider ({@code getByMember}), which Keycloak caches and invalidates on every node when a
 * membership or an organization changes;</li>
 * <li>the user's roles and grants: {@link OrganizationRoleStore#rolesOf}, kept with the user in Keycloak's user
 * cache; every role change drops that entry on every node.</li>
 * </ul>
 * When the user is not in the user cache, the roles cost one query (and Keycloak's organization cache, or its
 * one query, answers the memberships); never one query per organization.
 */
public final class UserOrganizations {

    private UserOrganizations() {
    }

    /** The user's enabled organizations in the realm with their role and grants, ordered by alias. */
    public static List<OrganizationMembership> of(KeycloakSession session, RealmModel realm, UserModel user,
            ProductCatalogue catalogue) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null) {
            return List.of(); // the server runs without Keycloak's organizations feature
        }
        MemberRoleRows roles = new OrganizationRoleStore(session).rolesOf(realm, user);
        Map<String, ProductGrants> grants = new HashMap<>(); // most members share a few grant texts
        return inRealm(session, realm, () -> organizations.getByMember(user)
                .filter(OrganizationModel::isEnabled)
                .map(organization -> {
                    MemberRoleRows.Row row = roles.in(organization.getId());
                    String products = row == null || row.products() == null ? "" : row.products();
                    String name = organization.getName();
                    return new OrganizationMembership(organization.getId(), organization.getAlias(),
                            name == null ? "" : name, OrganizationRole.fromStored(row == null ? null : row.role()),
                            grants.computeIfAbsent(products, text -> StoredGrants.parse(text, catalogue)));
                })
                .sorted(Comparator.comparing(OrganizationMembership::alias))
                .toList());
    }

    /** Keycloak's organization provider works on the context's realm: make sure it is the user's. */
    private static <T> T inRealm(KeycloakSession session, RealmModel realm, Supplier<T> read) {
        KeycloakContext context = session.getContext();
        RealmModel previous = context.getRealm();
        if (previous != null && previous.getId().equals(realm.getId())) {
            return read.get();
        }
        context.setRealm(realm);
        try {
            return read.get();
        } finally {
            context.setRealm(previous);
        }
    }
}
