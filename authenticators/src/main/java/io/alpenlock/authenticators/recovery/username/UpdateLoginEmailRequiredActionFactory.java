package io.alpenlock.authenticators.recovery.username;

import io.alpenlock.authenticators.app.AlpenlockRequiredActionFactory;

/**
 * "Alpenlock: choose a new login e-mail" ({@value #PROVIDER_ID}): after signing in with a recovery username, the
 * user confirms a new login address with a code sent to it; then that address is the login identifier and the
 * recovery username is retired. Runs before every other required action and before any redirect to an application.
 */
public class UpdateLoginEmailRequiredActionFactory extends AlpenlockRequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-update-login-email";
    /** First of all required actions (Keycloak's own start at 10). */
    static final int PRIORITY = 1;
    static final String DISPLAY_TEXT = "Alpenlock: choose a new login e-mail";

    public UpdateLoginEmailRequiredActionFactory() {
        super(PROVIDER_ID, DISPLAY_TEXT, PRIORITY, new UpdateLoginEmailRequiredAction());
    }
}
