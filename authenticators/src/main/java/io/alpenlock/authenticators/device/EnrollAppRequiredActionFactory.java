package io.alpenlock.authenticators.device;

import io.alpenlock.authenticators.app.AlpenlockRequiredActionFactory;

/** "Connect the Alpenlock app": required action and account-console action. */
public class EnrollAppRequiredActionFactory extends AlpenlockRequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-enroll-app";

    public EnrollAppRequiredActionFactory() {
        super(PROVIDER_ID, "Alpenlock: connect the Alpenlock app", 40, new EnrollAppRequiredAction());
    }
}
