package io.alpenlock.authenticators.backup;

import java.util.Objects;

import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Hands out a first set of backup codes when a user gets a second factor: called wherever one is created
 * (set-up of an authenticator app, connecting the Alpenlock app, the device API).
 */
public final class BackupCodeActivation {

    private BackupCodeActivation() {
    }

    /**
     * After a second factor was added to the user: if the realm offers backup codes and the user has none,
     * the backup-codes page comes next in this sign-in (or at the next one, for the device API).
     *
     * @param authSession the sign-in in which the user set the factor up, or null (device API)
     */
    public static void afterSecondFactorAdded(RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        if (!isOffered(realm)
                || user.credentialManager().getStoredCredentialsByTypeStream(BackupCodeCredentialModel.TYPE).findAny().isPresent()) {
            return;
        }
        user.addRequiredAction(BackupCodesRequiredActionFactory.PROVIDER_ID);
        if (authSession != null) {
            authSession.setAuthNote(BackupCodeNotes.SECOND_FACTOR_SET_UP, "true");
        }
    }

    /** The realm's required action is enabled and one of its flows signs in with a backup code. */
    static boolean isOffered(RealmModel realm) {
        RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(BackupCodesRequiredActionFactory.PROVIDER_ID);
        if (action == null || !action.isEnabled()) {
            return false;
        }
        return realm.getAuthenticationFlowsStream()
                .flatMap(flow -> realm.getAuthenticationExecutionsStream(flow.getId()))
                .anyMatch(execution -> Objects.equals(execution.getAuthenticator(), BackupCodeAuthenticatorFactory.PROVIDER_ID)
                        && execution.getRequirement() != AuthenticationExecutionModel.Requirement.DISABLED);
    }
}
