package io.alpenlock.organizations.roles;

import java.util.Objects;

import io.alpenlock.organizations.products.ProductGrants;

/** A change to the members of one organization that {@link MembershipRules} decides on. */
public sealed interface MembershipAction {

    /** Give an existing member another role. */
    record ChangeRole(Target target, OrganizationRole newRole) implements MembershipAction {
        public ChangeRole {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(newRole, "new role");
        }
    }

    /** Replace an existing member's product permissions by {@code grants} (empty: withdraw them all). */
    record SetProducts(Target target, ProductGrants grants) implements MembershipAction {
        public SetProducts {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(grants, "grants");
        }
    }

    /** Invite someone who is not a member yet, with the role and product permissions they will have. */
    record Invite(OrganizationRole role, ProductGrants grants) implements MembershipAction {
        public Invite {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(grants, "grants");
        }
    }

    /** Take an existing member out of the organization. */
    record Remove(Target target) implements MembershipAction {
        public Remove {
            Objects.requireNonNull(target, "target");
        }
    }

    /** The actor leaves the organization. */
    record Leave() implements MembershipAction {
    }
}
