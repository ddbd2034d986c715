package io.alpenlock.authenticators.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.app.ConfigureTotpAppRequiredActionFactory;
import io.alpenlock.authenticators.backup.BackupCodeCredentialModel;
import io.alpenlock.authenticators.device.EnrollAppRequiredActionFactory;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.credential.CredentialModel;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Which credentials count as a second factor, and whether a realm requires one. A realm requires 2FA
 * when one of our set-up actions is enabled and marked "Set as default action" (Authentication →
 * Required actions): every new user must then set up a second factor, and a user who removes their last
 * one gets the same action back.
 */
public final class SecondFactors {

    /** Credential types a user signs in with as a second factor. */
    public static final Set<String> TYPES = Set.of(AppCredentialModel.TYPE, OTPCredentialModel.TYPE,
            WebAuthnCredentialModel.TYPE_TWOFACTOR);

    private static final List<String> SET_UP_ACTIONS = List.of(EnrollAppRequiredActionFactory.PROVIDER_ID,
            ConfigureTotpAppRequiredActionFactory.PROVIDER_ID);

    private SecondFactors() {
    }

    public static boolean hasAny(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream().anyMatch(c -> TYPES.contains(c.getType()));
    }

    /** The set-up actions the realm makes everyone do, in order of preference (the app first). */
    public static List<String> requiredSetUpActions(RealmModel realm) {
        return SET_UP_ACTIONS.stream()
                .filter(alias -> {
                    RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(alias);
                    return action != null && action.isEnabled() && action.isDefaultAction();
                })
                .toList();
    }

    /**
     * After a credential was removed: if the user has no second factor left and the realm requires one,
     * puts the realm's set-up action back on the user. Returns the action added, if any.
     */
    public static Optional<String> restoreSetUpIfRequired(RealmModel realm, UserModel user) {
        if (hasAny(user)) {
            return Optional.empty();
        }
        Optional<String> action = requiredSetUpActions(realm).stream().findFirst();
        action.ifPresent(user::addRequiredAction);
        return action;
    }

    /** True when this credential is a second factor of the user and the user has no other one. */
    public static boolean isTheLastOne(UserModel user, String credentialId) {
        List<CredentialModel> factors = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> TYPES.contains(c.getType()))
                .toList();
        return factors.size() == 1 && factors.get(0).getId().equals(credentialId);
    }

    /**
     * This sign-in checked a second factor itself, not just an existing session: the app, a standard
     * authenticator app, a security key or a backup code (Keycloak records the credential types a sign-in
     * used).
     */
    public static boolean passedInThisSignIn(AuthenticationSessionModel authSession) {
        return !AuthenticatorUtil.isSSOAuthentication(authSession)
                && AuthenticatorUtil.getAuthnCredentials(authSession).stream()
                .anyMatch(type -> TYPES.contains(type) || BackupCodeCredentialModel.TYPE.equals(type));
    }

    /**
     * Keycloak's deprecated account REST call {@code DELETE /account/credentials/{id}}, which removes a
     * credential on a bearer token alone. It must not turn 2FA off: that takes the account console's
     * Remove button, which signs the user in again ({@link GuardedDeleteCredentialAction}).
     */
    public static boolean isRemovalByBearerToken(KeycloakSession session) {
        HttpRequest request = session.getContext().getHttpRequest();
        return request != null && "DELETE".equals(request.getHttpMethod())
                && request.getUri().getPath().contains("/account/credentials/");
    }

    /** The user's only second factor is of this type. */
    public static boolean onlyOneLeftOfType(UserModel user, String type) {
        List<String> types = user.credentialManager().getStoredCredentialsStream()
                .map(CredentialModel::getType).filter(TYPES::contains).toList();
        return types.size() == 1 && types.get(0).equals(type);
    }
}
