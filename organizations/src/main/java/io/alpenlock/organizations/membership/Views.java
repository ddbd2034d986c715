package io.alpenlock.organizations.membership;

import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.roles.OrganizationRole;

/** What the API and the page show: plain records, turned into JSON as they are. */
public final class Views {

    private Views() {
    }

    /** One of the caller's organizations, with the caller's role there. */
    public record OrganizationView(String id, String alias, String name, String role,
            Map<String, String> products) {
    }

    /** A member of an organization with their role and product permissions. */
    public record MemberView(String id, String username, String email, String firstName, String lastName,
            String role, Map<String, String> products) {
    }

    static Map<String, String> products(ProductGrants grants) {
        Map<String, String> products = new LinkedHashMap<>();
        grants.asMap().forEach((product, access) -> products.put(product.value(), access.wireName()));
        return products;
    }

    static String role(OrganizationRole role) {
        return role.wireName();
    }
}
