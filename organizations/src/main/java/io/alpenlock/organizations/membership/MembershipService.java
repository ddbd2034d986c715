package io.alpenlock.organizations.membership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.alpenlock.organizations.jpa.OrganizationRoleStore;
import io.alpenlock.organizations.jpa.OrganizationRoleStore.StoredRole;
import io.alpenlock.organizations.mapper.OrganizationRoleMapper;
import io.alpenlock.organizations.membership.Views.MemberView;
import io.alpenlock.organizations.membership.Views.OrganizationView;
import io.alpenlock.organizations.notices.MembershipNotices;
import io.alpenlock.organizations.products.InvalidProductException;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.roles.Actor;
import io.alpenlock.organizations.roles.Decision;
import io.alpenlock.organizations.roles.MembershipAction;
import io.alpenlock.organizations.roles.MembershipRules;
import io.alpenlock.organizations.roles.OrganizationRole;
import io.alpenlock.organizations.roles.Target;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Every membership operation, for every path (self-service API, members page, realm administrators' endpoint):
 * finds the organization and the member, locks the organization while it reads roles and counts legal
 * representatives, asks {@link MembershipRules}, stores the change, records an admin event and tells the people
 * concerned ({@link MembershipNotices}). Refusals throw {@link MembershipException} and change nothing.
 *
 * <p>An organization the caller does not belong to is answered like an unknown one (unless the caller is a
 * realm administrator), so members cannot probe which organizations exist.
 */
public final class MembershipService {

    /** Aliases: what Keycloak accepts in URLs and our token claim keys, kept simple. */
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_NAME = 255;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;
    private final OrganizationProvider organizations;
    private final OrganizationRoleStore store;
    private final MembershipRules rules = new MembershipRules();
    private final MembershipEvents events;

    public MembershipService(KeycloakSession session, RealmModel realm, Caller caller) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
        this.organizations = session.getProvider(OrganizationProvider.class);
        this.store = new OrganizationRoleStore(session);
        this.events = new MembershipEvents(session, realm, caller);
    }

    /** The realm's product catalogue (a broken setting is reported as a conflict, not guessed). */
    public ProductCatalogue catalogue() {
        try {
            return ProductCatalogue.fromSetting(realm.getAttribute(OrganizationRoleMapper.PRODUCTS_ATTRIBUTE));
        } catch (InvalidProductException e) {
            throw new MembershipException(MembershipException.Kind.CONFLICT, "invalid_product_catalogue",
                    "The realm's product catalogue (" + OrganizationRoleMapper.PRODUCTS_ATTRIBUTE + ") is not valid.");
        }
    }

    /** The caller's organizations with their role in each, ordered by alias. */
    public List<OrganizationView> myOrganizations() {
        return UserOrganizations.of(session, realm, caller.user(), catalogue()).stream()
                .map(m -> new OrganizationView(m.organizationId(), m.alias(), m.name(), m.role().wireName(),
                        Views.products(m.grants())))
                .sorted(Comparator.comparing(OrganizationView::alias))
                .toList();
    }

    /** Creates an organization whose legal representative is the caller. */
    public OrganizationView create(String name, String alias) {
        requireOrganizations();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw MembershipException.invalid("The name must be 1 to " + MAX_NAME + " characters, without control characters.");
        }
        String cleanAlias = alias == null ? "" : alias.strip().toLowerCase(Locale.ROOT);
        if (!ALIAS.matcher(cleanAlias).matches()) {
            throw MembershipException.invalid("The alias must be 1 to 63 lower-case letters, digits and inner hyphens"
                    + " (for example acme-sa).");
        }
        OrganizationModel organization;
        try {
            organization = organizations.create(cleanName, cleanAlias);
        } catch (ModelDuplicateException e) {
            throw new MembershipException(MembershipException.Kind.CONFLICT, "organization_exists",
                    "An organization with this name or alias already exists.");
        } catch (ModelException e) {
            throw MembershipException.invalid("The organization could not be created with this name and alias.");
        }
        organization.setEnabled(true);
        organizations.addMember(organization, caller.user());
        store.save(realm.getId(), organization.getId(), caller.user().getId(), OrganizationRole.LEGAL_REPRESENTATIVE,
                ProductGrants.NONE);
        events.created(organization, caller.user());
        return new OrganizationView(organization.getId(), organization.getAlias(), organization.getName(),
                OrganizationRole.LEGAL_REPRESENTATIVE.wireName(), Map.of());
    }

    /** Members of one of the caller's organizations (any member may see who belongs to it). */
    public List<MemberView> members(String organizationId) {
        OrganizationModel organization = organization(organizationId);
        if (!caller.realmAdministrator() && !organizations.isMember(organization, caller.user())) {
            throw MembershipException.noSuchOrganization();
        }
        ProductCatalogue catalogue = catalogue();
        Map<String, StoredRole> roles = store.rolesIn(organization.getId(), catalogue);
        List<MemberView> members = new ArrayList<>();
        organizations.getMembersStream(organization, (String) null, null, null, null).forEach(user -> {
            StoredRole stored = roles.getOrDefault(user.getId(),
                    new StoredRole(OrganizationRole.WITHOUT_ASSIGNMENT, ProductGrants.NONE));
            members.add(view(user, stored));
        });
        members.sort(Comparator.comparing((MemberView m) -> -OrganizationRole.parse(m.role()).rank())
                .thenComparing(m -> m.username() == null ? "" : m.username()));
        return members;
    }

    /** Gives a member another role (and the product permissions that go with it, for collaborators and externals). */
    public MemberView changeRole(String organizationId, String userId, OrganizationRole newRole, ProductGrants grants) {
        Objects.requireNonNull(newRole, "role");
        Objects.requireNonNull(grants, "grants");
        OrganizationModel organization = organization(organizationId);
        UserModel member = member(organization, userId);
        ProductCatalogue catalogue = catalogue();
        int legalRepresentatives = lock(organization);
        StoredRole current = store.roleOf(organization.getId(), member.getId(), catalogue);
        if (caller.realmAdministrator()) {
            require(rules.decideForRealmAdministrator(current.role(), newRole, grants, legalRepresentatives));
        } else {
            Actor actor = actor(organization, catalogue);
            boolean self = member.getId().equals(caller.user().getId());
            Target target = new Target(current.role(), self);
            require(rules.decide(actor, new MembershipAction.ChangeRole(target, newRole), legalRepresentatives));
            if (!grants.isEmpty()) {
                // The permissions sent with the new role are decided as "set products" by the same actor on a
                // member holding the new role. Product rules do not depend on the number of legal
                // representatives; one more is passed so that a new legal representative counts as possible.
                require(rules.decide(actor, new MembershipAction.SetProducts(Target.other(newRole), grants),
                        legalRepresentatives + 1));
            }
        }
        ProductGrants stored = newRole.holdsProductGrants() ? grants : ProductGrants.NONE;
        store.save(realm.getId(), organization.getId(), member.getId(), newRole, stored);
        events.roleChanged(organization, member, current, newRole, stored);
        if (current.role() != newRole) {
            MembershipNotices.of(session).roleChanged(realm, organization, member, current.role().wireName(),
                    newRole.wireName(), caller.displayName());
        }
        return view(member, new StoredRole(newRole, stored));
    }

    /** Replaces a collaborator's or external's product permissions. */
    public MemberView setProducts(String organizationId, String userId, ProductGrants grants) {
        Objects.requireNonNull(grants, "grants");
        OrganizationModel organization = organization(organizationId);
        UserModel member = member(organization, userId);
        ProductCatalogue catalogue = catalogue();
        int legalRepresentatives = lock(organization);
        StoredRole current = store.roleOf(organization.getId(), member.getId(), catalogue);
        if (caller.realmAdministrator()) {
            require(rules.decideForRealmAdministrator(current.role(), current.role(), grants, legalRepresentatives));
        } else {
            boolean self = member.getId().equals(caller.user().getId());
            require(rules.decide(actor(organization, catalogue),
                    new MembershipAction.SetProducts(new Target(current.role(), self), grants), legalRepresentatives));
        }
        store.save(realm.getId(), organization.getId(), member.getId(), current.role(), grants);
        events.productsSet(organization, member, current, grants);
        return view(member, new StoredRole(current.role(), grants));
    }

    /**
     * Invites a person by e-mail address. When a user of the realm has that address, they become a member at
     * once with the role and permissions given. Otherwise nothing happens. The caller learns nothing either way
     * (same answer), so the operation cannot be used to find out which addresses have an account.
     */
    public void invite(String organizationId, String email, OrganizationRole role, ProductGrants grants) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(grants, "grants");
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !address.matches("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+")) {
            throw MembershipException.invalid("'email' must be an e-mail address.");
        }
        OrganizationModel organization = organization(organizationId);
        ProductCatalogue catalogue = catalogue();
        int legalRepresentatives = lock(organization);
        if (caller.realmAdministrator()) {
            require(rules.decideForRealmAdministrator(OrganizationRole.WITHOUT_ASSIGNMENT, role, grants, legalRepresentatives));
        } else {
            require(rules.decide(actor(organization, catalogue), new MembershipAction.Invite(role, grants),
                    legalRepresentatives));
        }
        UserModel invited = session.users().getUserByEmail(realm, address);
        if (invited == null || invited.getServiceAccountClientLink() != null) {
            return;
        }
        if (organizations.isMember(organization, invited)) {
            // already there: nothing to do, and the same answer as for anyone else
            return;
        }
        ProductGrants stored = role.holdsProductGrants() ? grants : ProductGrants.NONE;
        organizations.addMember(organization, invited);
        store.save(realm.getId(), organization.getId(), invited.getId(), role, stored);
        events.invited(organization, invited, role, stored);
    }

    /** Takes a member out of the organization (their role row goes with them). */
    public void remove(String organizationId, String userId) {
        OrganizationModel organization = organization(organizationId);
        UserModel member = member(organization, userId);
        ProductCatalogue catalogue = catalogue();
        int legalRepresentatives = lock(organization);
        StoredRole current = store.roleOf(organization.getId(), member.getId(), catalogue);
        if (caller.realmAdministrator()) {
            // a realm administrator removes anyone but the last legal representative: the same invariant as
            // demoting them
            require(rules.decideForRealmAdministrator(current.role(), OrganizationRole.EXTERNAL, ProductGrants.NONE,
                    legalRepresentatives));
        } else {
            boolean self = member.getId().equals(caller.user().getId());
            require(rules.decide(actor(organization, catalogue),
                    new MembershipAction.Remove(new Target(current.role(), self)), legalRepresentatives));
        }
        organizations.removeMember(organization, member);
        store.forget(organization.getId(), member.getId());
        events.removed(organization, member, current);
    }

    /** The caller leaves one of their organizations; its administrators and legal representatives are told. */
    public void leave(String organizationId) {
        OrganizationModel organization = organization(organizationId);
        UserModel member = caller.user();
        if (!organizations.isMember(organization, member)) {
            throw MembershipException.noSuchOrganization();
        }
        ProductCatalogue catalogue = catalogue();
        int legalRepresentatives = lock(organization);
        StoredRole current = store.roleOf(organization.getId(), member.getId(), catalogue);
        require(rules.decide(Actor.member(current.role()), new MembershipAction.Leave(), legalRepresentatives));
        organizations.removeMember(organization, member);
        store.forget(organization.getId(), member.getId());
        events.left(organization, member, current);
        MembershipNotices.of(session).memberLeft(realm, organization, member, false);
    }

    private void requireOrganizations() {
        if (organizations == null || !realm.isOrganizationsEnabled()) {
            throw new MembershipException(MembershipException.Kind.NOT_FOUND, "not_found",
                    "Organizations are not enabled in this realm.");
        }
    }

    /** The organization, if it exists in this realm (any caller; membership is checked by the rules). */
    private OrganizationModel organization(String organizationId) {
        requireOrganizations();
        if (organizationId == null || organizationId.length() > 36) {
            throw MembershipException.noSuchOrganization();
        }
        OrganizationModel organization = organizations.getById(organizationId);
        if (organization == null) {
            throw MembershipException.noSuchOrganization();
        }
        if (!caller.realmAdministrator() && !organizations.isMember(organization, caller.user())) {
            throw MembershipException.noSuchOrganization();
        }
        return organization;
    }

    private UserModel member(OrganizationModel organization, String userId) {
        if (userId == null || userId.length() > 255) {
            throw MembershipException.noSuchMember();
        }
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null || !organizations.isMember(organization, user)) {
            throw MembershipException.noSuchMember();
        }
        return user;
    }

    /** The caller as the rules see them (re-read under the organization's lock). */
    private Actor actor(OrganizationModel organization, ProductCatalogue catalogue) {
        if (!organizations.isMember(organization, caller.user())) {
            return Actor.nonMember();
        }
        return Actor.member(store.roleOf(organization.getId(), caller.user().getId(), catalogue).role());
    }

    private int lock(OrganizationModel organization) {
        try {
            return store.lockAndCountLegalRepresentatives(realm.getId(), organization.getId())
                    .orElseThrow(MembershipException::noSuchOrganization);
        } catch (PessimisticLockException | LockTimeoutException e) {
            session.getTransactionManager().setRollbackOnly();
            throw MembershipException.busy();
        }
    }

    private static void require(Decision decision) {
        if (!decision.isAllowed()) {
            throw MembershipException.refused(decision.refusal().orElseThrow());
        }
    }

    private static MemberView view(UserModel user, StoredRole stored) {
        return new MemberView(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
                user.getLastName(), stored.role().wireName(), Views.products(stored.grants()));
    }
}
