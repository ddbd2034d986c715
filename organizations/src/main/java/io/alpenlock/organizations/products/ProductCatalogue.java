package io.alpenlock.organizations.products;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The products a realm offers to organizations, in the order the realm administrator listed them.
 * Collaborators and externals get permissions on these products ({@link ProductGrants}); legal
 * representatives and administrators manage all of them.
 *
 * <p>The realm setting is a comma-separated list of {@code id=Name} entries, for example
 * {@code mail=Mail, drive=Drive, web-hosting=Web hosting, domains=Domains}. Spaces around entries, ids
 * and names are ignored, and so are empty entries (a trailing comma). Ids follow {@link ProductId}; names
 * follow {@link Product}; ids must be unique; at most {@value #MAX_PRODUCTS} products. A missing or blank
 * setting means the {@link #DEMO} catalogue.
 */
public final class ProductCatalogue {

    public static final int MAX_PRODUCTS = 50;

    /** The setting of the demo catalogue, used when a realm has none. */
    public static final String DEMO_SETTING = "mail=Mail, drive=Drive, web-hosting=Web hosting, domains=Domains";

    public static final ProductCatalogue DEMO = parse(DEMO_SETTING);

    private final Map<ProductId, Product> products;

    private ProductCatalogue(Map<ProductId, Product> products) {
        this.products = products;
    }

    /** The catalogue of a realm setting, or {@link #DEMO} when the setting is missing or blank. */
    public static ProductCatalogue fromSetting(String setting) {
        return setting == null || setting.isBlank() ? DEMO : parse(setting);
    }

    /**
     * Reads a catalogue setting.
     *
     * @throws InvalidProductException with a message for the realm administrator when the setting is empty
     *                                 or an entry is not valid
     */
    public static ProductCatalogue parse(String setting) {
        Objects.requireNonNull(setting, "product catalogue setting");
        Map<ProductId, Product> read = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            Product product = parseEntry(entry.strip());
            if (read.putIfAbsent(product.id(), product) != null) {
                throw new InvalidProductException("Product '" + product.id() + "' is listed twice.");
            }
            if (read.size() > MAX_PRODUCTS) {
                throw new InvalidProductException("At most " + MAX_PRODUCTS + " products can be listed.");
            }
        }
        if (read.isEmpty()) {
            throw new InvalidProductException("The product catalogue lists no product: write id=Name entries separated"
                    + " by commas, for example " + DEMO_SETTING + ".");
        }
        return new ProductCatalogue(Collections.unmodifiableMap(read));
    }

    private static Product parseEntry(String entry) {
        int equals = entry.indexOf('=');
        if (equals < 0) {
            throw new InvalidProductException("Product entry '" + ProductId.printable(entry)
                    + "' has no name: write it as id=Name, for example mail=Mail.");
        }
        String id = entry.substring(0, equals).strip();
        if (id.isEmpty()) {
            throw new InvalidProductException("Product entry '" + ProductId.printable(entry)
                    + "' has no id: write it as id=Name, for example mail=Mail.");
        }
        return new Product(new ProductId(id), entry.substring(equals + 1));
    }

    /** The products, in the order of the setting. */
    public List<Product> products() {
        return List.copyOf(products.values());
    }

    /** The product ids, in the order of the setting. */
    public Set<ProductId> ids() {
        return products.keySet();
    }

    public boolean contains(ProductId id) {
        return products.containsKey(id);
    }

    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    /** The product with this id, or an error naming the known ids (for API input). */
    public ProductId require(String id) {
        ProductId wanted = new ProductId(id);
        if (!contains(wanted)) {
            throw unknown(wanted);
        }
        return wanted;
    }

    InvalidProductException unknown(ProductId id) {
        List<String> known = new ArrayList<>();
        products.keySet().forEach(p -> known.add(p.value()));
        return new InvalidProductException("Unknown product '" + id + "': this realm offers " + String.join(", ", known)
                + ".");
    }

    /** The setting that reads back as this catalogue. */
    public String toSetting() {
        List<String> entries = new ArrayList<>();
        products.values().forEach(p -> entries.add(p.id() + "=" + p.displayName()));
        return String.join(", ", entries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductCatalogue catalogue && products().equals(catalogue.products());
    }

    @Override
    public int hashCode() {
        return products().hashCode();
    }

    @Override
    public String toString() {
        return "ProductCatalogue[" + toSetting() + "]";
    }
}
