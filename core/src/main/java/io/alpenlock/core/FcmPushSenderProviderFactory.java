package io.alpenlock.core;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.push.FcmConfig;
import io.alpenlock.core.push.FcmPushGateway;
import io.alpenlock.core.push.PushGateway;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * Pushes through Firebase Cloud Messaging (HTTP v1). Options {@code --spi-alpenlock-push-sender--fcm--*} (see
 * {@link FcmConfig}). Owns its own named FirebaseApp, deleted in {@link #close()}. When it is the selected sender
 * and misconfigured, one ERROR names the options to fix; Keycloak still starts and the sender answers
 * {@code Unavailable}. The default sender when none is selected, unless the dev outbox is enabled.
 */
public final class FcmPushSenderProviderFactory implements PushSenderProviderFactory, ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "fcm";

    private static final Logger LOG = Logger.getLogger(FcmPushSenderProviderFactory.class);

    private volatile PushGateway gateway = PushGateway.unavailable("not-initialised");
    private volatile FcmConfig config;
    private volatile List<ConfigProblem> problems = List.of();

    @Override
    public void init(Config.Scope scope) {
        config = FcmConfig.from(KeycloakOptions.values(scope, PushSenderSpi.NAME, PROVIDER_ID));
        try {
            gateway = FcmPushGateway.create(config, Clock.systemUTC(), "alpenlock-fcm-" + UUID.randomUUID());
            problems = List.of();
        } catch (InvalidConfigException e) {
            gateway = PushGateway.unavailable("not-configured");
            problems = e.problems();
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (!KeycloakOptions.isSelected(factory, PushSenderProvider.class, PROVIDER_ID)) {
            LOG.debugf("FCM push sender loaded but not selected");
            return;
        }
        if (!problems.isEmpty()) {
            LOG.errorf("The Alpenlock push sender '%s' is selected but not configured, so no push can be sent: "
                    + "%s. Set these options (for development only, select %s=%s instead).",
                    PROVIDER_ID, KeycloakOptions.describe(problems),
                    "--spi-" + PushSenderSpi.NAME + "--provider", OutboxPushSenderProviderFactory.PROVIDER_ID);
            return;
        }
        LOG.infof("Alpenlock push sender: Firebase Cloud Messaging with key file %s", config.credentialsFile());
        config.baseUrl().ifPresent(url -> LOG.warnf("FCM requests go to %s instead of Google (%s%s is for tests "
                + "only)", url, KeycloakOptions.prefix(PushSenderSpi.NAME, PROVIDER_ID), FcmConfig.BASE_URL));
    }

    @Override
    public PushSenderProvider create(KeycloakSession session) {
        return new GatewayPushSenderProvider(gateway);
    }

    @Override
    public void close() {
        gateway.close();
    }

    /** Shown to realm admins under Provider info: whether the gateway can send, and what to fix if not. */
    @Override
    public Map<String, String> getOperationalInfo() {
        return GatewayStatus.operationalInfo(gateway.isAvailable(), problems);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Above the outbox sender's 0, below its 2 when the dev outbox is enabled: see {@link PushSenderSpi}. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(FcmConfig.CREDENTIALS_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Path of the Firebase service-account JSON key file.").add()
                .property().name(FcmConfig.PROJECT_ID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Firebase project id; default: project_id of the key file.").add()
                .property().name(FcmConfig.CONNECT_TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(FcmConfig.DEFAULT_TIMEOUT.toMillis()).helpText("Connect timeout (ms).").add()
                .property().name(FcmConfig.READ_TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(FcmConfig.DEFAULT_TIMEOUT.toMillis()).helpText("Read timeout (ms).").add()
                .property().name(FcmConfig.TTL_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(FcmConfig.DEFAULT_TTL_SECONDS).helpText("How long FCM keeps an undelivered push.").add()
                .property().name(FcmConfig.APNS_ALERT_LOC_KEY).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(FcmConfig.DEFAULT_APNS_ALERT_LOC_KEY)
                .helpText("iOS: localisation key of the alert shown by the app.").add()
                .property().name(FcmConfig.BASE_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Tests only: base URL replacing Google's FCM and OAuth endpoints.").add()
                .build();
    }
}
