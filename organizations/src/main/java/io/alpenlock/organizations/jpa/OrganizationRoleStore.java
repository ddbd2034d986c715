package io.alpenlock.organizations.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.alpenlock.organizations.claim.OrganizationMembership;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.StoredGrants;
import io.alpenlock.organizations.roles.Decision;
import io.alpenlock.organizations.roles.MembershipRules;
import io.alpenlock.organizations.roles.OrganizationRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.jpa.entities.OrganizationEntity;
import org.keycloak.storage.StorageId;

/**
 * Members' roles and product grants, in {@code ALPENLOCK_ORG_MEMBER_ROLE} beside Keycloak's own organization
 * tables. Nothing is cached: every read goes to the database, so a role change shows in the next token on any
 * node of a cluster.
 */
public final class OrganizationRoleStore {

    /**
     * The organizations a local user belongs to (Keycloak: a membership of the organization's group), with
     * the user's role row if there is one. Disabled organizations are left out.
     */
    private static final String LOCAL_MEMBERSHIPS = "select o.id, o.alias, o.name, r.role, r.products"
            + " from UserGroupMembershipEntity m"
            + " join OrganizationEntity o on o.groupId = m.groupId"
            + " left join OrganizationMemberRoleEntity r on r.organizationId = o.id and r.userId = :userId"
            + " where m.user.id = :userId and o.realmId = :realmId and o.enabled = true";

    /** The same for a user of a user-storage provider (group memberships kept by Keycloak's federated store). */
    private static final String FEDERATED_MEMBERSHIPS = "select o.id, o.alias, o.name, r.role, r.products"
            + " from FederatedUserGroupMembershipEntity m"
            + " join OrganizationEntity o on o.groupId = m.groupId"
            + " left join OrganizationMemberRoleEntity r on r.organizationId = o.id and r.userId = :userId"
            + " where m.userId = :userId and o.realmId = :realmId and o.enabled = true";

    private static final String COUNT_ROLE = "select count(r) from OrganizationMemberRoleEntity r"
            + " where r.organizationId = :organizationId and r.role = :role";

    private final EntityManager em;
    private final MembershipRules rules = new MembershipRules();

