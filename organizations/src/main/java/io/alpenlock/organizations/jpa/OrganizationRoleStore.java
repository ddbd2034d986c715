package io.alpenlock.organizations.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.CachedUserModel;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.jpa.entities.OrganizationEntity;

/**
 * Members' roles and product grants, in {@code ALPENLOCK_ORG_MEMBER_ROLE} beside Keycloak's own organization
 * tables. Reads for decisions go to the database; the read for tokens ({@link #rolesOf}) is kept with the user in
 * Keycloak's user cache, which every write here invalidates on every node, so a role change shows in the next
 * token on any node of a cluster.
 */
public final class OrganizationRoleStore {

    /** One user's role rows in one realm: a read of the roles table alone, by its user index. */
    private static final String ROLES_OF_USER_SQL = "select ORG_ID, ROLE, PRODUCTS from %s"
            + " where USER_ID = ? and REALM_ID = ?";

    /** The key of a user's {@link MemberRoleRows} in their entry of Keycloak's user cache (+ realm id). */
    static final String CACHE_KEY = "alpenlock.organizations.roles:";

    private static final String COUNT_ROLE = "select count(r) from OrganizationMemberRoleEntity r"
            + " where r.organizationId = :organizationId and r.role = :role";

    private final KeycloakSession session;
    private final EntityManager em;
    private final MembershipRules rules = new MembershipRules();

    public OrganizationRoleStore(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * A user's role rows in one realm, for tokens. While Keycloak's user cache holds the user, the rows ride in
     * that entry ({@link CachedUserModel#getCachedWith()}): Keycloak drops the entry on every node when the user
     * changes, and every write of this store drops it too ({@link #evictCachedRoles}), after the database
     * commit, so a cached value is never older than the last committed change this node has been told of. Not
     * cached (no user cache, an entry being evicted, rows changed earlier in this request): one query.
     */
    public MemberRoleRows rolesOf(RealmModel realm, UserModel user) {
        String key = CACHE_KEY + realm.getId();
        boolean changedHere = session.getAttribute(key + ":" + user.getId()) != null;
        if (user instanceof CachedUserModel cached && !cached.isMarkedForEviction() && !changedHere) {
            if (cached.getCachedWith().get(key) instanceof MemberRoleRows rows) {
                return rows;
            }
            MemberRoleRows rows = readRoles(realm.getId(), user.getId());
            cached.getCachedWith().put(key, rows);
            return rows;
        }
        return readRoles(realm.getId(), user.getId());
    }

    /**
     * Plain SQL on the request's own connection: this read runs for tokens, where Hibernate's query machinery
     * cost more than the database did ({@code docs/benchmarks.md}). Nothing this request changed is flushed
     * first (the token endpoint changes no role).
     */
    private MemberRoleRows readRoles(String realmId, String userId) {
        String sql = String.format(ROLES_OF_USER_SQL, table(OrganizationMemberRoleEntity.TABLE));
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, userId);
                statement.setString(2, realmId);
                try (ResultSet rows = statement.executeQuery()) {
                    Map<String, MemberRoleRows.Row> byOrganization = new HashMap<>();
                    while (rows.next()) {
                        byOrganization.put(rows.getString(1), new MemberRoleRows.Row(rows.getString(2),
                                rows.getString(3)));
                    }
                    return new MemberRoleRows(realmId, byOrganization);
                }
            }
        });
    }

    /**
     * Drops the user's entry from Keycloak's user cache on every node (Keycloak sends the invalidation after this
     * transaction commits), so that no node keeps the role rows this transaction changed.
     */
    private void evictCachedRoles(String realmId, String userId) {
        // the cache entry goes at commit; until then, this request's own reads bypass it
        session.setAttribute(CACHE_KEY + realmId + ":" + userId, Boolean.TRUE);
        UserCache cache = session.getProvider(UserCache.class);
        RealmModel realm = realmId == null ? null : session.realms().getRealm(realmId);
        if (cache == null || realm == null) {
            return; // no user cache: nothing is kept; no realm: no user either
        }
        UserModel user = cache.getUserById(realm, userId);
        if (user != null) {
            cache.evict(realm, user);
        }
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
        OrganizationRole current = row == null ? OrganizationRole.WITHOUT_ASSIGNMENT : OrganizationRole.fromStored(row.getRole());
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
            evictCachedRoles(realmId, userId);
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
        return new StoredRole(OrganizationRole.fromStored(row.getRole()), StoredGrants.parse(row.getProducts(), catalogue));
    }

    /** Every stored role of one organization, by user id (members without a row are absent). */
    public Map<String, StoredRole> rolesIn(String organizationId, ProductCatalogue catalogue) {
        Map<String, StoredRole> roles = new HashMap<>();
        em.createQuery("select r from OrganizationMemberRoleEntity r where r.organizationId = :organizationId",
                        OrganizationMemberRoleEntity.class)
                .setParameter("organizationId", organizationId)
                .getResultList()
                .forEach(row -> roles.put(row.getUserId(), new StoredRole(OrganizationRole.fromStored(row.getRole()),
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
        evictCachedRoles(realmId, userId);
    }

    /** Forgets a member's role in one organization (they left it). */
    public void forget(String organizationId, String userId) {
        OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId);
        String realmId = organization != null ? organization.getRealmId()
                : session.getContext().getRealm() == null ? null : session.getContext().getRealm().getId();
        em.createQuery("delete from OrganizationMemberRoleEntity r where r.organizationId = :organizationId"
                        + " and r.userId = :userId")
                .setParameter("organizationId", organizationId)
                .setParameter("userId", userId)
                .executeUpdate();
        evictCachedRoles(realmId, userId);
    }

    /** Forgets a deleted user's roles in every organization of the realm (Keycloak drops their cache entry). */
    public void forgetUser(String realmId, String userId) {
        em.createQuery("delete from OrganizationMemberRoleEntity r where r.realmId = :realmId and r.userId = :userId")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
    }
}
