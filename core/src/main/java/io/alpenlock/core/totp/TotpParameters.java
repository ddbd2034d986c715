package io.alpenlock.core.totp;

import java.time.Duration;
import java.util.Objects;

/**
 * How TOTP codes are computed: HMAC algorithm, number of digits and time step.
 *
 * @param algorithm the HMAC (SHA1 unless there is a reason; standard apps may ignore anything else)
 * @param digits    6 to 8
 * @param period    the time step, whole seconds from 1 s to 5 min
 */
public record TotpParameters(TotpAlgorithm algorithm, int digits, Duration period) {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;
    public static final Duration MAX_PERIOD = Duration.ofMinutes(5);

    /** HMAC-SHA1, 6 digits, 30 s: what Google Authenticator and every other app understand. */
    public static final TotpParameters DEFAULT = new TotpParameters(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));

    public TotpParameters {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(period, "period");
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("TOTP codes have " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        if (period.getNano() != 0 || period.getSeconds() < 1 || period.compareTo(MAX_PERIOD) > 0) {
            throw new IllegalArgumentException("the TOTP period must be whole seconds from 1 s to 5 min");
        }
    }

    public static TotpParameters of(TotpAlgorithm algorithm, int digits, int periodSeconds) {
        return new TotpParameters(algorithm, digits, Duration.ofSeconds(periodSeconds));
    }

    public long periodSeconds() {
        return period.getSeconds();
    }
}