    public OrganizationRoleStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * Every organization of the realm that the user belongs to, with their role and grants: one query, however
     * many organizations. A member without a stored role holds {@link OrganizationRole#WITHOUT_ASSIGNMENT};
     * a stored role that no longer parses counts as {@link OrganizationRole#EXTERNAL} (the least).
     */
    public List<OrganizationMembership> membershipsOf(String realmId, String userId, ProductCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        String query = StorageId.isLocalStorage(userId) ? LOCAL_MEMBERSHIPS : FEDERATED_MEMBERSHIPS;
        List<Object[]> rows = em.createQuery(query, Object[].class)
                .setParameter("userId", userId)
                .setParameter("realmId", realmId)
                // a read of committed memberships: no need to flush what this request changed elsewhere first
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        List<OrganizationMembership> memberships = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            memberships.add(new OrganizationMembership((String) row[0], (String) row[1],
                    row[2] == null ? "" : (String) row[2], storedRole((String) row[3]),
                    StoredGrants.parse((String) row[4], catalogue)));
        }
        return memberships;
    }

    /**
     * Sets a member's role and grants as a realm administrator would, under a lock on the organization's row:
     * concurrent changes of one organization's roles run one after the other, so the number of legal
     * representatives counted here is still true when this transaction commits (two concurrent demotions of
     * the last two legal representatives cannot both pass). The caller has checked that the user is a member.
     *
     * @return empty when the realm has no such organization; otherwise the decision (applied if allowed)
     */
    public Optional<Decision> setRoleAsRealmAdministrator(String realmId, String organizationId, String userId,
            OrganizationRole role, ProductGrants grants) {
        OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (organization == null || !realmId.equals(organization.getRealmId())) {
            return Optional.empty();
        }
        OrganizationMemberRoleEntity row = em.find(OrganizationMemberRoleEntity.class,
                new OrganizationMemberRoleEntity.Key(organizationId, userId));
        if (row != null) {
            em.refresh(row);
        }
        OrganizationRole current = row == null ? OrganizationRole.WITHOUT_ASSIGNMENT : storedRole(row.getRole());
        long legalRepresentatives = em.createQuery(COUNT_ROLE, Long.class)
                .setParameter("organizationId", organizationId)
                .setParameter("role", OrganizationRole.LEGAL_REPRESENTATIVE.wireName())
                .getSingleResult();
        Decision decision = rules.decideForRealmAdministrator(current, role, grants, (int) legalRepresentatives);
        if (decision.isAllowed()) {
            if (row == null) {
                row = new OrganizationMemberRoleEntity(organizationId, userId, realmId);
                row.setRole(role.wireName());
                row.setProducts(StoredGrants.format(grants));
                em.persist(row);
            } else {
                row.setRole(role.wireName());
                row.setProducts(StoredGrants.format(grants));
            }
            em.flush();
        }
        return Optional.of(decision);
    }

    /** A member's stored role and grants ({@link OrganizationRole#WITHOUT_ASSIGNMENT} and none when no row). */
    public record StoredRole(OrganizationRole role, ProductGrants grants) {
    }

    /**
     * Locks the organization's row ({@code SELECT … FOR UPDATE}) so that concurrent changes of its members run
     * one after the other, then counts its legal representatives. Call before reading roles for a decision.
     *
     * @return empty when the realm has no such organization; otherwise the number of legal representatives
     */
    public Optional<Integer> lockAndCountLegalRepresentatives(String realmId, String organizationId) {
        OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (organization == null || !realmId.equals(organization.getRealmId())) {
            return Optional.empty();
        }
        long count = em.createQuery(COUNT_ROLE, Long.class)
                .setParameter("organizationId", organizationId)
                .setParameter("role", OrganizationRole.LEGAL_REPRESENTATIVE.wireName())
                .getSingleResult();
        return Optional.of((int) count);
    }

    /** A member's role and grants as stored now (re-read from the database, not from the persistence context). */
    public StoredRole roleOf(String organizationId, String userId, ProductCatalogue catalogue) {
        OrganizationMemberRoleEntity row = em.find(OrganizationMemberRoleEntity.class,
                new OrganizationMemberRoleEntity.Key(organizationId, userId));
        if (row == null) {
            return new StoredRole(OrganizationRole.WITHOUT_ASSIGNMENT, ProductGrants.NONE);
        }
        em.refresh(row);
        return new StoredRole(storedRole(row.getRole()), StoredGrants.parse(row.getProducts(), catalogue));
    }

    /** Every stored role of one organization, by user id (members without a row are absent). */
    public Map<String, StoredRole> rolesIn(String organizationId, ProductCatalogue catalogue) {
        Map<String, StoredRole> roles = new HashMap<>();
        em.createQuery("select r from OrganizationMemberRoleEntity r where r.organizationId = :organizationId",
                        OrganizationMemberRoleEntity.class)
                .setParameter("organizationId", organizationId)
                .getResultList()
                .forEach(row -> roles.put(row.getUserId(), new StoredRole(storedRole(row.getRole()),
                        StoredGrants.parse(row.getProducts(), catalogue))));
        return roles;
    }

    /** Stores a member's role and grants (the caller holds the organization's lock and has decided). */
    public void save(String realmId, String organizationId, String userId, OrganizationRole role, ProductGrants grants) {
        OrganizationMemberRoleEntity row = em.find(OrganizationMemberRoleEntity.class,
                new OrganizationMemberRoleEntity.Key(organizationId, userId));
        if (row == null) {
            row = new OrganizationMemberRoleEntity(organizationId, userId, realmId);
            row.setRole(role.wireName());
            row.setProducts(StoredGrants.format(grants));
            em.persist(row);
        } else {
            row.setRole(role.wireName());
            row.setProducts(StoredGrants.format(grants));
        }
        em.flush();
    }

    /** Forgets a member's role in one organization (they left it). */
    public void forget(String organizationId, String userId) {
        em.createQuery("delete from OrganizationMemberRoleEntity r where r.organizationId = :organizationId"
                        + " and r.userId = :userId")
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    /** Forgets a deleted user's roles in every organization of the realm. */
    public void forgetUser(String realmId, String userId) {
        em.createQuery("delete from OrganizationMemberRoleEntity r where r.realmId = :realmId and r.userId = :userId")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    private static OrganizationRole storedRole(String stored) {
        if (stored == null) {
            return OrganizationRole.WITHOUT_ASSIGNMENT;
        }
        try {
            return OrganizationRole.parse(stored);
        } catch (IllegalArgumentException damaged) {
            return OrganizationRole.EXTERNAL;
        }
    }
}
