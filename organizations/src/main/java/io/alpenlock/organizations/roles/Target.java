package io.alpenlock.organizations.roles;

import java.util.Objects;

/**
 * The existing member a change is about.
 *
 * @param role    the member's current role
 * @param isActor whether the member is the actor themself
 */
public record Target(OrganizationRole role, boolean isActor) {

    public Target {
        Objects.requireNonNull(role, "target role");
    }

    /** The actor themself, who holds {@code role}. */
    public static Target self(OrganizationRole role) {
        return new Target(role, true);
    }

    /** Another member than the actor. */
    public static Target other(OrganizationRole role) {
        return new Target(role, false);
    }
}
