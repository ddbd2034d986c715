package io.alpenlock.authenticators.sms;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * "Alpenlock SMS code" ({@value #PROVIDER_ID}): a code sent by SMS to the user's verified mobile number, as a
 * flow step (for recovery flows; an SMS is too weak to be the only second factor of an account). Codes,
 * budgets and numbers follow the realm's phone and SMS settings ({@link SmsSettings}).
 */
public class SmsCodeAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "alpenlock-sms-code";
    static final String DISPLAY_NAME_KEY = "alpenlock-sms-code-display-name";
    static final String HELP_TEXT_KEY = "alpenlock-sms-code-help-text";

    private static final SmsCodeAuthenticator SINGLETON = new SmsCodeAuthenticator();

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
        return "Alpenlock SMS code";
    }

    @Override
    public String getHelpText() {
        return "Sends a code by SMS to the user's verified mobile number and asks for it. Numbers, code lifetime, "
                + "resend wait and SMS budgets are set on the required action 'Alpenlock: verify mobile number'. "
                + "Wrong codes count in brute-force protection.";
    }

    @Override
    public String getReferenceCategory() {
        return SmsCodes.CREDENTIAL_TYPE;
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
        return false;
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
