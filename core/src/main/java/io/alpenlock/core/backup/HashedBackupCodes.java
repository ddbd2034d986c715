package io.alpenlock.core.backup;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A set of backup codes as stored: one random salt for the set and, for every code, its PBKDF2-HMAC-SHA256
 * hash (NIST SP 800-63B look-up secrets with fewer than 112 bits are salted and hashed with a password
 * hashing scheme). Checking input hashes it <em>once</em> and compares the result with every stored hash in
 * constant time, without stopping at a match, so a check costs one hash whatever the position of the code.
 *
 * <p>Immutable; byte arrays are copied in and out. {@link #toString()} shows no salt and no hash.
 */
public final class HashedBackupCodes {

    public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";
    /**
     * About 5 ms of one core on the project machine (see docs/benchmarks.md): codes have 80 random bits, so
     * the work factor only has to make a stolen table slow to search, not protect a weak secret.
     */
    public static final int DEFAULT_ITERATIONS = 20_000;
    public static final int MIN_ITERATIONS = 1_000;
    public static final int MAX_ITERATIONS = 1_000_000;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;

    private static final String JCA_NAME = "PBKDF2WithHmacSHA256";

    private final int iterations;
    private final byte[] salt;
    private final List<byte[]> hashes;

    private HashedBackupCodes(int iterations, byte[] salt, List<byte[]> hashes) {
        this.iterations = iterations;
        this.salt = salt;
        this.hashes = hashes;
    }

    /** Hashes canonical codes (see {@link BackupCodeFormat#normalize}) with a new random salt. */
    public static HashedBackupCodes hash(List<String> codes, SecureRandom random, int iterations) {
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(random, "random");
        checkIterations(iterations);
        if (codes.isEmpty() || !codes.stream().allMatch(BackupCodeFormat::isCanonical)) {
            throw new IllegalArgumentException("codes must be canonical backup codes");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        List<byte[]> hashes = new ArrayList<>(codes.size());
        for (String code : codes) {
            hashes.add(pbkdf2(code, salt, iterations));
        }
        return new HashedBackupCodes(iterations, salt, List.copyOf(hashes));
    }

    /**
     * A stored set.
     *
     * @throws IllegalArgumentException for an unknown algorithm, an iteration count out of range, or a salt or
     *                                  hash of the wrong length (the message names no value)
     */
    public static HashedBackupCodes of(String algorithm, int iterations, byte[] salt, List<byte[]> hashes) {
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("unsupported backup code hash algorithm");
        }
        checkIterations(iterations);
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hashes, "hashes");
        if (salt.length != SALT_BYTES || hashes.isEmpty() || hashes.stream().anyMatch(h -> h == null || h.length != HASH_BYTES)) {
            throw new IllegalArgumentException("malformed backup code hashes");
        }
        return new HashedBackupCodes(iterations, salt.clone(), hashes.stream().map(byte[]::clone).toList());
    }

    /**
     * The position of this canonical code in the set, or empty. Costs one PBKDF2 computation and
     * {@link #size()} constant-time comparisons, whether or not (and wherever) the code matches.
     */
    public OptionalInt indexOf(String code) {
        if (!BackupCodeFormat.isCanonical(code)) {
            return OptionalInt.empty();
        }
        byte[] candidate = pbkdf2(code, salt, iterations);
        int found = -1;
        for (int i = 0; i < hashes.size(); i++) {
            boolean equal = MessageDigest.isEqual(hashes.get(i), candidate);
            found = equal ? i : found;
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    public String algorithm() {
        return ALGORITHM;
    }

    public int iterations() {
        return iterations;
    }

    public int size() {
        return hashes.size();
    }

    public byte[] salt() {
        return salt.clone();
    }

    public List<byte[]> hashes() {
        return hashes.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "HashedBackupCodes[" + ALGORITHM + ", " + iterations + " iterations, " + hashes.size() + " codes]";
    }

    static byte[] pbkdf2(String text, byte[] salt, int iterations) {
        char[] chars = text.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_NAME + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static void checkIterations(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
        }
    }
}
