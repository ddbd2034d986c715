package io.alpenlock.authenticators.push;

import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * What push approval needs beyond one request: this node's waiting pages and the cluster channel that
 * wakes them. One per server, created by the {@code alpenlock} realm resource factory and found by
 * everyone else through {@link #of(KeycloakSession)}.
 */
public final class PushRuntime {

    /** Implemented by the provider factory that owns the runtime. */
    public interface Owner {
        PushRuntime pushRuntime();
    }

    private final PushWaiters waiters = new PushWaiters();
    private volatile ClusterWakeups wakeups;

    /** Connects to the cluster once Keycloak is up (after migrations). */
    public void start(KeycloakSession session) {
        ClusterProvider cluster = session.getProvider(ClusterProvider.class);
        ClusterWakeups resolved = ClusterWakeups.resolve(cluster);
        resolved.subscribe(cluster, waiters);
        wakeups = resolved;
    }

    public static PushRuntime of(KeycloakSession session) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        Object owner = factory.getProviderFactory(RealmResourceProvider.class, "alpenlock");
        if (owner instanceof Owner o) {
            return o.pushRuntime();
        }
        throw new IllegalStateException("the alpenlock realm resource is not deployed");
    }

    PushWaiters waiters() {
        return waiters;
    }

    /** True when answers on other nodes wake this node's pages at once. */
    boolean wakesAcrossNodes() {
        ClusterWakeups current = wakeups;
        return current != null && current.available();
    }

    /** The wake-up key of "a new challenge for this user" (device long polls wait on it). */
    static String userKey(String realmId, String userId) {
        return "u:" + realmId + ":" + userId;
    }

    /** {@link #announce} once the current transaction has ended (so that whoever wakes reads the new state). */
    void announceAfterCommit(KeycloakSession session, String key) {
        session.getTransactionManager().enlistAfterCompletion(new org.keycloak.models.AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                announce(session, key);
            }

            @Override
            protected void rollbackImpl() {
                announce(session, key);
            }
        });
    }

    /** Announces a changed challenge to every node (this one included). */
    void announce(KeycloakSession session, String challengeId) {
        ClusterWakeups current = wakeups;
        if (current != null) {
            current.publish(session, challengeId);
        }
        waiters.wake(challengeId);
    }
}
