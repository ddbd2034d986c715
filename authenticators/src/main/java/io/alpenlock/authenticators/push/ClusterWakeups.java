package io.alpenlock.authenticators.push;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterEvent;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Tells every node that a challenge has been answered, through Keycloak's cluster events
 * ({@link ClusterProvider#notify}), so that a waiting page on any node wakes within milliseconds.
 *
 * <p>Keycloak serialises cluster events with ProtoStream and only knows its own event classes; an
 * extension cannot register a schema. So the challenge id travels in Keycloak's own
 * {@code AuthenticationSessionAuthNoteUpdateEvent} (its "session id" field), sent under our own task key
 * {@value #TASK_KEY}: only our listener receives it and Keycloak's own listener never sees it. That class
 * lives in keycloak-model-infinispan, which is not published for 26.7.3, so it is reached by reflection,
 * once, at start-up. If it cannot be (another Keycloak version), {@link #available()} is false, an
 * error is logged once and waiting pages fall back to re-reading the store every second.
 */
final class ClusterWakeups {

    static final String TASK_KEY = "alpenlock-push-answered";
    static final String EVENT_CLASS = "org.keycloak.models.cache.infinispan.events.AuthenticationSessionAuthNoteUpdateEvent";
    private static final String CARRIER_TAB = "alpenlock-push";
    private static final Logger LOG = Logger.getLogger(ClusterWakeups.class);

    private final MethodHandle create;
    private final MethodHandle challengeIdOf;
    private final Class<?> eventClass;

    private ClusterWakeups(Class<?> eventClass, MethodHandle create, MethodHandle challengeIdOf) {
        this.eventClass = eventClass;
        this.create = create;
        this.challengeIdOf = challengeIdOf;
    }

    /** Resolves the carrier event class through the cluster provider's class loader. */
    static ClusterWakeups resolve(ClusterProvider cluster) {
        try {
            Class<?> type = Class.forName(EVENT_CLASS, true, cluster.getClass().getClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle create = lookup.findStatic(type, "create",
                    MethodType.methodType(type, String.class, String.class, Map.class));
            MethodHandle id = lookup.findVirtual(type, "getAuthSessionId", MethodType.methodType(String.class));
            return new ClusterWakeups(type, create, id);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.errorf("Alpenlock push: cluster wake-ups unavailable (%s); waiting pages re-read the store every second",
                    e.toString());
            return new ClusterWakeups(null, null, null);
        }
    }

    boolean available() {
        return eventClass != null;
    }

    /** Subscribes the node's waiters to answers announced by any node (including this one). */
    void subscribe(ClusterProvider cluster, PushWaiters waiters) {
        if (!available()) {
            return;
        }
        cluster.registerListener(TASK_KEY, event -> {
            if (eventClass.isInstance(event)) {
                try {
                    String id = (String) challengeIdOf.invoke(event);
                    if (id != null) {
                        waiters.wake(id);
                    }
                } catch (Throwable e) {
                    LOG.debugf("Alpenlock push: unreadable wake-up event (%s)", e.toString());
                }
            }
        });
    }

    /** Announces that this challenge changed state; the waiting pages re-read it. */
    void publish(KeycloakSession session, String challengeId) {
        if (!available()) {
            return;
        }
        try {
            ClusterEvent event = (ClusterEvent) create.invoke(challengeId, CARRIER_TAB, Map.of());
            session.getProvider(ClusterProvider.class).notify(TASK_KEY, event, false);
        } catch (Throwable e) {
            LOG.warnf("Alpenlock push: could not announce an answer to the cluster (%s); the waiting page sees it "
                    + "on its next check", e.toString());
        }
    }
}
