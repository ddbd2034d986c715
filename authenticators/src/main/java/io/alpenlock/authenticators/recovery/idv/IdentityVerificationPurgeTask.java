package io.alpenlock.authenticators.recovery.idv;

import java.time.Clock;
import java.util.List;

import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import org.jboss.logging.Logger;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;

/**
 * Deletes requests past their retention, realm by realm (each with its realm's clock), and records a
 * {@code purged} event per request. Scheduled on every node inside Keycloak's
 * {@code ClusterAwareScheduledTaskRunner}, so one node at a time runs it.
 */
final class IdentityVerificationPurgeTask implements ScheduledTask {

    static final String NAME = "alpenlock-identity-verification-purge";

    private static final Logger LOG = Logger.getLogger(IdentityVerificationPurgeTask.class);

    private final IdentityVerificationPolicy policy;

    IdentityVerificationPurgeTask(IdentityVerificationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void run(KeycloakSession session) {
        IdentityVerificationStore store = new IdentityVerificationStore(session, policy,
                new IdentityVerificationClock(Clock.systemUTC(), policy.testClock()));
        for (String realmId : store.realmsWithRows()) {
            RealmModel realm = session.realms().getRealm(realmId);
            if (realm == null) {
                continue;
            }
            session.getContext().setRealm(realm);
            List<String> purged = store.purgeExpired(realm);
            for (String id : purged) {
                IdentityVerificationEvents.of(new EventBuilder(realm, session), IdentityVerificationEvents.PURGED, id).success();
            }
            if (!purged.isEmpty()) {
                LOG.debugf("Deleted %d expired identity verification request(s) of realm %s", purged.size(),
                        realm.getName());
            }
        }
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
