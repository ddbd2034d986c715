package io.alpenlock.authenticators.recovery;

import java.util.Arrays;
import java.util.Optional;

import org.keycloak.sessions.AuthenticationSessionModel;

/** A way to prove, in the forgotten-password flow, that the account is yours. */
public enum RecoveryChannel {

    /** Keycloak's reset link to the account's e-mail address. */
    EMAIL("email"),
    /** A code by SMS to the account's verified mobile number. */
    SMS("sms"),
    /** A reset link (Keycloak's one-time reset action token) to the account's verified recovery e-mail address. */
    RECOVERY_EMAIL("recovery-email");

    /** The authentication-session note naming the channel the person picked. */
    static final String NOTE = "alpenlock.recovery.channel";

    private final String value;

    RecoveryChannel(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<RecoveryChannel> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
    }

    static Optional<RecoveryChannel> chosen(AuthenticationSessionModel authSession) {
        return parse(authSession.getAuthNote(NOTE));
    }
}
