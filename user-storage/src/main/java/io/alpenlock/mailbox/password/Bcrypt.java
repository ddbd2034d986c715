package io.alpenlock.mailbox.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt ({@code $2y$}/{@code $2b$}/{@code $2a$}, Dovecot's {@code BLF-CRYPT}) through BouncyCastle's
 * {@link OpenBSDBCrypt}. Like every bcrypt, only the first 72 bytes of a password count.
 *
 * <p>Verification recomputes the hash with the stored version, cost and salt and compares the 31-character
 * checksums with {@link MessageDigest#isEqual}.
 */
final class Bcrypt {

    static final int COST_MIN = 4;
    static final int COST_MAX = 31;
    static final String WRITE_VERSION = "2y";

    private static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern STORED =
            Pattern.compile("\\$(2[abxy])\\$([0-9]{2})\\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})");
    private static final int SALT_BYTES = 16;
    private static final int CHECKSUM_START = 29;

    private final int maxCost;

    Bcrypt(VerificationLimits limits) {
        this.maxCost = limits.maxBcryptCost();
    }

    /**
     * @throws StoredPasswordException MALFORMED, UNSUPPORTED_SCHEME ({@code $2x$}) or LIMIT_EXCEEDED
     */
    boolean matches(String stored, byte[] password) throws StoredPasswordException {
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            throw StoredPasswordException.malformed(
                    "bcrypt value must look like $2y$NN$ followed by 53 characters from ./A-Za-z0-9");
        }
        String version = m.group(1);
        if ("2x".equals(version)) {
            throw StoredPasswordException.unsupported("bcrypt variant $2x$ (crypt_blowfish's 8-bit bug mode) is not supported");
        }
        int cost = Integer.parseInt(m.group(2));
        if (cost < COST_MIN) {
            throw StoredPasswordException.malformed("bcrypt cost must be between 04 and 31 (was " + m.group(2) + ")");
        }
        if (cost > maxCost) {
            throw StoredPasswordException.limitExceeded("bcrypt cost " + cost + " is above the limit of " + maxCost);
        }
        String computed;
        try {
            computed = OpenBSDBCrypt.generate(version, password, decodeSalt(m.group(3)), cost);
        } catch (IllegalArgumentException e) {
            throw StoredPasswordException.malformed("bcrypt parameters were refused by the bcrypt implementation");
        }
        return MessageDigest.isEqual(
                computed.substring(CHECKSUM_START).getBytes(StandardCharsets.US_ASCII),
                m.group(4).getBytes(StandardCharsets.US_ASCII));
    }

    /** A new {@code $2y$NN$…} string with a random 16-byte salt. */
    static String hash(byte[] password, int cost, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate(WRITE_VERSION, password, salt, cost);
    }

    /** bcrypt's own base-64 ({@code ./A-Za-z0-9}, most significant bits first): 22 characters, 16 bytes. */
    static byte[] decodeSalt(String encoded) {
        byte[] out = new byte[SALT_BYTES];
        int bits = 0;
        int buffer = 0;
        int written = 0;
        for (int i = 0; i < encoded.length() && written < SALT_BYTES; i++) {
            buffer = (buffer << 6) | ALPHABET.indexOf(encoded.charAt(i));
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[written++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }
}
