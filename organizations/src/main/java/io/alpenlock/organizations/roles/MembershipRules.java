package io.alpenlock.organizations.roles;

import static io.alpenlock.organizations.roles.OrganizationRole.EXTERNAL;
import static io.alpenlock.organizations.roles.OrganizationRole.LEGAL_REPRESENTATIVE;
import static io.alpenlock.organizations.roles.RefusalReason.CANNOT_RAISE_OWN_ROLE;
import static io.alpenlock.organizations.roles.RefusalReason.CANNOT_REMOVE_SELF;
import static io.alpenlock.organizations.roles.RefusalReason.EXTERNAL_CANNOT_MANAGE_PRODUCTS;
import static io.alpenlock.organizations.roles.RefusalReason.LAST_LEGAL_REPRESENTATIVE;
import static io.alpenlock.organizations.roles.RefusalReason.NOT_AN_ORGANIZATION_ADMIN;
import static io.alpenlock.organizations.roles.RefusalReason.NOT_A_MEMBER;
import static io.alpenlock.organizations.roles.RefusalReason.ONLY_LEGAL_REPRESENTATIVE_CHANGES_LEGAL_REPRESENTATIVE;
import static io.alpenlock.organizations.roles.RefusalReason.ONLY_LEGAL_REPRESENTATIVE_GRANTS_LEGAL_REPRESENTATIVE;
import static io.alpenlock.organizations.roles.RefusalReason.PRODUCTS_ONLY_FOR_COLLABORATORS_AND_EXTERNALS;
import static io.alpenlock.organizations.roles.RefusalReason.ROLE_UNCHANGED;

import java.util.Objects;

import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.roles.MembershipAction.ChangeRole;
import io.alpenlock.organizations.roles.MembershipAction.Invite;
import io.alpenlock.organizations.roles.MembershipAction.Leave;
import io.alpenlock.organizations.roles.MembershipAction.Remove;
import io.alpenlock.organizations.roles.MembershipAction.SetProducts;

/**
 * The one place that decides who may change the members of an organization. Every server-side path
 * (REST API, account console, admin tooling of our own) asks here before it changes anything; the
 * persistence layer reads the actor's role and the number of legal representatives under a lock, so
 * that two concurrent demotions of the last two legal representatives cannot both be allowed.
 *
 * <p>The rules, checked in this order (the first that applies gives the refusal):
 * <ol>
 * <li>Someone who is not a member can do nothing ({@code not-a-member}).</li>
 * <li><b>Change role</b>, of oneself: nobody raises their own role ({@code cannot-raise-own-role}); asking for
 * the role one has is refused ({@code role-unchanged}); any member may lower their own role, a legal
 * representative only while another one remains ({@code last-legal-representative}).</li>
 * <li><b>Change role</b>, of another member: only administrators and legal representatives
 * ({@code not-an-organization-admin}); only a legal representative changes a legal representative's role
 * ({@code only-legal-representative-changes-legal-representative}) or makes someone a legal representative
 * ({@code only-legal-representative-grants-legal-representative}); the same role again is refused
 * ({@code role-unchanged}); the last legal representative is never demoted ({@code last-legal-representative}).
 * Administrators may promote others up to administrator and demote other administrators.</li>
 * <li><b>Set products</b>: only administrators and legal representatives, also for themselves
 * ({@code not-an-organization-admin}); only collaborators and externals hold grants
 * ({@code products-only-for-collaborators-and-externals}); externals hold {@code use} grants only
 * ({@code external-cannot-manage-products}). Setting the grants a member already has is allowed (the call
 * replaces the grants; it is idempotent).</li>
 * <li><b>Invite</b>: only administrators and legal representatives; only a legal representative invites a
 * legal representative; grants only for an invited collaborator or external, {@code use} only for an
 * external. Whether the invited person is already a member is for the caller to check.</li>
 * <li><b>Remove</b>: not oneself ({@code cannot-remove-self}: leave instead); only administrators and legal
 * representatives; only a legal representative removes a legal representative; never the last one.</li>
 * <li><b>Leave</b>: every member may leave, except the last legal representative.</li>
 * </ol>
 * Impossible situations (a negative count, fewer legal representatives than the actor and target who
 * hold that role, a target who is the actor but with another role) are programming errors and throw
 * {@link IllegalArgumentException}.
 */
