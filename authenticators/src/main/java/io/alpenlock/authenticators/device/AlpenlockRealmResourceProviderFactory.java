package io.alpenlock.authenticators.device;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;

import io.alpenlock.authenticators.push.PushRuntime;
import io.alpenlock.authenticators.push.PushWaitResource;
import io.alpenlock.authenticators.recovery.ForgotIdentifierResource;
import io.alpenlock.authenticators.recovery.username.RecoveryUsernameAdminResource;
import jakarta.ws.rs.Path;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@code /realms/{realm}/alpenlock/…}: the device API under {@code device/}, the push waiting
 * page's long poll under {@code push/}, the "forgot your login identifier?" page under
 * {@code forgot-identifier} and the administrators' recovery-username trigger under {@code admin/}. Owns the server's {@link PushRuntime}.
 */
public class AlpenlockRealmResourceProviderFactory implements RealmResourceProviderFactory, PushRuntime.Owner {

    public static final String PROVIDER_ID = "alpenlock";

    private final PushRuntime pushRuntime = new PushRuntime();
    /**
     * Sends recovery SMS after the response, so that their time does not tell whether an account matched. A
     * per-node worker pool (no shared state), created with the factory and shut down with it.
     */
    private final ScheduledExecutorService recoverySms = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "alpenlock-recovery-sms");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new Root(session, pushRuntime, recoverySms);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The {@code /alpenlock} root: one sub-resource per API. */
    public static class Root {
        private final KeycloakSession session;
        private final PushRuntime pushRuntime;
        private final ScheduledExecutorService recoverySms;

        Root(KeycloakSession session, PushRuntime pushRuntime, ScheduledExecutorService recoverySms) {
            this.session = session;
            this.pushRuntime = pushRuntime;
            this.recoverySms = recoverySms;
        }

        @Path("device")
        public DeviceResource device() {
            return new DeviceResource(session, pushRuntime);
        }

        @Path("push")
        public PushWaitResource push() {
            return new PushWaitResource(session, pushRuntime);
        }

        @Path("forgot-identifier")
        public ForgotIdentifierResource forgotIdentifier() {
            return new ForgotIdentifierResource(session, recoverySms);
        }

        /** Realm administrators' calls (admin token, manage-users): {@code admin/login-mailbox-deleted}. */
        @Path("admin")
        public RecoveryUsernameAdminResource admin() {
            return new RecoveryUsernameAdminResource(session);
        }
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, pushRuntime::start);
            }
        });
    }

    @Override
    public PushRuntime pushRuntime() {
        return pushRuntime;
    }

    @Override
    public void close() {
        recoverySms.shutdown();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
