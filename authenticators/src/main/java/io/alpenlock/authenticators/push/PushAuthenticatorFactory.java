package io.alpenlock.authenticators.push;

import java.util.List;

import io.alpenlock.authenticators.app.AppCredentialModel;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** "Alpenlock push approval": approve the sign-in in the Alpenlock app, with number matching. */
public class PushAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "alpenlock-push";
    /** Keycloak names a non-credential step in "try another way" lists by these theme message keys. */
    static final String DISPLAY_NAME_KEY = "alpenlock-push-display-name";
    static final String HELP_TEXT_KEY = "alpenlock-push-help-text";

    private static final PushAuthenticator SINGLETON = new PushAuthenticator();

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
        return "Alpenlock push approval";
    }

    @Override
    public String getHelpText() {
        return "Sends a push to the user's Alpenlock apps and waits for the approval; the page moves on by itself. "
                + "Number matching, one pending push per user, a push budget and a pause after \"this wasn't me\" "
                + "are set here (⚙). Put the app code step next to it as an alternative.";
    }

    @Override
    public String getReferenceCategory() {
        return AppCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return true;
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
        return PushSettings.properties();
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
