package io.alpenlock.authenticators.recovery;

import io.alpenlock.authenticators.flow.AlpenlockAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

/**
 * "Alpenlock recovery channel" ({@value #PROVIDER_ID}): in the reset-credentials flow, right after Keycloak's
 * "Choose User". See {@link RecoveryChannelAuthenticator} and docs/recovery.md for the whole flow.
 */
public class RecoveryChannelAuthenticatorFactory extends AlpenlockAuthenticatorFactory {

    public static final String PROVIDER_ID = "alpenlock-recovery-channel";

    private static final RecoveryChannelAuthenticator SINGLETON = new RecoveryChannelAuthenticator();

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
        return "Alpenlock recovery channel";
    }

    @Override
    public String getHelpText() {
        return "Forgotten password: lets the person pick how to prove the account (e-mail link or SMS code to the "
                + "verified mobile number) and checks the SMS code itself. Follow it with a conditional sub-flow "
                + "(Condition - Alpenlock recovery channel = email, Send Reset Email), the second-factor sub-flow and "
                + "Reset Password. Unknown identifiers get the same pages.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }
}
