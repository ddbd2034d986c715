package io.alpenlock.mailbox.links.web;

import java.util.List;

import jakarta.ws.rs.Path;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import io.alpenlock.mailbox.deletion.DeletionCheckConfig;
import io.alpenlock.mailbox.deletion.web.DeletionCheckScheduler;
import io.alpenlock.mailbox.deletion.web.MailboxPlatformResource;

/**
 * Mounts {@code /realms/{realm}/alpenlock-mailboxes/}: the account holder's mailbox page
 * ({@link MailboxPageResource}), the administrators' {@code admin/links} and {@code admin/deletion-check}
 * ({@link MailboxLinksAdminResource}) and the mail platform's {@code platform/mailbox-deleted}
 * ({@link MailboxPlatformResource}). Holds the deletion detection's settings ({@link DeletionCheckConfig}, SPI options
 * {@code --spi-realm-restapi-extension--alpenlock-mailboxes--*}) and schedules its periodic check.
 */
public class MailboxLinksRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-mailboxes";

    private static final Logger LOG = Logger.getLogger(MailboxLinksRealmResourceProviderFactory.class);

    private volatile DeletionCheckConfig deletionCheck = DeletionCheckConfig.DEFAULT;

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

        @Path("platform")
        public MailboxPlatformResource platform() {
            return new MailboxPlatformResource(session);
        }
    }

    @Override
    public void init(Config.Scope config) {
        try {
            deletionCheck = DeletionCheckConfig.from(config::get);
        } catch (IllegalArgumentException e) {
            LOG.errorf("Mailbox deletion detection uses its defaults because options are invalid"
                    + " (--spi-realm-restapi-extension--%s--...): %s", PROVIDER_ID, e.getMessage());
            deletionCheck = DeletionCheckConfig.DEFAULT;
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        DeletionCheckScheduler.register(factory, deletionCheck);
    }

    /** The deletion detection settings of this server (the defaults when the factory is not deployed). */
    static DeletionCheckConfig deletionCheck(KeycloakSession session) {
        Object factory = session.getKeycloakSessionFactory().getProviderFactory(RealmResourceProvider.class,
                PROVIDER_ID);
        return factory instanceof MailboxLinksRealmResourceProviderFactory own ? own.deletionCheck
                : DeletionCheckConfig.DEFAULT;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(DeletionCheckConfig.INTERVAL).type("int")
                .defaultValue(DeletionCheckConfig.DEFAULT_INTERVAL_SECONDS)
                .helpText("Seconds between two runs of the deleted-mailbox check (one node at a time), at least 5; 0 = off.").add()
                .property().name(DeletionCheckConfig.GUARD_MAX_PER_RUN).type("int")
                .defaultValue(io.alpenlock.mailbox.deletion.MassDeletionGuard.DEFAULT_MAX_PER_RUN)
                .helpText("Most addresses one check of a realm may treat as deleted; more and it deletes nothing.")
                .add()
                .property().name(DeletionCheckConfig.GUARD_MAX_PERCENT).type("int")
                .defaultValue(io.alpenlock.mailbox.deletion.MassDeletionGuard.DEFAULT_MAX_PERCENT)
                .helpText("Most share (percent) of the checked addresses one check may treat as deleted.").add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
