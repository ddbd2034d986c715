package io.alpenlock.core.totp;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The shared key of a TOTP credential: at least 160 bits (RFC 4226 §4 R6), at most 512. Immutable; the bytes are
 * copied in and out. {@link #toString()} shows only the length, and there is deliberately no {@code equals}: compare
 * codes, not secrets.
 */
public final class TotpSecret {

    /** 160 bits, the length RFC 4226 recommends and every app supports. */
    public static final int DEFAULT_BYTES = 20;
    public static final int MIN_BYTES = 20;
    public static final int MAX_BYTES = 64;

    private final byte[] key;

    private TotpSecret(byte[] key) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a TOTP secret has " + MIN_BYTES * 8 + " to " + MAX_BYTES * 8 + " bits");
        }
        this.key = key;
    }

    /** A new random 160-bit secret. */
    public static TotpSecret generate(SecureRandom random) {
        return generate(random, DEFAULT_BYTES);
    }

    /** A new random secret of {@code lengthBytes} (20 to 64; RFC 6238 uses 32 for SHA256 and 64 for SHA512). */
    public static TotpSecret generate(SecureRandom random, int lengthBytes) {
        Objects.requireNonNull(random, "random");
        if (lengthBytes < MIN_BYTES || lengthBytes > MAX_BYTES) {
            throw new IllegalArgumentException("a TOTP secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
        byte[] key = new byte[lengthBytes];
        random.nextBytes(key);
        return new TotpSecret(key);
    }

    public static TotpSecret fromBytes(byte[] key) {
        return new TotpSecret(Objects.requireNonNull(key, "key").clone());
    }

    /** Decodes the form shown to users and put into {@code otpauth://} URIs (unpadded Base32, any case). */
    public static TotpSecret fromBase32(String base32) {
        return new TotpSecret(Base32.decode(Objects.requireNonNull(base32, "base32")));
    }

    /** Upper-case unpadded Base32, for the {@code secret} parameter of an {@code otpauth://} URI. */
    public String toBase32() {
        return Base32.encode(key);
    }

    /** A copy of the key. */
    public byte[] bytes() {
        return key.clone();
    }

    public int bitLength() {
        return key.length * 8;
    }

    /** The key itself, for the HMAC in this package only: never modified. */
    byte[] key() {
        return key;
    }

    @Override
    public String toString() {
        return "TotpSecret[" + bitLength() + " bits]";
    }
}
