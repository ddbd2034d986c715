package io.alpenlock.authenticators.device;

import jakarta.ws.rs.Path;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@code /realms/{realm}/alpenlock/…}; today the device API under {@code device/}. */
public class AlpenlockRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "alpenlock";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new Root(session);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The {@code /alpenlock} root: one sub-resource per API. */
    public static class Root {
        private final KeycloakSession session;

        Root(KeycloakSession session) {
            this.session = session;
        }

        @Path("device")
        public DeviceResource device() {
            return new DeviceResource(session);
        }
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
