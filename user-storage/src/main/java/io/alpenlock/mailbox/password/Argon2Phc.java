package io.alpenlock.mailbox.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2i and Argon2id in the PHC string format that libsodium (and so Dovecot's {@code ARGON2I}/{@code ARGON2ID})
 * writes: {@code $argon2id$v=19$m=65536,t=3,p=1$salt$hash}, salt and hash in base-64 without padding. Computed with
 * BouncyCastle's {@link Argon2BytesGenerator}.
 *
 * <p>Like Dovecot (libsodium picks the variant from the string), either scheme name accepts either variant.
 */
final class Argon2Phc {

    static final int VERSION_10 = 0x10;
    static final int VERSION_13 = 0x13;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Pattern STORED = Pattern.compile(
            "\\$(argon2id|argon2i)(?:\\$v=([0-9]{1,3}))?\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=([0-9]{1,3})"
                    + "\\$([A-Za-z0-9+/]*)\\$([A-Za-z0-9+/]*)");
    private static final int SALT_MIN = 8;
    private static final int SALT_MAX = 64;
    private static final int HASH_MIN = 16;
    private static final int HASH_MAX = 128;

    enum Variant {
        ARGON2I("argon2i", Argon2Parameters.ARGON2_i),
        ARGON2ID("argon2id", Argon2Parameters.ARGON2_id);

        final String id;
        final int type;

        Variant(String id, int type) {
            this.id = id;
            this.type = type;
        }
    }

    private final VerificationLimits limits;

    Argon2Phc(VerificationLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws StoredPasswordException MALFORMED or LIMIT_EXCEEDED; never for a wrong password
     */
    boolean matches(String stored, byte[] password) throws StoredPasswordException {
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            throw StoredPasswordException.malformed(
                    "Argon2 value must look like $argon2id$v=19$m=N,t=N,p=N$salt$hash (argon2i or argon2id)");
        }
        Variant variant = "argon2id".equals(m.group(1)) ? Variant.ARGON2ID : Variant.ARGON2I;
        int version = m.group(2) == null ? VERSION_10 : Integer.parseInt(m.group(2));
        if (version != VERSION_10 && version != VERSION_13) {
            throw StoredPasswordException.malformed("Argon2 version must be v=16 or v=19 (was v=" + version + ")");
        }
        long memory = Long.parseLong(m.group(3));
        long iterations = Long.parseLong(m.group(4));
        int parallelism = Integer.parseInt(m.group(5));
        checkParameters(memory, iterations, parallelism);
        byte[] salt = decode(m.group(6), "salt", SALT_MIN, SALT_MAX);
        byte[] expected = decode(m.group(7), "hash", HASH_MIN, HASH_MAX);
        byte[] actual = derive(variant, version, (int) memory, (int) iterations, parallelism, salt, password,
                expected.length);
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** A new PHC string (v=19) with a random 16-byte salt and a 32-byte hash, as libsodium writes. */
    static String hash(Variant variant, byte[] password, int memoryKiB, int iterations, int parallelism,
                       SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(variant, VERSION_13, memoryKiB, iterations, parallelism, salt, password, HASH_BYTES);
        Base64.Encoder encoder = Base64.getEncoder().withoutPadding();
        String phc = "$" + variant.id + "$v=" + VERSION_13 + "$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
        Arrays.fill(hash, (byte) 0);
        return phc;
    }

    private void checkParameters(long memory, long iterations, int parallelism) throws StoredPasswordException {
        if (parallelism < 1) {
            throw StoredPasswordException.malformed("Argon2 p must be at least 1");
        }
        if (iterations < 1) {
            throw StoredPasswordException.malformed("Argon2 t must be at least 1");
        }
        if (memory < 8L * parallelism) {
            throw StoredPasswordException.malformed("Argon2 m must be at least 8 KiB per lane (8 * p)");
        }
        if (memory > limits.maxArgon2MemoryKiB()) {
            throw StoredPasswordException.limitExceeded(
                    "Argon2 m=" + memory + " KiB is above the limit of " + limits.maxArgon2MemoryKiB() + " KiB");
        }
        if (iterations > limits.maxArgon2Iterations()) {
            throw StoredPasswordException.limitExceeded(
                    "Argon2 t=" + iterations + " is above the limit of " + limits.maxArgon2Iterations());
        }
        if (memory * iterations > limits.maxArgon2MemoryTimesIterations()) {
            throw StoredPasswordException.limitExceeded("Argon2 m*t = " + memory * iterations
                    + " KiB-passes is above the limit of " + limits.maxArgon2MemoryTimesIterations());
        }
        if (parallelism > limits.maxArgon2Parallelism()) {
            throw StoredPasswordException.limitExceeded(
                    "Argon2 p=" + parallelism + " is above the limit of " + limits.maxArgon2Parallelism());
        }
    }

    private static byte[] decode(String encoded, String what, int min, int max) throws StoredPasswordException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw StoredPasswordException.malformed("Argon2 " + what + " is not valid base-64");
        }
        if (bytes.length < min || bytes.length > max) {
            throw StoredPasswordException.malformed(
                    "Argon2 " + what + " must have " + min + " to " + max + " bytes (has " + bytes.length + ")");
        }
        return bytes;
    }

    private static byte[] derive(Variant variant, int version, int memoryKiB, int iterations, int parallelism,
                                 byte[] salt, byte[] password, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(variant.type)
                .withVersion(version)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
