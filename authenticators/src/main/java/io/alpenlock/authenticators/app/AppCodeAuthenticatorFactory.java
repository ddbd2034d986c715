package io.alpenlock.authenticators.app;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** "Alpenlock app code": the offline 30-second code of the authenticator app, as a flow step. */
public class AppCodeAuthenticatorFactory implements AuthenticatorFactory {

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
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.ALTERNATIVE,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
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
}
