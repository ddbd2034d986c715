package io.alpenlock.authenticators.lifecycle;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Event listener {@value #PROVIDER_ID} (Realm settings → Events → Event listeners): when a user's last
 * second factor is removed in a realm that requires one, the set-up action goes back on the user.
 */
public class SecondFactorEventListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-second-factor";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SecondFactorEventListener(session);
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
