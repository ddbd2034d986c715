package io.alpenlock.organizations.jpa;

import java.util.Map;

/**
 * One user's rows of the roles table in one realm, as stored (role and grant texts, unparsed, so that the value
 * does not depend on the realm's product catalogue), by organization id. Immutable: it is kept with the user in
 * Keycloak's user cache ({@link OrganizationRoleStore#rolesOf}).
 *
 * @param realmId        the realm the rows belong to
 * @param byOrganization role and grant texts by organization id; organizations without a row are absent
 */
public record MemberRoleRows(String realmId, Map<String, Row> byOrganization) {

    /** A stored role text ({@code null}: none) and grant text ({@code null} or empty: none). */
    public record Row(String role, String products) {
    }

    public MemberRoleRows {
        byOrganization = Map.copyOf(byOrganization);
    }

    /** The row for this organization, or {@code null} when the member has none there. */
    public Row in(String organizationId) {
        return byOrganization.get(organizationId);
    }
}
