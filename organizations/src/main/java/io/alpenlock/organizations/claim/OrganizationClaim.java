package io.alpenlock.organizations.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.EffectiveProductAccess;
import io.alpenlock.organizations.roles.OrganizationRole;

/**
 * Builds the value of the organizations claim from the organizations a user belongs to:
 *
 * <pre>
 * {"acme": {"id": "…", "name": "Acme SA", "role": "administrator", "products": ["mail"], "external": false}}
 * </pre>
 *
 * One entry per membership given, keyed by organization alias and ordered by alias; inside an entry the
 * keys come in the order above. {@code products} lists, sorted, the ids of the catalogue products the user
 * may use there (every product for administrators and legal representatives; see
 * {@link EffectiveProductAccess}), and is left out when the configuration says so. {@code external} is
 * true for externals, whom organization-wide calendar and address-book shares never count.
 */
public final class OrganizationClaim {

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String ROLE = "role";
    public static final String PRODUCTS = "products";
    public static final String EXTERNAL = "external";

    private final ProductCatalogue catalogue;
    private final boolean includeProducts;

    public OrganizationClaim(ProductCatalogue catalogue, OrganizationClaimConfig config) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.includeProducts = Objects.requireNonNull(config, "config").includeProducts();
    }

    /**
     * The claim value for these memberships (an empty map for none).
     *
     * @throws IllegalArgumentException if two memberships have the same alias: the claim could not tell them
     *                                  apart, and guessing one would authorise against the wrong organization
     */
    public Map<String, Object> build(List<OrganizationMembership> memberships) {
        Objects.requireNonNull(memberships, "memberships");
        List<OrganizationMembership> byAlias = new ArrayList<>(memberships);
        byAlias.sort(Comparator.comparing(OrganizationMembership::alias));
        Map<String, Object> claim = new LinkedHashMap<>();
        Map<List<Object>, List<String>> products = new HashMap<>(); // the same role and grants give the same list
        for (OrganizationMembership membership : byAlias) {
            if (claim.put(membership.alias(), entry(membership, products)) != null) {
                throw new IllegalArgumentException("Two organizations have the alias '" + membership.alias() + "'");
            }
        }
        return Collections.unmodifiableMap(claim);
    }

    private Map<String, Object> entry(OrganizationMembership membership, Map<List<Object>, List<String>> products) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(ID, membership.organizationId());
        entry.put(NAME, membership.name());
        entry.put(ROLE, membership.role().wireName());
        if (includeProducts) {
            entry.put(PRODUCTS, products.computeIfAbsent(List.of(membership.role(), membership.grants()),
                    key -> EffectiveProductAccess.of(membership.role(), membership.grants(), catalogue)
                            .usableProducts().stream().map(ProductId::value).toList()));
        }
        entry.put(EXTERNAL, membership.role() == OrganizationRole.EXTERNAL);
        return Collections.unmodifiableMap(entry);
    }
}
