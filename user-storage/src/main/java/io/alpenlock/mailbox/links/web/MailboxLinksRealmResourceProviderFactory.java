package io.alpenlock.mailbox.links.web;

import jakarta.ws.rs.Path;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts {@code /realms/{realm}/alpenlock-mailboxes/}: the account holder's mailbox page
 * ({@link MailboxPageResource}) and the administrators' {@code admin/links} ({@link MailboxLinksAdminResource}).
 */
public class MailboxLinksRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-mailboxes";

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

    /** The {@code /alpenlock-mailboxes} root: the page itself, and {@code admin/}. */
    public static class Root extends MailboxPageResource {
        private final KeycloakSession session;

        Root(KeycloakSession session) {
            super(session);
            this.session = session;
        }

        @Path("admin")
        public MailboxLinksAdminResource admin() {
            return new MailboxLinksAdminResource(session);
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
