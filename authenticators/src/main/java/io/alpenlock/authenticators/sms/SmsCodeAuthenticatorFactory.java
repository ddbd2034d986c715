package io.alpenlock.authenticators.sms;

import io.alpenlock.authenticators.flow.AlpenlockAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/**
 * "Alpenlock SMS code" ({@value #PROVIDER_ID}): a code sent by SMS to the user's verified mobile number, as a
 * flow step (for recovery flows; an SMS is too weak to be the only second factor of an account). Codes,
 * budgets and numbers follow the realm's phone and SMS settings ({@link SmsSettings}).
 */
public class SmsCodeAuthenticatorFactory extends AlpenlockAuthenticatorFactory {

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
}
