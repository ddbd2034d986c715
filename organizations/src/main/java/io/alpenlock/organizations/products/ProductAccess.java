package io.alpenlock.organizations.products;

import java.util.Locale;
import java.util.Objects;

/** How far a member's permission on one product goes. {@link #MANAGE} includes {@link #USE}. */
public enum ProductAccess {

    /** The member may use the product (for example read and send mail). */
    USE("use"),

    /** The member may also manage the product for the organization (for example create mailboxes). */
    MANAGE("manage");

    private final String wireName;

    ProductAccess(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the API and in stored grants: {@code use} or {@code manage}. */
    public String wireName() {
        return wireName;
    }

    /** Whether holding this level also gives {@code other}. */
    public boolean includes(ProductAccess other) {
        return compareTo(other) >= 0;
    }

    /** Reads {@code use} or {@code manage}, ignoring case and surrounding spaces. */
    public static ProductAccess parse(String text) {
        Objects.requireNonNull(text, "product access");
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ProductAccess access : values()) {
            if (access.wireName.equals(wanted)) {
                return access;
            }
        }
        throw new InvalidProductException("Unknown product access '" + ProductId.printable(text.strip())
                + "': expected use or manage.");
    }
}
