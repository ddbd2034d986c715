package io.alpenlock.organizations.roles;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;

/**
 * What a member may actually do with each product of the realm's catalogue, given their role:
 * <ul>
 * <li>legal representatives and administrators manage every product (their stored grants, if any, do
 * not matter);</li>
 * <li>collaborators have exactly their grants;</li>
 * <li>externals have their grants at {@code use} level at most, even if a {@code manage} grant was stored
 * (the membership rules never let one be given; this keeps a stale one from counting).</li>
 * </ul>
 * Grants on products that are not in the catalogue are ignored.
 */
public final class EffectiveProductAccess {

    private final NavigableMap<ProductId, ProductAccess> access;

    private EffectiveProductAccess(NavigableMap<ProductId, ProductAccess> access) {
        this.access = access;
    }

    public static EffectiveProductAccess of(OrganizationRole role, ProductGrants grants, ProductCatalogue catalogue) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(grants, "grants");
        Objects.requireNonNull(catalogue, "catalogue");
        TreeMap<ProductId, ProductAccess> access = new TreeMap<>();
        if (role.managesMembers()) {
            catalogue.ids().forEach(product -> access.put(product, ProductAccess.MANAGE));
        } else {
            grants.asMap().forEach((product, granted) -> {
                if (catalogue.contains(product)) {
                    access.put(product, role == OrganizationRole.EXTERNAL ? ProductAccess.USE : granted);
                }
            });
        }
        return new EffectiveProductAccess(Collections.unmodifiableNavigableMap(access));
    }

    /** Per product, the level the member has; products without access are absent. Ordered by product id. */
    public NavigableMap<ProductId, ProductAccess> asMap() {
        return access;
    }

    public Optional<ProductAccess> accessTo(ProductId product) {
        return Optional.ofNullable(access.get(product));
    }

    public boolean mayUse(ProductId product) {
        return access.containsKey(product);
    }

    public boolean mayManage(ProductId product) {
        return access.get(product) == ProductAccess.MANAGE;
    }

    /** The products the member may use (or manage), ordered by id. */
    public SortedSet<ProductId> usableProducts() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(access.keySet()));
    }
}