public final class MembershipRules {

    /**
     * Decides on one change.
     *
     * @param actor                who asks, with their current role
     * @param action               the change
     * @param legalRepresentatives how many legal representatives the organization has now
     */
    public Decision decide(Actor actor, MembershipAction action, int legalRepresentatives) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        checkPossible(actor, target(action), legalRepresentatives);
        if (!actor.isMember()) {
            return Decision.refused(NOT_A_MEMBER);
        }
        OrganizationRole actorRole = actor.role().orElseThrow();
        if (action instanceof ChangeRole change) {
            return changeRole(actorRole, change.target(), change.newRole(), legalRepresentatives);
        }
        if (action instanceof SetProducts set) {
            return setProducts(actorRole, set.target().role(), set.grants());
        }
        if (action instanceof Invite invite) {
            return invite(actorRole, invite.role(), invite.grants());
        }
        if (action instanceof Remove remove) {
            return remove(actorRole, remove.target(), legalRepresentatives);
        }
        if (action instanceof Leave) {
            return leave(actorRole, legalRepresentatives);
        }
        throw new IllegalArgumentException("Unknown membership action " + action);
    }

    /**
     * Decides on a role (and product permissions) set by a realm administrator, who is not bound by the
     * organization's hierarchy: only the organization's invariants apply. The last legal representative is
     * never demoted ({@code last-legal-representative}); grants go to collaborators and externals only, and
     * {@code use} only for externals. Setting the current role again is allowed (it replaces the grants).
     *
     * @param currentRole          the member's role now ({@link OrganizationRole#WITHOUT_ASSIGNMENT} if none was set)
     * @param newRole              the role asked for
     * @param grants               the product permissions asked for ({@link ProductGrants#NONE} for none)
     * @param legalRepresentatives how many legal representatives the organization has now
     */
    public Decision decideForRealmAdministrator(OrganizationRole currentRole, OrganizationRole newRole,
            ProductGrants grants, int legalRepresentatives) {
        Objects.requireNonNull(currentRole, "current role");
        Objects.requireNonNull(newRole, "new role");
        Objects.requireNonNull(grants, "grants");
        checkPossible(Actor.nonMember(), Target.other(currentRole), legalRepresentatives);
        if (currentRole == LEGAL_REPRESENTATIVE && newRole != LEGAL_REPRESENTATIVE && legalRepresentatives <= 1) {
            return Decision.refused(LAST_LEGAL_REPRESENTATIVE);
        }
        return grants.isEmpty() ? Decision.allowed() : grantsFit(newRole, grants);
    }

    private static Decision changeRole(OrganizationRole actor, Target target, OrganizationRole newRole, int legalRepresentatives) {
        if (target.isActor()) {
            if (newRole.isHigherThan(actor)) {
                return Decision.refused(CANNOT_RAISE_OWN_ROLE);
            }
        } else {
            if (!actor.managesMembers()) {
                return Decision.refused(NOT_AN_ORGANIZATION_ADMIN);
            }
            if (target.role() == LEGAL_REPRESENTATIVE && actor != LEGAL_REPRESENTATIVE) {
                return Decision.refused(ONLY_LEGAL_REPRESENTATIVE_CHANGES_LEGAL_REPRESENTATIVE);
            }
            if (newRole == LEGAL_REPRESENTATIVE && actor != LEGAL_REPRESENTATIVE) {
                return Decision.refused(ONLY_LEGAL_REPRESENTATIVE_GRANTS_LEGAL_REPRESENTATIVE);
            }
        }
        if (newRole == target.role()) {
            return Decision.refused(ROLE_UNCHANGED);
        }
        if (target.role() == LEGAL_REPRESENTATIVE && legalRepresentatives <= 1) {
            return Decision.refused(LAST_LEGAL_REPRESENTATIVE);
        }
        return Decision.allowed();
    }

    private static Decision setProducts(OrganizationRole actor, OrganizationRole target, ProductGrants grants) {
        if (!actor.managesMembers()) {
            return Decision.refused(NOT_AN_ORGANIZATION_ADMIN);
        }
        return grantsFit(target, grants);
    }

    private static Decision invite(OrganizationRole actor, OrganizationRole role, ProductGrants grants) {
        if (!actor.managesMembers()) {
            return Decision.refused(NOT_AN_ORGANIZATION_ADMIN);
        }
        if (role == LEGAL_REPRESENTATIVE && actor != LEGAL_REPRESENTATIVE) {
            return Decision.refused(ONLY_LEGAL_REPRESENTATIVE_GRANTS_LEGAL_REPRESENTATIVE);
        }
        return grants.isEmpty() ? Decision.allowed() : grantsFit(role, grants);
    }

    /** Whether a member with this role may hold these grants. */
    private static Decision grantsFit(OrganizationRole role, ProductGrants grants) {
        if (!role.holdsProductGrants()) {
            return Decision.refused(PRODUCTS_ONLY_FOR_COLLABORATORS_AND_EXTERNALS);
        }
        if (role == EXTERNAL && grants.managesAnyProduct()) {
            return Decision.refused(EXTERNAL_CANNOT_MANAGE_PRODUCTS);
        }
        return Decision.allowed();
    }

    private static Decision remove(OrganizationRole actor, Target target, int legalRepresentatives) {
        if (target.isActor()) {
            return Decision.refused(CANNOT_REMOVE_SELF);
        }
        if (!actor.managesMembers()) {
            return Decision.refused(NOT_AN_ORGANIZATION_ADMIN);
        }
        if (target.role() == LEGAL_REPRESENTATIVE && actor != LEGAL_REPRESENTATIVE) {
            return Decision.refused(ONLY_LEGAL_REPRESENTATIVE_CHANGES_LEGAL_REPRESENTATIVE);
        }
        if (target.role() == LEGAL_REPRESENTATIVE && legalRepresentatives <= 1) {
            return Decision.refused(LAST_LEGAL_REPRESENTATIVE);
        }
        return Decision.allowed();
    }

    private static Decision leave(OrganizationRole actor, int legalRepresentatives) {
        if (actor == LEGAL_REPRESENTATIVE && legalRepresentatives <= 1) {
            return Decision.refused(LAST_LEGAL_REPRESENTATIVE);
        }
        return Decision.allowed();
    }

    private static Target target(MembershipAction action) {
        if (action instanceof ChangeRole change) {
            return change.target();
        }
        if (action instanceof SetProducts set) {
            return set.target();
        }
        if (action instanceof Remove remove) {
            return remove.target();
        }
        return null;
    }

    private static void checkPossible(Actor actor, Target target, int legalRepresentatives) {
        if (legalRepresentatives < 0) {
            throw new IllegalArgumentException("Negative number of legal representatives: " + legalRepresentatives);
        }
        if (target != null && target.isActor() && !actor.is(target.role())) {
            throw new IllegalArgumentException("The target is the actor but their roles differ: " + actor + ", " + target);
        }
        int known = (actor.is(LEGAL_REPRESENTATIVE) ? 1 : 0)
                + (target != null && !target.isActor() && target.role() == LEGAL_REPRESENTATIVE ? 1 : 0);
        if (legalRepresentatives < known) {
            throw new IllegalArgumentException("The organization has " + legalRepresentatives
                    + " legal representative(s) but " + known + " take part in this change");
        }
    }
}
