package io.alpenlock.authenticators.recovery.username;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

/**
 * "Alpenlock username password form" ({@value #PROVIDER_ID}): Keycloak's form, which also tells the owner of a
 * login address whose mailbox was deleted to look for their recovery username in their SMS
 * ({@link AlpenlockUsernamePasswordForm}). Use it in the browser flow instead of "Username Password Form".
 */
public class AlpenlockUsernamePasswordFormFactory extends UsernamePasswordFormFactory {

    public static final String PROVIDER_ID = "alpenlock-username-password-form";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AlpenlockUsernamePasswordForm(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Alpenlock username password form";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's username and password form; someone who types a login e-mail whose mailbox was deleted, "
                + "with the right password, is told to sign in with the recovery username sent by SMS.";
    }
}
