package io.alpenlock.authenticators.recoveryemail;

import java.util.Optional;

import org.keycloak.models.UserModel;

/**
 * Where a user's recovery e-mail address lives: the user-profile attributes {@value #RECOVERY_EMAIL} (a second
 * mailbox, never the login address) and {@value #RECOVERY_EMAIL_VERIFIED} ({@code true} once proved by a code sent
 * to it). Other features (forgotten password and identifier, recovery username) read them by these names.
 */
public final class RecoveryEmailAttributes {

    public static final String RECOVERY_EMAIL = "recoveryEmail";
    public static final String RECOVERY_EMAIL_VERIFIED = "recoveryEmailVerified";
    /** Theme keys of the attributes' display names in the realm's user profile. */
    public static final String RECOVERY_EMAIL_LABEL = "alpenlockRecoveryEmailLabel";
    public static final String RECOVERY_EMAIL_VERIFIED_LABEL = "alpenlockRecoveryEmailVerifiedLabel";

    private RecoveryEmailAttributes() {
    }

    /** The recovery address, verified or not. */
    public static Optional<String> address(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(RECOVERY_EMAIL)).filter(a -> !a.isBlank());
    }

    /** The recovery address when it was proved by a code. */
    public static Optional<String> verifiedAddress(UserModel user) {
        return "true".equals(user.getFirstAttribute(RECOVERY_EMAIL_VERIFIED)) ? address(user) : Optional.empty();
    }

    static void setVerified(UserModel user, String address) {
        user.setSingleAttribute(RECOVERY_EMAIL, address);
        user.setSingleAttribute(RECOVERY_EMAIL_VERIFIED, "true");
    }
}
