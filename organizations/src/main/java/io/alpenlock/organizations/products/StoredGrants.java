package io.alpenlock.organizations.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The compact text form of a member's product grants in the database: {@code drive=manage,mail=use},
 * ordered by product id, empty for none. One column beside the role keeps the token mapper's read to one
 * row per organization, in one query.
 *
 * <p>Reading is lenient, because a stored value must never break a login: entries that do not parse are
 * skipped, and products the realm no longer offers are dropped ({@link ProductGrants#stored}).
 */
public final class StoredGrants {

    /** Longest text stored: {@value ProductCatalogue#MAX_PRODUCTS} products of the longest id, "manage", separators. */
    public static final int MAX_LENGTH = ProductCatalogue.MAX_PRODUCTS * (ProductId.MAX_LENGTH + "=manage,".length());

    private StoredGrants() {
    }

    /** The text for these grants ({@code ""} for none). */
    public static String format(ProductGrants grants) {
        Objects.requireNonNull(grants, "grants");
        List<String> entries = new ArrayList<>();
        grants.asMap().forEach((product, access) -> entries.add(product.value() + "=" + access.wireName()));
        return String.join(",", entries);
    }

    /** The grants a stored text gives in a realm with this catalogue ({@code null} or blank: none). */
    public static ProductGrants parse(String text, ProductCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        if (text == null || text.isBlank()) {
            return ProductGrants.NONE;
        }
        Map<ProductId, ProductAccess> read = new TreeMap<>();
        for (String entry : text.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                read.put(new ProductId(entry.substring(0, equals).strip()),
                        ProductAccess.parse(entry.substring(equals + 1)));
            } catch (InvalidProductException skipped) {
                // a damaged entry withdraws that product only
            }
        }
        return ProductGrants.stored(catalogue, read);
    }
}
