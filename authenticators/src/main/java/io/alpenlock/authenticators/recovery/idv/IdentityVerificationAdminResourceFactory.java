package io.alpenlock.authenticators.recovery.idv;

import java.time.Clock;
import java.util.List;

import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/**
 * Mounts {@code /admin/realms/{realm}/alpenlock-identity-verification} (Keycloak authenticates the caller as for
 * its own admin API; {@link IdentityVerificationAdminResource} requires manage-users), holds the feature's
 * settings (SPI options {@code --spi-admin-realm-restapi-extension--alpenlock-identity-verification--*}, see
 * {@link IdentityVerificationPolicy}) and schedules the cluster-aware purge of expired requests.
 */
public class IdentityVerificationAdminResourceFactory implements AdminRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-identity-verification";
    static final String OPTION_PREFIX = "--spi-admin-realm-restapi-extension--" + PROVIDER_ID + "--";

    private static final Logger LOG = Logger.getLogger(IdentityVerificationAdminResourceFactory.class);

    private volatile IdentityVerificationPolicy policy = IdentityVerificationPolicy.DEFAULT;

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        IdentityVerificationPolicy current = policy;
        return new AdminRealmResourceProvider() {
            @Override
            public Object getResource(KeycloakSession s, org.keycloak.models.RealmModel realm,
                    org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator auth,
                    org.keycloak.services.resources.admin.AdminEventBuilder adminEvent) {
                return new IdentityVerificationAdminResource(s, realm, auth, adminEvent, current);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        try {
            policy = IdentityVerificationPolicy.from(ConfigValues.of(config::get, OPTION_PREFIX));
        } catch (InvalidConfigException e) {
            LOG.errorf("Identity verification requests use their defaults because options are invalid: %s",
                    e.getMessage());
            policy = IdentityVerificationPolicy.DEFAULT;
        }
        if (policy.testClock()) {
            LOG.warnf("%stest-clock-enabled is on: the identity verification clock can be moved through the admin "
                    + "API. This is for tests only, never for production.", OPTION_PREFIX);
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                long interval = policy.purgeInterval().toMillis();
                try (KeycloakSession session = factory.create()) {
                    TimerProvider timer = session.getProvider(TimerProvider.class);
                    timer.schedule(new ClusterAwareScheduledTaskRunner(factory,
                            new IdentityVerificationPurgeTask(policy), interval), interval, interval);
                }
            }
        });
    }

    /** The settings of this server (the defaults when the factory is not deployed). */
    static IdentityVerificationPolicy policy(KeycloakSession session) {
        Object factory = session.getKeycloakSessionFactory().getProviderFactory(AdminRealmResourceProvider.class,
                PROVIDER_ID);
        return factory instanceof IdentityVerificationAdminResourceFactory own ? own.policy
                : IdentityVerificationPolicy.DEFAULT;
    }

    static IdentityVerificationClock clock(IdentityVerificationPolicy policy) {
        return new IdentityVerificationClock(Clock.systemUTC(), policy.testClock());
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(IdentityVerificationPolicy.RETENTION_HOURS).type("int").defaultValue(72)
                .helpText("Hours a request is kept; then it is invisible and deleted.").add()
                .property().name(IdentityVerificationPolicy.LINK_LIFESPAN_HOURS).type("int").defaultValue(24)
                .helpText("Hours an approval's one-time reset link works (at most the retention).").add()
                .property().name(IdentityVerificationPolicy.PURGE_INTERVAL_SECONDS).type("int").defaultValue(900)
                .helpText("Seconds between two runs of the purge of expired requests (one node at a time).").add()
                .property().name(IdentityVerificationPolicy.BUDGET_PER_IP).type("string").defaultValue("10/1h")
                .helpText("Requests per client IP within a realm, e.g. 10/1h.").add()
                .property().name(IdentityVerificationPolicy.BUDGET_PER_IDENTIFIER).type("string").defaultValue("3/1d")
                .helpText("Requests per login identifier typed within a realm, e.g. 3/1d.").add()
                .property().name(IdentityVerificationPolicy.TEST_CLOCK).type("boolean").defaultValue(false)
                .helpText("TESTS ONLY: lets the admin API move this feature's clock per realm. Never in production.")
                .add()
                .build();
    }

    @Override
    public void close() {
    }
}
