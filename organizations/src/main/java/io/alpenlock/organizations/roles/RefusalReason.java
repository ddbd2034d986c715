package io.alpenlock.organizations.roles;

/**
 * Why {@link MembershipRules} refused a change. The {@linkplain #code() code} is stable and
 * machine-readable (API clients and message keys rely on it); the {@linkplain #message() message} is a
 * short English sentence for API error bodies.
 */
public enum RefusalReason {

    NOT_A_MEMBER("not-a-member", "You are not a member of this organization."),

    NOT_AN_ORGANIZATION_ADMIN("not-an-organization-admin",
            "Only an administrator or a legal representative of the organization can do this."),

    ONLY_LEGAL_REPRESENTATIVE_GRANTS_LEGAL_REPRESENTATIVE("only-legal-representative-grants-legal-representative",
            "Only a legal representative can make someone a legal representative."),

    ONLY_LEGAL_REPRESENTATIVE_CHANGES_LEGAL_REPRESENTATIVE("only-legal-representative-changes-legal-representative",
            "Only a legal representative can change the role of a legal representative or remove one."),

    LAST_LEGAL_REPRESENTATIVE("last-legal-representative",
            "The organization must keep at least one legal representative: appoint another one first."),

    CANNOT_RAISE_OWN_ROLE("cannot-raise-own-role", "Nobody can raise their own role."),

    ROLE_UNCHANGED("role-unchanged", "The member already has this role."),

    PRODUCTS_ONLY_FOR_COLLABORATORS_AND_EXTERNALS("products-only-for-collaborators-and-externals",
            "Product permissions are given to collaborators and externals only: administrators and legal"
                    + " representatives manage every product."),

    EXTERNAL_CANNOT_MANAGE_PRODUCTS("external-cannot-manage-products",
            "An external can be allowed to use products, not to manage them."),

    CANNOT_REMOVE_SELF("cannot-remove-self", "To leave the organization, leave it instead of removing yourself.");

    private final String code;
    private final String message;

    RefusalReason(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The stable code, kebab-case, for example {@code last-legal-representative}. */
    public String code() {
        return code;
    }

    /** A short English explanation for API error bodies. */
    public String message() {
        return message;
    }
}
