package io.alpenlock.authenticators.device;

import io.alpenlock.authenticators.app.RealmRegistration;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** "Connect the Alpenlock app": required action and account-console action. */
public class EnrollAppRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-enroll-app";

    private static final EnrollAppRequiredAction SINGLETON = new EnrollAppRequiredAction();

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
        return "Alpenlock: connect the Alpenlock app";
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        RealmRegistration.onNewRealms(factory, PROVIDER_ID, getDisplayText(), 40);
    }

    @Override
    public void close() {
    }
}
