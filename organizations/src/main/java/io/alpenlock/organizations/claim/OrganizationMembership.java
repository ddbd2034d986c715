package io.alpenlock.organizations.claim;

import java.util.Objects;

import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.roles.OrganizationRole;

/**
 * One organization a user belongs to, as the token claim needs it.
 *
 * @param organizationId the organization's id in Keycloak
 * @param alias          its alias (unique in the realm): the key of its entry in the claim
 * @param name           its display name
 * @param role           the user's role in it
 * @param grants         the user's stored product grants in it ({@link ProductGrants#NONE} for none)
 */
public record OrganizationMembership(String organizationId, String alias, String name, OrganizationRole role,
        ProductGrants grants) {

    public OrganizationMembership {
        requireText(organizationId, "organization id");
        requireText(alias, "organization alias");
        Objects.requireNonNull(name, "organization name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(grants, "grants");
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("Blank " + what);
        }
    }
}
