package io.alpenlock.mailbox.deletion.web;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

import io.alpenlock.mailbox.deletion.DeletionCheckConfig;

/** Schedules {@link DeletionCheckTask} once Keycloak's database is ready (cluster-aware, one node at a time). */
public final class DeletionCheckScheduler {

    private DeletionCheckScheduler() {
    }

    public static void register(KeycloakSessionFactory factory, DeletionCheckConfig config) {
        if (!config.periodic()) {
            return;
        }
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                long interval = config.interval().toMillis();
                try (KeycloakSession session = factory.create()) {
                    session.getProvider(TimerProvider.class).schedule(new ClusterAwareScheduledTaskRunner(factory,
                            new DeletionCheckTask(config), interval), interval, interval);
                }
            }
        });
    }
}
