package io.alpenlock.events;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Security notifications by e-mail. Realm admins switch it on in Realm settings → Events → Event
 * listeners ({@value #PROVIDER_ID}); operators can set the time zone used in the e-mails with
 * {@code --spi-events-listener--alpenlock-notifications--time-zone=Europe/Zurich}.
 */
public class NotificationEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-notifications";
    static final String TIME_ZONE = "time-zone";

    private static final Logger LOG = Logger.getLogger(NotificationEventListenerProviderFactory.class);

    private ZoneId zone = ZoneId.systemDefault();

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new NotificationEventListenerProvider(session, new NotificationMailer(zone));
    }

    @Override
    public void init(Config.Scope config) {
        String configured = config.get(TIME_ZONE);
        if (configured == null || configured.isBlank()) {
            return;
        }
        try {
            zone = ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.errorf("Invalid --spi-events-listener--%s--%s=%s (not a time zone id such as Europe/Zurich); using %s",
                    PROVIDER_ID, TIME_ZONE, configured, zone);
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(TIME_ZONE)
                .type("string")
                .helpText("Time zone used for times written in security e-mails (default: the server's).")
                .defaultValue(ZoneId.systemDefault().getId())
                .add()
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
