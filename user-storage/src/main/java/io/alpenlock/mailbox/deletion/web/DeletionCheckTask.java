package io.alpenlock.mailbox.deletion.web;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;

import io.alpenlock.mailbox.deletion.DeletionCheckConfig;

/**
 * The periodic deletion check: every accounts realm that names a mail realm or has links, each in its own
 * transaction (a failure in one realm does not undo another's). Scheduled on every node inside Keycloak's
 * {@code ClusterAwareScheduledTaskRunner}, so one node at a time runs it.
 */
final class DeletionCheckTask implements ScheduledTask {

    static final String NAME = "alpenlock-mailbox-deletion-check";

    private static final Logger LOG = Logger.getLogger(DeletionCheckTask.class);

    private final DeletionCheckConfig config;

    DeletionCheckTask(DeletionCheckConfig config) {
        this.config = config;
    }

    @Override
    public void run(KeycloakSession session) {
        List<String> realmIds = session.realms().getRealmsStream().map(RealmModel::getId).toList();
        for (String realmId : realmIds) {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), s -> {
                    RealmModel realm = s.realms().getRealm(realmId);
                    if (realm == null) {
                        return;
                    }
                    s.getContext().setRealm(realm);
                    DeletionChecks checks = new DeletionChecks(s, config);
                    if (!checks.concerns(realm)) {
                        return;
                    }
                    DeletionChecks.Summary summary = checks.run(realm);
                    if (summary.notFound() > 0 || !"completed".equals(summary.status())) {
                        LOG.debugf("deletion check of realm %s: %s", realm.getName(), summary.json());
                    }
                });
            } catch (RuntimeException e) {
                LOG.errorf("deletion check of realm %s failed: %s", realmId, e.getClass().getName());
            }
        }
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
