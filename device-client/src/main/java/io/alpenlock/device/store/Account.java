package io.alpenlock.device.store;

import io.alpenlock.device.api.Enrollment;
import io.alpenlock.device.api.TotpSettings;
import java.net.URI;
import java.util.Objects;

/**
 * An account this device is enrolled with, as kept in the state file. {@code realmUrl} + {@code credentialId}
 * identify it. {@link #toString()} never shows the TOTP secret.
 */
public record Account(URI realmUrl, String credentialId, String realm, String username, String issuer,
        String label, TotpSettings totp) {

    public Account {
        Objects.requireNonNull(realmUrl, "realmUrl");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(totp, "totp");
    }

    /** The account an enrolment at {@code realmUrl} created. */
    public static Account enrolled(URI realmUrl, Enrollment enrollment) {
        return new Account(realmUrl, enrollment.credentialId(), enrollment.realm(), enrollment.username(),
                enrollment.issuer(), enrollment.label(), enrollment.totp());
    }

    /** Same realm URL and credential id. */
    public boolean sameEnrollmentAs(Account other) {
        return realmUrl.equals(other.realmUrl) && credentialId.equals(other.credentialId);
    }
}
