package io.alpenlock.benchmarks;

import java.time.Instant;

import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;

/**
 * A benchmark user: the login name (also its e-mail) and, for the code modes, the TOTP secret of its authenticator
 * as stored in the realm ({@code secretText}: Keycloak's raw OTP secret, or the Base32 secret of an app credential).
 */
record BenchUser(String username, String secretText, TotpSecret secret) {

    static BenchUser withoutSecret(String username) {
        return new BenchUser(username, null, null);
    }

    /** The 6-digit code the user's authenticator shows at {@code instant}. */
    String codeAt(Instant instant) {
        return Totp.code(secret, instant);
    }

    @Override
    public String toString() {
        return "BenchUser[" + username + "]";
    }
}
