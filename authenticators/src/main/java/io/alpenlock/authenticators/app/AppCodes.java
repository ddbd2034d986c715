package io.alpenlock.authenticators.app;

import java.time.Instant;
import java.util.OptionalLong;

import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;

/** The TOTP rules for app codes: 6 digits, 30 s, one step either side, single use per step. */
final class AppCodes {

    static final int LOOK_AROUND_STEPS = 1;

    private AppCodes() {
    }

    /** The time step the code belongs to, if it is a current code of this app. */
    static OptionalLong matchingStep(AppCredentialModel app, String code, Instant now) {
        TotpSecret secret = TotpSecret.fromBase32(app.secret().totpSecret());
        return Totp.verify(secret, code, now, LOOK_AROUND_STEPS);
    }

    static String singleUseKey(String credentialId, long step) {
        return "alpenlock-app-code:" + credentialId + ":" + step;
    }

    /** Long enough to cover every instant at which the same step is still accepted. */
    static long singleUseLifespanSeconds(AppCredentialModel app) {
        return (long) app.data().period() * (2L * LOOK_AROUND_STEPS + 2);
    }
}
