package io.alpenlock.organizations.roles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one role a member holds in an organization. Ordered from the highest to the lowest
 * {@linkplain #rank() rank}: legal representative, administrator, collaborator, external.
 */
public enum OrganizationRole {

    /** Represents the organization legally; the only role that can grant or take this role. */
    LEGAL_REPRESENTATIVE("legal-representative", 4),

    /** Manages members, roles and product permissions (except for legal representatives). */
    ADMINISTRATOR("administrator", 3),

    /** A member with explicit per-product permissions (use or manage). */
    COLLABORATOR("collaborator", 2),

    /**
     * Someone from outside the organization with limited rights: product permissions at {@code use} level
     * only, and never counted in organization-wide calendar or address-book shares.
     */
    EXTERNAL("external", 1);

    /**
     * The role of a member who was added to the organization without one (for example in Keycloak's admin
     * console): a collaborator without product permissions, who can do nothing until given more.
     */
    public static final OrganizationRole WITHOUT_ASSIGNMENT = COLLABORATOR;

    private final String wireName;
    private final int rank;

    OrganizationRole(String wireName, int rank) {
        this.wireName = wireName;
        this.rank = rank;
    }

    /** The name in tokens, the API and storage, for example {@code legal-representative}. */
    public String wireName() {
        return wireName;
    }

    /** Higher is more: 4 for a legal representative down to 1 for an external. */
    public int rank() {
        return rank;
    }

    public boolean isHigherThan(OrganizationRole other) {
        return rank > other.rank;
    }

    /** Legal representatives and administrators: they manage members, roles and product permissions. */
    public boolean managesMembers() {
        return this == LEGAL_REPRESENTATIVE || this == ADMINISTRATOR;
    }

    /** Collaborators and externals: the roles whose product access comes from explicit grants. */
    public boolean holdsProductGrants() {
        return this == COLLABORATOR || this == EXTERNAL;
    }

    /**
     * A role as stored in the roles table: no row ({@code null}) is {@link #WITHOUT_ASSIGNMENT}; a stored text
     * that no longer parses counts as {@link #EXTERNAL}, the least role, rather than failing a token or a page.
     */
    public static OrganizationRole fromStored(String stored) {
        if (stored == null) {
            return WITHOUT_ASSIGNMENT;
        }
        try {
            return parse(stored);
        } catch (IllegalArgumentException damaged) {
            return EXTERNAL;
        }
    }

    /**
     * Reads a wire name, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the accepted roles
     */
    public static OrganizationRole parse(String text) {
        Objects.requireNonNull(text, "organization role");
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (OrganizationRole role : values()) {
            if (role.wireName.equals(wanted)) {
                return role;
            }
        }
        String shown = text.strip();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "…";
        }
        throw new IllegalArgumentException("Unknown organization role '" + shown.replaceAll("\\p{Cntrl}", "?")
                + "': expected one of " + Arrays.stream(values()).map(OrganizationRole::wireName)
                        .collect(Collectors.joining(", ")) + ".");
    }
}
