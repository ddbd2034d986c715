package io.alpenlock.authenticators.app;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** "Set up an authenticator app (offline codes)": required action and account-console action. */
public class ConfigureTotpAppRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-configure-totp-app";

    private static final ConfigureTotpAppRequiredAction SINGLETON = new ConfigureTotpAppRequiredAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Alpenlock: set up an authenticator app (offline codes)";
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    /** New realms (also imported ones) get this action registered and enabled, ready for flows. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        RealmRegistration.onNewRealms(factory, PROVIDER_ID, getDisplayText(), 50);
    }

    @Override
    public void close() {
    }
}
