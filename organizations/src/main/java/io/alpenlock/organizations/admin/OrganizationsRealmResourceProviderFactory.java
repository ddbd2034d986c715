package io.alpenlock.organizations.admin;

import io.alpenlock.organizations.api.SelfServiceResource;
import io.alpenlock.organizations.page.MembersPage;
import jakarta.ws.rs.Path;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@code /realms/{realm}/alpenlock-organizations/…}: for now, the realm administrators' {@code admin/}. */
public class OrganizationsRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-organizations";

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

    /** The {@code /alpenlock-organizations} root. */
    public static class Root {
        private final KeycloakSession session;

        Root(KeycloakSession session) {
            this.session = session;
        }

        @Path("me")
        public SelfServiceResource me() {
            return new SelfServiceResource(session);
        }

        @Path("members")
        public MembersPage members() {
            return new MembersPage(session);
        }

        @Path("admin")
        public OrganizationsAdminResource admin() {
            return new OrganizationsAdminResource(session);
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
