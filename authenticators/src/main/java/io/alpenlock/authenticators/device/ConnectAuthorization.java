package io.alpenlock.authenticators.device;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * "Connect from this mobile": the app signed in through OIDC as the public client {@value #CLIENT_ID}
 * (authorization code + PKCE, consent) and enrols with the access token it got. The token must be
 * valid, of a live session, issued to that client, and it enrols one app only.
 *
 * <p>The client's consent screen text is the login theme message {@value #CONSENT_TEXT_KEY} (set as
 * {@code ${alpenlockConnectConsent}} on the client, see docs/authenticator-app.md).
 */
final class ConnectAuthorization {

    static final String CLIENT_ID = "alpenlock-app";
    static final String CONSENT_TEXT_KEY = "alpenlockConnectConsent";
    private static final String USED_PREFIX = "alpenlock-connect:";

    private ConnectAuthorization() {
    }

    static UserModel userOf(KeycloakSession session, String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() > 16 * 1024) {
            throw DeviceError.unauthorized("invalid_token", "Authorization must be a Bearer access token of the "
                    + CLIENT_ID + " client");
        }
        AuthResult auth;
        try {
            auth = new AppAuthManager.BearerTokenAuthenticator(session)
                    .setTokenString(authorization.substring(7).strip())
                    .authenticate();
        } catch (RuntimeException e) {
            auth = null;
        }
        if (auth == null || auth.user() == null || !auth.user().isEnabled()) {
            throw DeviceError.unauthorized("invalid_token", "The access token is invalid, expired or its session ended");
        }
        AccessToken token = auth.token();
        if (!CLIENT_ID.equals(token.getIssuedFor())) {
            throw DeviceError.unauthorized("invalid_token", "The access token was not issued to the " + CLIENT_ID + " client");
        }
        long lifetime = Math.max(1, token.getExp() == null ? 300 : token.getExp() - token.getIat());
        if (token.getId() == null || !session.singleUseObjects().putIfAbsent(USED_PREFIX + token.getId(), lifetime)) {
            throw DeviceError.unauthorized("invalid_token", "This access token has already enrolled an app");
        }
        return auth.user();
    }
}
