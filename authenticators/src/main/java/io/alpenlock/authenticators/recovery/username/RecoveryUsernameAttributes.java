package io.alpenlock.authenticators.recovery.username;

import java.util.Locale;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Where the recovery-username state of an account lives: two user attributes written only by Alpenlock (not part
 * of the realm's user profile, so users never see or edit them) and read by the login form and the required action.
 * They are durable and shared by every node (the user store), so nothing is kept in memory.
 */
final class RecoveryUsernameAttributes {

    /** The recovery username the account was given, while it is the account's username. */
    static final String RECOVERY_USERNAME = "alpenlock.recoveryUsername";
    /** The login address whose mailbox was deleted, while the recovery username is in use. */
    static final String RETIRED_LOGIN_EMAIL = "alpenlock.retiredLoginEmail";
    /** Set by the other helper's recovery-address verification; read only. */
    static final String RECOVERY_EMAIL = "recoveryEmail";
    static final String RECOVERY_EMAIL_VERIFIED = "recoveryEmailVerified";

    private RecoveryUsernameAttributes() {
    }

    /** Whether the account currently signs in with its recovery username (and so must choose a new login e-mail). */
    static boolean usesRecoveryUsername(UserModel user) {
        String recovery = user.getFirstAttribute(RECOVERY_USERNAME);
        return recovery != null && recovery.equals(user.getUsername());
    }

    static Optional<String> verifiedRecoveryEmail(UserModel user) {
        String address = user.getFirstAttribute(RECOVERY_EMAIL);
        return "true".equals(user.getFirstAttribute(RECOVERY_EMAIL_VERIFIED)) && address != null && !address.isBlank()
                ? Optional.of(address.trim()) : Optional.empty();
    }

    /**
     * The user's language for messages sent without a request of theirs (an administrator's or the mail
     * platform's call): the user's chosen locale when the realm offers it, else the realm's default, else English.
     */
    static Locale locale(RealmModel realm, UserModel user) {
        String chosen = user.getFirstAttribute(UserModel.LOCALE);
        if (chosen != null && realm.isInternationalizationEnabled()
                && realm.getSupportedLocalesStream().anyMatch(chosen::equals)) {
            return Locale.forLanguageTag(chosen);
        }
        String fallback = realm.getDefaultLocale();
        return fallback == null || fallback.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(fallback);
    }

    static String realmLabel(RealmModel realm) {
        return realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
    }
}
