package io.alpenlock.authenticators.app;

import io.alpenlock.authenticators.flow.AlpenlockAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** "Alpenlock app code": the offline 30-second code of the authenticator app, as a flow step. */
public class AppCodeAuthenticatorFactory extends AlpenlockAuthenticatorFactory {

    public static final String PROVIDER_ID = "alpenlock-app-code";
    /** Keycloak names a non-credential step in "try another way" lists by these theme message keys. */
    static final String DISPLAY_NAME_KEY = "alpenlock-app-code-display-name";
    static final String HELP_TEXT_KEY = "alpenlock-app-code-help-text";

    private static final AppCodeAuthenticator SINGLETON = new AppCodeAuthenticator();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Alpenlock app code";
    }

    @Override
    public String getHelpText() {
        return "Asks for the current 30-second code of one of the user's authenticator apps (the Alpenlock app "
                + "or a standard TOTP app). Each code works once; failures count in brute-force protection.";
    }

    /**
     * Our own credential type: the account console offers "Set up" for the credential types of the
     * flows' steps. Brute-force counting does not come from this category (see AppCodeAuthenticator).
     */
    @Override
    public String getReferenceCategory() {
        return AppCredentialModel.TYPE;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }
}
