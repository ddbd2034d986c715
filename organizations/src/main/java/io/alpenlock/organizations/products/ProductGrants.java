package io.alpenlock.organizations.products;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The explicit product permissions of one member: per product, {@link ProductAccess#USE} or
 * {@link ProductAccess#MANAGE}. Immutable; ordered by product id. A product without a grant is not
 * accessible. Only collaborators and externals hold grants (administrators and legal representatives
 * manage every product without them); whether a member may hold these grants is decided by the
 * membership rules, not here.
 */
public final class ProductGrants {

    public static final ProductGrants NONE = new ProductGrants(Collections.emptyNavigableMap());

    private final NavigableMap<ProductId, ProductAccess> grants;

    private ProductGrants(NavigableMap<ProductId, ProductAccess> grants) {
        this.grants = grants;
    }

    /**
     * Grants asked for by an administrator or the API: every product must be in the catalogue.
     *
     * @throws InvalidProductException naming the unknown product and the products the realm offers
     */
    public static ProductGrants of(ProductCatalogue catalogue, Map<ProductId, ProductAccess> grants) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(grants, "grants");
        for (ProductId product : grants.keySet()) {
            if (!catalogue.contains(Objects.requireNonNull(product, "product"))) {
                throw catalogue.unknown(product);
            }
        }
        return copy(grants);
    }

    /**
     * Grants read back from storage: products the realm no longer offers are dropped, so that removing a
     * product from the catalogue silently withdraws it rather than breaking every member who had it.
     */
    public static ProductGrants stored(ProductCatalogue catalogue, Map<ProductId, ProductAccess> grants) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(grants, "grants");
        TreeMap<ProductId, ProductAccess> known = new TreeMap<>(grants);
        known.keySet().retainAll(catalogue.ids());
        return copy(known);
    }

    private static ProductGrants copy(Map<ProductId, ProductAccess> grants) {
        if (grants.isEmpty()) {
            return NONE;
        }
        TreeMap<ProductId, ProductAccess> copy = new TreeMap<>();
        grants.forEach((product, access) -> copy.put(Objects.requireNonNull(product, "product"),
                Objects.requireNonNull(access, () -> "access to " + product)));
        return new ProductGrants(Collections.unmodifiableNavigableMap(copy));
    }

    /** The grants, ordered by product id. */
    public NavigableMap<ProductId, ProductAccess> asMap() {
        return grants;
    }

    public Optional<ProductAccess> accessTo(ProductId product) {
        return Optional.ofNullable(grants.get(product));
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    /** Whether any grant is {@link ProductAccess#MANAGE}. */
    public boolean managesAnyProduct() {
        return grants.containsValue(ProductAccess.MANAGE);
    }

    /** The products these grants let the member use (every granted product, since manage includes use). */
    public SortedSet<ProductId> usableProducts() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(grants.keySet()));
    }

    /** The same products with every {@code manage} lowered to {@code use} (what an external may hold). */
    public ProductGrants useOnly() {
        if (!managesAnyProduct()) {
            return this;
        }
        TreeMap<ProductId, ProductAccess> lowered = new TreeMap<>(grants);
        lowered.replaceAll((product, access) -> ProductAccess.USE);
        return copy(lowered);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductGrants that && grants.equals(that.grants);
    }

    @Override
    public int hashCode() {
        return grants.hashCode();
    }

    @Override
    public String toString() {
        return "ProductGrants" + grants;
    }
}
