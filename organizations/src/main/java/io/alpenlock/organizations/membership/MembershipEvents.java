package io.alpenlock.organizations.membership;

import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.organizations.jpa.OrganizationRoleStore.StoredRole;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.StoredGrants;
import io.alpenlock.organizations.roles.OrganizationRole;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Records every membership change as a Keycloak admin event (resource type {@code ORGANIZATION_MEMBERSHIP},
 * path {@code organizations/{id}/members/{userId}}), with the caller as the actor, so that realm administrators
 * see them under Events → Admin events. The representation (stored when the realm keeps admin event details)
 * says what changed: {@code {"action", "organizationId", "memberId", "oldRole", "newRole", "products"}}; the
 * same facts are in the event's details, which are kept even when the realm does not keep representations.
 */
final class MembershipEvents {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;

    MembershipEvents(KeycloakSession session, RealmModel realm, Caller caller) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
    }

    void created(OrganizationModel organization, UserModel creator) {
        send(OperationType.CREATE, organization, creator, "create-organization", null,
                OrganizationRole.LEGAL_REPRESENTATIVE, ProductGrants.NONE);
    }

    void roleChanged(OrganizationModel organization, UserModel member, StoredRole old, OrganizationRole newRole,
            ProductGrants products) {
        send(OperationType.UPDATE, organization, member, "change-role", old.role(), newRole, products);
    }

    void productsSet(OrganizationModel organization, UserModel member, StoredRole old, ProductGrants products) {
        send(OperationType.UPDATE, organization, member, "set-products", old.role(), old.role(), products);
    }

    void invited(OrganizationModel organization, UserModel member, OrganizationRole role, ProductGrants products) {
        send(OperationType.CREATE, organization, member, "invite", null, role, products);
    }

    void removed(OrganizationModel organization, UserModel member, StoredRole old) {
        send(OperationType.DELETE, organization, member, "remove", old.role(), null, ProductGrants.NONE);
    }

    void left(OrganizationModel organization, UserModel member, StoredRole old) {
        send(OperationType.DELETE, organization, member, "leave", old.role(), null, ProductGrants.NONE);
    }

    private void send(OperationType operation, OrganizationModel organization, UserModel member, String action,
            OrganizationRole oldRole, OrganizationRole newRole, ProductGrants products) {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("action", action);
        representation.put("organizationId", organization.getId());
        representation.put("organizationAlias", organization.getAlias());
        representation.put("memberId", member.getId());
        representation.put("oldRole", oldRole == null ? null : oldRole.wireName());
        representation.put("newRole", newRole == null ? null : newRole.wireName());
        representation.put("products", Views.products(products));
        new AdminEventBuilder(realm, caller.auth(), session, session.getContext().getConnection())
                .operation(operation)
                .resource(ResourceType.ORGANIZATION_MEMBERSHIP)
                .resourcePath("organizations", organization.getId(), "members", member.getId())
                .representation(representation)
                .detail("action", action)
                .detail("organizationId", organization.getId())
                .detail("memberId", member.getId())
                .detail("oldRole", oldRole == null ? null : oldRole.wireName())
                .detail("newRole", newRole == null ? null : newRole.wireName())
                .detail("products", StoredGrants.format(products))
                .success();
    }
}
