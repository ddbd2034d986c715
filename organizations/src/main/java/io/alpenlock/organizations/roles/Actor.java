package io.alpenlock.organizations.roles;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for a membership change: a member of the organization with their current role, or someone
 * who is not a member of it.
 *
 * @param role the actor's role in the organization, empty when the actor is not a member
 */
public record Actor(Optional<OrganizationRole> role) {

    public Actor {
        Objects.requireNonNull(role, "role (use Actor.nonMember())");
    }

    public static Actor member(OrganizationRole role) {
        return new Actor(Optional.of(role));
    }

    public static Actor nonMember() {
        return new Actor(Optional.empty());
    }

    public boolean isMember() {
        return role.isPresent();
    }

    /** Whether the actor is a legal representative or an administrator of the organization. */
    public boolean managesMembers() {
        return role.map(OrganizationRole::managesMembers).orElse(false);
    }

    public boolean is(OrganizationRole wanted) {
        return role.map(wanted::equals).orElse(false);
    }

    @Override
    public String toString() {
        return role.map(r -> "Actor[" + r + "]").orElse("Actor[not a member]");
    }
}
