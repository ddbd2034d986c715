package io.alpenlock.authenticators.device;

import io.alpenlock.authenticators.push.PushRuntime;
import io.alpenlock.authenticators.push.PushWaitResource;
import jakarta.ws.rs.Path;
import org.keycloak.Config;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@code /realms/{realm}/alpenlock/…}: the device API under {@code device/} and the push waiting
 * page's long poll under {@code push/}. Owns the server's {@link PushRuntime}.
 */
public class AlpenlockRealmResourceProviderFactory implements RealmResourceProviderFactory, PushRuntime.Owner {

    public static final String PROVIDER_ID = "alpenlock";

    private final PushRuntime pushRuntime = new PushRuntime();

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new Root(session, pushRuntime);
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

        Root(KeycloakSession session, PushRuntime pushRuntime) {
            this.session = session;
            this.pushRuntime = pushRuntime;
        }

        @Path("device")
        public DeviceResource device() {
            return new DeviceResource(session, pushRuntime);
        }

        @Path("push")
        public PushWaitResource push() {
            return new PushWaitResource(session, pushRuntime);
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
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
