package io.alpenlock.authenticators.recovery.idv;

import java.time.Clock;

import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;
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
    public void close() {
    }
}
