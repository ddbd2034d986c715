package io.alpenlock.core;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.sms.SmsGateway;
import io.alpenlock.core.sms.TwilioConfig;
import io.alpenlock.core.sms.TwilioSmsGateway;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * SMS through Twilio. Options {@code --spi-alpenlock-sms-sender--twilio--*} (see {@link TwilioConfig}). When it is
 * the selected sender and misconfigured, one ERROR names the options to fix; Keycloak still starts and the sender
 * answers {@code Unavailable}. The default sender when none is selected, unless the dev outbox is enabled.
 */
public final class TwilioSmsSenderProviderFactory implements SmsSenderProviderFactory, ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "twilio";

    private static final Logger LOG = Logger.getLogger(TwilioSmsSenderProviderFactory.class);

    private volatile SmsGateway gateway = SmsGateway.unavailable("not-initialised");
    private volatile TwilioConfig config;
    private volatile List<ConfigProblem> problems = List.of();

    @Override
    public void init(Config.Scope scope) {
        config = TwilioConfig.from(KeycloakOptions.values(scope, SmsSenderSpi.NAME, PROVIDER_ID));
        try {
            gateway = TwilioSmsGateway.create(config);
            problems = List.of();
        } catch (InvalidConfigException e) {
            gateway = SmsGateway.unavailable("not-configured");
            problems = e.problems();
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (!KeycloakOptions.isSelected(factory, SmsSenderProvider.class, PROVIDER_ID)) {
            LOG.debugf("Twilio SMS sender loaded but not selected");
            return;
        }
        if (!problems.isEmpty()) {
            LOG.errorf("The Alpenlock SMS sender '%s' is selected but not configured, so no SMS can be sent: %s. "
                    + "Set these options (for development only, select %s=%s instead).",
                    PROVIDER_ID, KeycloakOptions.describe(problems),
                    "--spi-" + SmsSenderSpi.NAME + "--provider", OutboxSmsSenderProviderFactory.PROVIDER_ID);
            return;
        }
        LOG.infof("Alpenlock SMS sender: Twilio account %s, sender %s", config.accountSid(),
                config.messagingService().orElse(config.from()));
        config.baseUrl().ifPresent(url -> LOG.warnf("Twilio requests go to %s instead of Twilio (%s%s is for "
                + "tests only)", url, KeycloakOptions.prefix(SmsSenderSpi.NAME, PROVIDER_ID), TwilioConfig.BASE_URL));
    }

    @Override
    public SmsSenderProvider create(KeycloakSession session) {
        return new GatewaySmsSenderProvider(gateway);
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

    /** Above the outbox sender's 0, below its 2 when the dev outbox is enabled: see {@link SmsSenderSpi}. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(TwilioConfig.ACCOUNT_SID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Twilio Account SID (AC...).").add()
                .property().name(TwilioConfig.AUTH_TOKEN).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Auth token of the account; or use api-key and api-secret.").add()
                .property().name(TwilioConfig.API_KEY).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("API key SID (SK...), used with api-secret instead of the auth token.").add()
                .property().name(TwilioConfig.API_SECRET).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Secret of the API key.").add()
                .property().name(TwilioConfig.FROM).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Sender: E.164 number, short code or alphanumeric sender id.").add()
                .property().name(TwilioConfig.MESSAGING_SERVICE_SID).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Messaging Service SID (MG...), instead of from.").add()
                .property().name(TwilioConfig.CONNECT_TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(TwilioConfig.DEFAULT_TIMEOUT.toMillis()).helpText("Connect timeout (ms).").add()
                .property().name(TwilioConfig.READ_TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(TwilioConfig.DEFAULT_TIMEOUT.toMillis()).helpText("Response timeout (ms).").add()
                .property().name(TwilioConfig.BASE_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Tests only: base URL replacing https://api.twilio.com.").add()
                .build();
    }
}
