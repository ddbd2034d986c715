package io.alpenlock.authenticators.backup;

import jakarta.persistence.EntityManager;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Which backup codes were used, in the shared database (table {@code ALPENLOCK_BACKUP_CODE_USE}), so every
 * node of a cluster sees the same and a use survives restarts.
 */
final class BackupCodeUses {

    private final KeycloakSession session;

    BackupCodeUses(KeycloakSession session) {
        this.session = session;
    }

    /**
     * Records the use of the code at {@code index} of a set. True for exactly one caller per code, even when
     * several nodes or threads claim it at the same moment: the insert runs and commits in a transaction of
     * its own (so the use stands even if the rest of the sign-in fails, and a refused insert does not spoil
     * the caller's transaction), and the primary key refuses every insert but the first. False also when the
     * set was deleted in the meantime (foreign key), which is right: its codes no longer work.
     */
    boolean claim(String credentialId, int index) {
        long now = Time.currentTimeMillis();
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), own -> {
                EntityManager em = entityManager(own);
                if (em.find(BackupCodeUseEntity.class, new BackupCodeUseEntity.Key(credentialId, index)) != null) {
                    return false; // used before: the usual case, answered without a failed insert
                }
                em.persist(new BackupCodeUseEntity(credentialId, index, now));
                em.flush();
                return true;
            });
        } catch (ModelDuplicateException e) {
            return false; // used at this very moment by another request, or its set was just replaced
        }
    }

    /** Codes of this set used so far. */
    int count(String credentialId) {
        Long used = entityManager(session).createNamedQuery(BackupCodeUseEntity.COUNT_BY_CREDENTIAL, Long.class)
                .setParameter("credentialId", credentialId)
                .getSingleResult();
        return used == null ? 0 : used.intValue();
    }

    /** Forgets the uses of a set that is being deleted (the foreign key would do it too). */
    void forget(String credentialId) {
        entityManager(session).createNamedQuery(BackupCodeUseEntity.DELETE_BY_CREDENTIAL)
                .setParameter("credentialId", credentialId)
                .executeUpdate();
    }

    private static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
