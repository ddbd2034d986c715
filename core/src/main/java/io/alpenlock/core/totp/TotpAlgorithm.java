package io.alpenlock.core.totp;

import java.util.Locale;

/** The HMAC behind a TOTP code (RFC 6238 §1.2). {@link #SHA1} is what every authenticator app supports. */
public enum TotpAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String macAlgorithm;

    TotpAlgorithm(String macAlgorithm) {
        this.macAlgorithm = macAlgorithm;
    }

    /** The JCA name of the MAC, e.g. {@code HmacSHA1}. */
    public String macAlgorithm() {
        return macAlgorithm;
    }

    /** The value of the {@code algorithm} parameter of an {@code otpauth://} URI, e.g. {@code SHA1}. */
    public String uriName() {
        return name();
    }

    /** Reads the {@code algorithm} parameter of an {@code otpauth://} URI (case-insensitive). */
    public static TotpAlgorithm fromUriName(String name) {
        if (name != null) {
            String upper = name.toUpperCase(Locale.ROOT);
            for (TotpAlgorithm algorithm : values()) {
                if (algorithm.name().equals(upper)) {
                    return algorithm;
                }
            }
        }
        throw new IllegalArgumentException("unsupported TOTP algorithm (SHA1, SHA256 or SHA512)");
    }
}
