package io.alpenlock.authenticators.device;

import java.util.stream.Stream;

import io.alpenlock.authenticators.app.AppCredentialData;
import io.alpenlock.authenticators.app.AppCredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Finds what a device key enrolled. The key's thumbprint is kept in a user attribute as an index
 * (searchable on every database) and in the credential itself (the source of truth).
 */
final class DeviceKeys {

    static final String ATTRIBUTE = "alpenlock-device-keys";

    private final KeycloakSession session;
    private final RealmModel realm;

    DeviceKeys(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    Stream<UserModel> usersOf(String thumbprint) {
        return session.users().searchForUserByUserAttributeStream(realm, ATTRIBUTE, thumbprint);
    }

    Stream<AppCredentialModel> credentialsOf(UserModel user, String thumbprint) {
        return user.credentialManager().getStoredCredentialsByTypeStream(AppCredentialModel.TYPE)
                .map(AppCredentialModel::from)
                .filter(c -> AppCredentialData.KIND_ALPENLOCK_APP.equals(c.data().kind())
                        && thumbprint.equals(c.data().keyThumbprint()));
    }

    void remember(UserModel user, String thumbprint) {
        if (user.getAttributeStream(ATTRIBUTE).noneMatch(thumbprint::equals)) {
            user.setAttribute(ATTRIBUTE, Stream.concat(user.getAttributeStream(ATTRIBUTE), Stream.of(thumbprint)).toList());
        }
    }

    void forgetIfUnused(UserModel user, String thumbprint) {
        if (credentialsOf(user, thumbprint).findAny().isEmpty()) {
            user.setAttribute(ATTRIBUTE, user.getAttributeStream(ATTRIBUTE).filter(t -> !t.equals(thumbprint)).toList());
        }
    }
}
