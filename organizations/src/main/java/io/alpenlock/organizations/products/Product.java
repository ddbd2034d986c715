package io.alpenlock.organizations.products;

import java.util.Objects;

/**
 * One product of a realm's catalogue: its id (used in tokens and the API) and the name people see.
 *
 * @param id          the product id
 * @param displayName what the account console and e-mails call it, 1 to {@value #MAX_NAME_LENGTH} characters
 */
public record Product(ProductId id, String displayName) {

    public static final int MAX_NAME_LENGTH = 80;

    public Product {
        Objects.requireNonNull(id, "product id");
        Objects.requireNonNull(displayName, "product name");
        displayName = displayName.strip();
        if (displayName.isEmpty()) {
            throw new InvalidProductException("Product '" + id + "' has no name: write it as " + id + "=Name.");
        }
        if (displayName.length() > MAX_NAME_LENGTH) {
            throw new InvalidProductException("The name of product '" + id + "' is longer than " + MAX_NAME_LENGTH
                    + " characters.");
        }
        if (displayName.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidProductException("The name of product '" + id + "' contains a control character.");
        }
    }
}
