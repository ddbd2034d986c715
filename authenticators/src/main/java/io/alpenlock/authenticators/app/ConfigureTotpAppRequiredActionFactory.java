package io.alpenlock.authenticators.app;

/** "Set up an authenticator app (offline codes)": required action and account-console action. */
public class ConfigureTotpAppRequiredActionFactory extends AlpenlockRequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-configure-totp-app";

    public ConfigureTotpAppRequiredActionFactory() {
        super(PROVIDER_ID, "Alpenlock: set up an authenticator app (offline codes)", 50,
                new ConfigureTotpAppRequiredAction());
    }
}
