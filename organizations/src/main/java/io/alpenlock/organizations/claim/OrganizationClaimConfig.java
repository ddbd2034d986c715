package io.alpenlock.organizations.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The options of the organization-role mapper ({@code alpenlock-organization-roles}), read from the mapper's
 * configuration.
 *
 * @param claimName       the claim the organizations go into; default {@value #DEFAULT_CLAIM_NAME}
 * @param includeProducts whether each organization lists the products the user may use; default on
 */
public record OrganizationClaimConfig(String claimName, boolean includeProducts) {

    /** Key of the claim name; the same key Keycloak's own mappers use for theirs. */
    public static final String CLAIM_NAME = "claim.name";
    /** Key of the products switch: {@code true} or {@code false}. */
    public static final String INCLUDE_PRODUCTS = "include.products";

    public static final String DEFAULT_CLAIM_NAME = "organizations";

    public static final OrganizationClaimConfig DEFAULTS = new OrganizationClaimConfig(DEFAULT_CLAIM_NAME, true);

    public OrganizationClaimConfig {
        Objects.requireNonNull(claimName, "claim name");
        claimName = claimName.strip();
        if (claimName.isEmpty()) {
            throw new IllegalArgumentException("Blank claim name");
        }
    }

    /**
     * Reads a mapper configuration (may be null). A missing or blank claim name means
     * {@value #DEFAULT_CLAIM_NAME}; the products switch is on unless it says {@code false}.
     */
    public static OrganizationClaimConfig from(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        String claimName = config.get(CLAIM_NAME);
        String products = config.get(INCLUDE_PRODUCTS);
        return new OrganizationClaimConfig(claimName == null || claimName.isBlank() ? DEFAULT_CLAIM_NAME : claimName,
                products == null || !"false".equals(products.strip().toLowerCase(Locale.ROOT)));
    }

    /** What is wrong with a mapper configuration, in words for the admin console; empty when it is fine. */
    public static List<String> problems(Map<String, String> config) {
        List<String> problems = new ArrayList<>();
        if (config == null) {
            return problems;
        }
        String products = config.get(INCLUDE_PRODUCTS);
        if (products != null && !products.isBlank()
                && !List.of("true", "false").contains(products.strip().toLowerCase(Locale.ROOT))) {
            problems.add("'" + INCLUDE_PRODUCTS + "' must be true or false.");
        }
        return problems;
    }
}
