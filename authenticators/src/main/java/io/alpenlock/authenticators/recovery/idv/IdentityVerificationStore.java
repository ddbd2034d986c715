package io.alpenlock.authenticators.recovery.idv;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.alpenlock.core.recovery.idv.IdentityVerificationInput;
import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The requests table, seen through the feature's clock: a request older than the retention is never returned,
 * whether or not the purge has deleted it yet.
 */
final class IdentityVerificationStore {

    private final EntityManager em;
    private final IdentityVerificationPolicy policy;
    private final IdentityVerificationClock clock;

    IdentityVerificationStore(KeycloakSession session, IdentityVerificationPolicy policy, IdentityVerificationClock clock) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.policy = policy;
        this.clock = clock;
    }

    IdentityVerificationRequestEntity create(RealmModel realm, String identifier, String userId,
            IdentityVerificationInput input, String locale, String clientId) {
        IdentityVerificationRequestEntity entity = new IdentityVerificationRequestEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setIdentifier(identifier.length() > 255 ? identifier.substring(0, 255) : identifier);
        entity.setUserId(userId);
        entity.setFullName(input.fullName());
        entity.setContactEmail(input.contactEmail());
        entity.setContactPhone(input.contactPhone() == null ? null : input.contactPhone().value());
        entity.setMessage(input.message());
        entity.setLocale(locale);
        entity.setClientId(clientId);
        entity.setStatus(IdentityVerificationRequestEntity.Status.PENDING);
        entity.setCreatedAt(clock.now(realm).toEpochMilli());
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** Pending, unexpired requests of the realm, oldest first. */
    List<IdentityVerificationRequestEntity> pending(RealmModel realm) {
        return em.createNamedQuery(IdentityVerificationRequestEntity.PENDING, IdentityVerificationRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("cutoff", policy.cutoff(clock.now(realm)).toEpochMilli())
                .setMaxResults(500)
                .getResultList();
    }

    /** One unexpired request of the realm, whatever its status. */
    Optional<IdentityVerificationRequestEntity> find(RealmModel realm, String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        IdentityVerificationRequestEntity entity = em.find(IdentityVerificationRequestEntity.class, id);
        if (entity == null || !entity.getRealmId().equals(realm.getId()) || isExpired(realm, entity)) {
            return Optional.empty();
        }
        return Optional.of(entity);
    }

    boolean isExpired(RealmModel realm, IdentityVerificationRequestEntity entity) {
        return policy.isExpired(Instant.ofEpochMilli(entity.getCreatedAt()), clock.now(realm));
    }

    Instant expiresAt(IdentityVerificationRequestEntity entity) {
        return Instant.ofEpochMilli(entity.getCreatedAt()).plus(policy.retention());
    }

    /** Rows of this realm in the table, expired or not (for the test-only endpoint). */
    long countStored(RealmModel realm) {
        return em.createNamedQuery(IdentityVerificationRequestEntity.COUNT_STORED, Long.class)
                .setParameter("realmId", realm.getId()).getSingleResult();
    }

    /** Realm ids that have rows (the purge looks at each with its realm's clock). */
    List<String> realmsWithRows() {
        return em.createNamedQuery(IdentityVerificationRequestEntity.REALMS_WITH_ROWS, String.class).getResultList();
    }

    /** Deletes the realm's expired rows and returns their ids. */
    List<String> purgeExpired(RealmModel realm) {
        List<IdentityVerificationRequestEntity> expired = em.createNamedQuery(IdentityVerificationRequestEntity.EXPIRED,
                        IdentityVerificationRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("cutoff", policy.cutoff(clock.now(realm)).toEpochMilli())
                .setMaxResults(1000)
                .getResultList();
        expired.forEach(em::remove);
        em.flush();
        return expired.stream().map(IdentityVerificationRequestEntity::getId).toList();
    }

    Instant now(RealmModel realm) {
        return clock.now(realm);
    }
}
