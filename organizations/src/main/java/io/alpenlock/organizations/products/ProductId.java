package io.alpenlock.organizations.products;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a product in a realm's {@link ProductCatalogue}, as it appears in tokens and in the
 * API: kebab-case, 1 to {@value #MAX_LENGTH} characters of {@code a-z}, {@code 0-9} and single inner
 * hyphens ({@code mail}, {@code web-hosting}).
 *
 * @param value the identifier
 */
public record ProductId(String value) implements Comparable<ProductId> {

    public static final int MAX_LENGTH = 40;

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ProductId {
        Objects.requireNonNull(value, "product id");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !KEBAB_CASE.matcher(value).matches()) {
            throw new InvalidProductException("Product id '" + printable(value) + "' is not valid: use 1 to "
                    + MAX_LENGTH + " lower-case letters, digits and single hyphens (for example web-hosting).");
        }
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Shortens and neutralises what an administrator typed, so that it can be quoted in an error message. */
    static String printable(String text) {
        String shown = text.length() > MAX_LENGTH + 10 ? text.substring(0, MAX_LENGTH + 10) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
