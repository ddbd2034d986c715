package io.alpenlock.mailbox.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-crypt ({@code $5$} SHA-256, {@code $6$} SHA-512), written from Ulrich Drepper's specification "Unix crypt
 * using SHA-256 and SHA-512" (the algorithm of glibc 2.7+ and Dovecot's {@code SHA256-CRYPT}/{@code SHA512-CRYPT}).
 * Step numbers in the comments are the specification's.
 *
 * <p>Rounds follow the specification: 5000 when not given, values below 1000 count as 1000 and values above
 * 999,999,999 as 999,999,999. Verification additionally refuses more rounds than {@link VerificationLimits} allow.
 */
final class ShaCrypt {

    static final int ROUNDS_DEFAULT = 5000;
    static final int ROUNDS_MIN = 1000;
    static final int ROUNDS_MAX = 999_999_999;
    static final int SALT_MAX = 16;

    private static final String ROUNDS_PREFIX = "rounds=";
    /** {@code $5$} or {@code $6$}, optional {@code rounds=N$}, a salt of up to 16 characters other than {@code $}. */
    private static final Pattern STORED = Pattern.compile("\\$([56])\\$(?:rounds=([0-9]{1,10})\\$)?([^$]{0,16})\\$([^$]*)");

    enum Variant {
        SHA256("$5$", "SHA-256", 43, new int[][] {
            {0, 10, 20}, {21, 1, 11}, {12, 22, 2}, {3, 13, 23}, {24, 4, 14},
            {15, 25, 5}, {6, 16, 26}, {27, 7, 17}, {18, 28, 8}, {9, 19, 29}}),
        SHA512("$6$", "SHA-512", 86, new int[][] {
            {0, 21, 42}, {22, 43, 1}, {44, 2, 23}, {3, 24, 45}, {25, 46, 4},
            {47, 5, 26}, {6, 27, 48}, {28, 49, 7}, {50, 8, 29}, {9, 30, 51},
            {31, 52, 10}, {53, 11, 32}, {12, 33, 54}, {34, 55, 13}, {56, 14, 35},
            {15, 36, 57}, {37, 58, 16}, {59, 17, 38}, {18, 39, 60}, {40, 61, 19},
            {62, 20, 41}});

        final String prefix;
        final String digest;
        final int checksumLength;
        /** Step 22: which bytes of the final digest go into each 4-character group. */
        private final int[][] groups;

        Variant(String prefix, String digest, int checksumLength, int[][] groups) {
            this.prefix = prefix;
            this.digest = digest;
            this.checksumLength = checksumLength;
            this.groups = groups;
        }

        MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(digest + " is missing from this JVM", e);
            }
        }
    }

    private final int maxRounds;

    ShaCrypt(VerificationLimits limits) {
        this.maxRounds = limits.maxShaCryptRounds();
    }

    /**
     * Checks a stored {@code $5$…} or {@code $6$…} string (ISO-8859-1, so every byte of the salt is kept).
     *
     * @throws StoredPasswordException MALFORMED or LIMIT_EXCEEDED; never for a wrong password
     */
    boolean matches(String stored, byte[] password) throws StoredPasswordException {
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            throw StoredPasswordException.malformed(
                    "SHA-crypt value must look like $5$[rounds=N$]salt$checksum or $6$[rounds=N$]salt$checksum"
                            + " with a salt of at most " + SALT_MAX + " characters");
        }
        Variant variant = "5".equals(m.group(1)) ? Variant.SHA256 : Variant.SHA512;
        String checksum = m.group(4);
        if (checksum.length() != variant.checksumLength || !CryptBase64.isEncoded(checksum)) {
            throw StoredPasswordException.malformed(variant.prefix + " checksum must have " + variant.checksumLength
                    + " characters from ./0-9A-Za-z");
        }
        long requested = m.group(2) == null ? ROUNDS_DEFAULT : Long.parseLong(m.group(2));
        if (requested > maxRounds) {
            throw StoredPasswordException.limitExceeded(
                    requested + " rounds is above the limit of " + maxRounds);
        }
        int rounds = clampRounds(requested);
        byte[] salt = m.group(3).getBytes(StandardCharsets.ISO_8859_1);
        String computed = checksum(variant, password, salt, rounds);
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                checksum.getBytes(StandardCharsets.US_ASCII));
    }

    /** A new {@code $6$…}/{@code $5$…} string with a random 16-character salt; {@code rounds=} only when not 5000. */
    static String hash(Variant variant, byte[] password, int rounds, SecureRandom random) {
        StringBuilder setting = new StringBuilder(variant.prefix);
        if (rounds != ROUNDS_DEFAULT) {
            setting.append(ROUNDS_PREFIX).append(rounds).append('$');
        }
        for (int i = 0; i < SALT_MAX; i++) {
            setting.append(CryptBase64.ALPHABET.charAt(random.nextInt(CryptBase64.ALPHABET.length())));
        }
        return crypt(password, setting.toString());
    }

    /**
     * crypt(3) as the specification defines it for a setting {@code $5$[rounds=N$]salt[$…]}: the salt is cut at 16
     * characters or the first {@code $}, rounds are clamped, and {@code rounds=} appears in the result when the
     * setting had it. Used to write new values and to run the specification's test vectors.
     *
     * @throws IllegalArgumentException if the setting does not start with {@code $5$} or {@code $6$}
     */
    static String crypt(byte[] password, String setting) {
        Variant variant;
        if (setting.startsWith(Variant.SHA256.prefix)) {
            variant = Variant.SHA256;
        } else if (setting.startsWith(Variant.SHA512.prefix)) {
            variant = Variant.SHA512;
        } else {
            throw new IllegalArgumentException("setting must start with $5$ or $6$");
        }
        String rest = setting.substring(3);
        int rounds = ROUNDS_DEFAULT;
        boolean customRounds = false;
        if (rest.startsWith(ROUNDS_PREFIX)) {
            int end = rest.indexOf('$');
            String digits = end < 0 ? "" : rest.substring(ROUNDS_PREFIX.length(), end);
            if (!digits.matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("rounds= must be followed by a number and $");
            }
            rounds = clampRounds(Long.parseLong(digits));
            customRounds = true;
            rest = rest.substring(end + 1);
        }
        int saltEnd = rest.indexOf('$');
        String salt = rest.substring(0, Math.min(saltEnd < 0 ? rest.length() : saltEnd, SALT_MAX));
        StringBuilder out = new StringBuilder(variant.prefix);
        if (customRounds) {
            out.append(ROUNDS_PREFIX).append(rounds).append('$');
        }
        return out.append(salt).append('$')
                .append(checksum(variant, password, salt.getBytes(StandardCharsets.ISO_8859_1), rounds))
                .toString();
    }

    static int clampRounds(long requested) {
        return (int) Math.max(ROUNDS_MIN, Math.min(requested, ROUNDS_MAX));
    }

    /** Steps 1-22 of the specification: the checksum part of the result (43 or 86 characters). */
    static String checksum(Variant variant, byte[] password, byte[] salt, int rounds) {
        MessageDigest md = variant.newDigest();
        int hashLength = md.getDigestLength();
        int pwLength = password.length;

        // Steps 4-8: digest B = H(password, salt, password)
        md.update(password);
        md.update(salt);
        md.update(password);
        byte[] b = md.digest();

        // Steps 1-3 and 9-12: digest A
        md.update(password);
        md.update(salt);
        int remaining = pwLength;
        for (; remaining > hashLength; remaining -= hashLength) {
            md.update(b, 0, hashLength);
        }
        md.update(b, 0, remaining);
        for (int bits = pwLength; bits > 0; bits >>>= 1) {
            if ((bits & 1) != 0) {
                md.update(b, 0, hashLength);
            } else {
                md.update(password);
            }
        }
        byte[] a = md.digest();

        // Steps 13-16: digest DP = H(password repeated once per byte of the password) and the byte sequence P
        for (int i = 0; i < pwLength; i++) {
            md.update(password);
        }
        byte[] dp = md.digest();
        byte[] p = repeat(dp, pwLength);

        // Steps 17-20: digest DS = H(salt repeated 16 + A[0] times) and the byte sequence S
        int saltRepeats = 16 + (a[0] & 0xff);
        for (int i = 0; i < saltRepeats; i++) {
            md.update(salt);
        }
        byte[] ds = md.digest();
        byte[] s = repeat(ds, salt.length);

        // Step 21: the rounds
        byte[] c = a;
        for (int round = 0; round < rounds; round++) {
            boolean odd = (round & 1) != 0;
            md.update(odd ? p : c);
            if (round % 3 != 0) {
                md.update(s);
            }
            if (round % 7 != 0) {
                md.update(p);
            }
            md.update(odd ? c : p);
            c = md.digest();
        }

        // Step 22: the checksum in crypt's base-64, bytes permuted as the specification lists them
        StringBuilder out = new StringBuilder(variant.checksumLength);
        for (int[] group : variant.groups) {
            CryptBase64.append24(out, c[group[0]], c[group[1]], c[group[2]], 4);
        }
        if (variant == Variant.SHA256) {
            CryptBase64.append24(out, (byte) 0, c[31], c[30], 3);
        } else {
            CryptBase64.append24(out, (byte) 0, (byte) 0, c[63], 2);
        }
        Arrays.fill(p, (byte) 0);
        Arrays.fill(dp, (byte) 0);
        Arrays.fill(b, (byte) 0);
        return out.toString();
    }

    /** {@code length} bytes made of {@code digest} repeated (steps 16 and 20). */
    private static byte[] repeat(byte[] digest, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i += digest.length) {
            System.arraycopy(digest, 0, out, i, Math.min(digest.length, length - i));
        }
        return out;
    }
}
