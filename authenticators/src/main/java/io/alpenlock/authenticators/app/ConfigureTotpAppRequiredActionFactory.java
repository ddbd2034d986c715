package io.alpenlock.authenticators.app;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;

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
        factory.register(event -> {
            if (event instanceof RealmModel.RealmPostCreateEvent created) {
                register(created.getCreatedRealm());
            }
        });
    }

    void register(RealmModel realm) {
        if (realm.getRequiredActionProviderByAlias(PROVIDER_ID) != null) {
            return;
        }
        RequiredActionProviderModel action = new RequiredActionProviderModel();
        action.setAlias(PROVIDER_ID);
        action.setProviderId(PROVIDER_ID);
        action.setName(getDisplayText());
        action.setEnabled(true);
        action.setDefaultAction(false);
        action.setPriority(50);
        realm.addRequiredActionProvider(action);
    }

    @Override
    public void close() {
    }
}
