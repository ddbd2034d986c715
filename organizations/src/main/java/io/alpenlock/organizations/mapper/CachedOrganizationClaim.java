package io.alpenlock.organizations.mapper;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.alpenlock.organizations.claim.OrganizationClaim;
import io.alpenlock.organizations.claim.OrganizationClaimConfig;
import io.alpenlock.organizations.claim.OrganizationMembership;
import io.alpenlock.organizations.membership.UserOrganizations;
import io.alpenlock.organizations.products.ProductCatalogue;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.CachedUserModel;

/**
 * The organizations claim of one user. Its inputs come from {@link UserOrganizations} (Keycloak's
 * cluster-invalidated caches); the built claim map is kept with the user in Keycloak's user cache together with
 * the inputs it was built from, and reused only when the inputs just read are equal to those, so it is never
 * older than its inputs (and goes with the user's cache entry).
 */
final class CachedOrganizationClaim {

    /** Key (+ realm id and the products setting) of the built claim in the user's cache entry. */
    private static final String CLAIM_KEY = "alpenlock.organizations.claim:";

    /** A claim map and what it was built from. */
    private record BuiltClaim(String catalogueSetting, List<OrganizationMembership> memberships,
            Map<String, Object> claim) {

        boolean builtFrom(String setting, List<OrganizationMembership> current) {
            return Objects.equals(catalogueSetting, setting) && memberships.equals(current);
        }
    }

    private CachedOrganizationClaim() {
    }

    /** The claim value for the user in the realm (unmodifiable; an empty map for no organization). */
    static Map<String, Object> claim(KeycloakSession session, RealmModel realm, UserModel user,
            String catalogueSetting, ProductCatalogue catalogue, OrganizationClaimConfig config) {
        List<OrganizationMembership> memberships = UserOrganizations.of(session, realm, user, catalogue);
        if (!(user instanceof CachedUserModel cached) || cached.isMarkedForEviction()) {
            return new OrganizationClaim(catalogue, config).build(memberships);
        }
        String key = CLAIM_KEY + realm.getId() + ":" + config.includeProducts();
        if (cached.getCachedWith().get(key) instanceof BuiltClaim built
                && built.builtFrom(catalogueSetting, memberships)) {
            return built.claim();
        }
        Map<String, Object> claim = new OrganizationClaim(catalogue, config).build(memberships);
        cached.getCachedWith().put(key, new BuiltClaim(catalogueSetting, memberships, claim));
        return claim;
    }

}
