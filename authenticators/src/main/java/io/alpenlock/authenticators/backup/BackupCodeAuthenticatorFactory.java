package io.alpenlock.authenticators.backup;

import io.alpenlock.authenticators.flow.AlpenlockAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

/** "Alpenlock backup code": one of the user's single-use backup codes, as a flow step. */
public class BackupCodeAuthenticatorFactory extends AlpenlockAuthenticatorFactory {

    public static final String PROVIDER_ID = "alpenlock-backup-code";
    /** Keycloak names a non-credential step in "try another way" lists (and our pages) by these theme keys. */
    static final String DISPLAY_NAME_KEY = "alpenlock-backup-code-display-name";
    static final String HELP_TEXT_KEY = "alpenlock-backup-code-help-text";

    private static final BackupCodeAuthenticator SINGLETON = new BackupCodeAuthenticator();

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
        return "Alpenlock backup code";
    }

    @Override
    public String getHelpText() {
        return "Asks for one of the user's ten single-use backup codes (for a lost phone). Put it as an alternative "
                + "after the app steps. Failures count in brute-force protection.";
    }

    /** The account console lists backup codes (count, Update) when a flow uses this step. */
    @Override
    public String getReferenceCategory() {
        return BackupCodeCredentialModel.TYPE;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.ALTERNATIVE,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }
}
