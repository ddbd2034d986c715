package io.alpenlock.authenticators.lifecycle;

import java.util.List;
import java.util.Set;

import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.app.ConfigureTotpAppRequiredActionFactory;
import io.alpenlock.authenticators.device.EnrollAppRequiredActionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

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
    public static java.util.Optional<String> restoreSetUpIfRequired(RealmModel realm, UserModel user) {
        if (hasAny(user)) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> action = requiredSetUpActions(realm).stream().findFirst();
        action.ifPresent(user::addRequiredAction);
        return action;
    }
}
