package io.alpenlock.mailbox.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MD5-crypt ({@code $1$salt$checksum}, Poul-Henning Kamp's FreeBSD algorithm; Dovecot's {@code MD5-CRYPT}).
 * Verification only: it is fast to attack and is never written.
 */
final class Md5Crypt {

    private static final byte[] MAGIC = "$1$".getBytes(StandardCharsets.US_ASCII);
    private static final int ROUNDS = 1000;
    private static final Pattern STORED = Pattern.compile("\\$1\\$([^$]{0,8})\\$([^$]*)");
    private static final int CHECKSUM_LENGTH = 22;

    private Md5Crypt() {
    }

    /**
     * Checks a stored {@code $1$…} string (ISO-8859-1).
     *
     * @throws StoredPasswordException MALFORMED; never for a wrong password
     */
    static boolean matches(String stored, byte[] password) throws StoredPasswordException {
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            throw StoredPasswordException.malformed(
                    "MD5-crypt value must look like $1$salt$checksum with a salt of at most 8 characters");
        }
        String checksum = m.group(2);
        if (checksum.length() != CHECKSUM_LENGTH || !CryptBase64.isEncoded(checksum)) {
            throw StoredPasswordException.malformed(
                    "$1$ checksum must have " + CHECKSUM_LENGTH + " characters from ./0-9A-Za-z");
        }
        String computed = checksum(password, m.group(1).getBytes(StandardCharsets.ISO_8859_1));
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                checksum.getBytes(StandardCharsets.US_ASCII));
    }

    /** The 22-character checksum for a salt of at most 8 bytes. */
    static String checksum(byte[] password, byte[] salt) {
        MessageDigest md = md5();

        // The alternate sum: MD5(password, salt, password)
        md.update(password);
        md.update(salt);
        md.update(password);
        byte[] alternate = md.digest();

        // The initial sum: password, magic, salt, as many bytes of the alternate sum as the password has, then
        // one byte per bit of the password length (a zero byte for a set bit, the first password byte otherwise)
        md.update(password);
        md.update(MAGIC);
        md.update(salt);
        for (int left = password.length; left > 0; left -= 16) {
            md.update(alternate, 0, Math.min(16, left));
        }
        for (int bits = password.length; bits != 0; bits >>>= 1) {
            md.update((bits & 1) != 0 ? 0 : password[0]);
        }
        byte[] sum = md.digest();

        // 1000 rounds to slow an attacker down
        for (int round = 0; round < ROUNDS; round++) {
            boolean odd = (round & 1) != 0;
            if (odd) {
                md.update(password);
            } else {
                md.update(sum);
            }
            if (round % 3 != 0) {
                md.update(salt);
            }
            if (round % 7 != 0) {
                md.update(password);
            }
            if (odd) {
                md.update(sum);
            } else {
                md.update(password);
            }
            sum = md.digest();
        }

        StringBuilder out = new StringBuilder(CHECKSUM_LENGTH);
        CryptBase64.append24(out, sum[0], sum[6], sum[12], 4);
        CryptBase64.append24(out, sum[1], sum[7], sum[13], 4);
        CryptBase64.append24(out, sum[2], sum[8], sum[14], 4);
        CryptBase64.append24(out, sum[3], sum[9], sum[15], 4);
        CryptBase64.append24(out, sum[4], sum[10], sum[5], 4);
        CryptBase64.append24(out, (byte) 0, (byte) 0, sum[11], 2);
        return out.toString();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
