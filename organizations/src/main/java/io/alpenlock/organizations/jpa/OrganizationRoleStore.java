package io.alpenlock.organizations.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.util.JpaUtils;
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
     * The organizations a user belongs to (Keycloak: a membership of the organization's group; for users of a
     * user-storage provider, Keycloak's federated group memberships), with the user's role row if there is one.
     * Disabled organizations are left out. Plain SQL on the request's own connection: this read runs for every
     * token, and Hibernate's query machinery cost more than the database did ({@code docs/benchmarks.md}).
     * {@code %1$s}..{@code %3$s}: the membership, organization and role tables, qualified for the schema.
     */
    private static final String MEMBERSHIPS_SQL = "select o.ID, o.ALIAS, o.NAME, r.ROLE, r.PRODUCTS"
            + " from %1$s m"
            + " join %2$s o on o.GROUP_ID = m.GROUP_ID"
            + " left join %3$s r on r.ORG_ID = o.ID and r.USER_ID = ?"
            + " where m.USER_ID = ? and o.REALM_ID = ? and o.ENABLED = ?";

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
        String sql = String.format(MEMBERSHIPS_SQL,
                table(StorageId.isLocalStorage(userId) ? "USER_GROUP_MEMBERSHIP" : "FED_USER_GROUP_MEMBERSHIP"),
                table("ORG"), table(OrganizationMemberRoleEntity.TABLE));
        // a read of committed memberships on the request's connection: nothing this request changed elsewhere is
        // flushed first (the token endpoint changes nothing that this read needs)
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, userId);
                statement.setString(2, userId);
                statement.setString(3, realmId);
                statement.setBoolean(4, true);
                try (ResultSet rows = statement.executeQuery()) {
                    List<OrganizationMembership> memberships = new ArrayList<>();
                    Map<String, ProductGrants> grants = new HashMap<>(); // most members share a few grant texts
                    while (rows.next()) {
                        String name = rows.getString(3);
                        String products = rows.getString(5);
                        memberships.add(new OrganizationMembership(rows.getString(1), rows.getString(2),
                                name == null ? "" : name, storedRole(rows.getString(4)),
                                grants.computeIfAbsent(products == null ? "" : products,
                                        text -> StoredGrants.parse(text, catalogue))));
                    }
                    return memberships;
                }
            }
        });
    }

    private String table(String name) {
        return JpaUtils.getTableNameForNativeQuery(name, em);
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
