package io.alpenlock.events.notification;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which credential types count as a second factor. A copy of the list in the authenticators module
 * ({@code io.alpenlock.authenticators.lifecycle.SecondFactors.TYPES}): this module must not depend on
 * that one, so when a type is added there, add it here too.
 */
public final class SecondFactorTypes {

    /** Our app, or a standard authenticator app set up through Alpenlock ({@code AppCredentialModel.TYPE}). */
    public static final String ALPENLOCK_APP = "alpenlock-app";
    /** Keycloak's own TOTP ({@code OTPCredentialModel.TYPE}). */
    public static final String OTP = "otp";
    /** A security key used as second factor ({@code WebAuthnCredentialModel.TYPE_TWOFACTOR}). */
    public static final String WEBAUTHN = "webauthn";

    public static final Set<String> TYPES = Set.of(ALPENLOCK_APP, OTP, WEBAUTHN);

    private SecondFactorTypes() {
    }

    public static boolean isSecondFactor(String credentialType) {
        return credentialType != null && TYPES.contains(credentialType);
    }

    /** How many of these credentials (given by their types, one entry per credential) are second factors. */
    public static long count(Collection<String> credentialTypes) {
        return credentialTypes == null ? 0 : credentialTypes.stream().filter(SecondFactorTypes::isSecondFactor).count();
    }

    /** What a person calls a second factor of this type; empty for anything else. */
    public static Optional<FactorKind> kindOf(String credentialType) {
        if (ALPENLOCK_APP.equals(credentialType) || OTP.equals(credentialType)) {
            return Optional.of(FactorKind.APP);
        }
        return WEBAUTHN.equals(credentialType) ? Optional.of(FactorKind.SECURITY_KEY) : Optional.empty();
    }
}
