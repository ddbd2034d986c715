package io.alpenlock.mailbox.password;

/**
 * The most work one verification may cost. A stored value whose parameters exceed a limit is
 * {@link Verification.Problem#LIMIT_EXCEEDED unusable} instead of tying up a Keycloak worker thread (or its heap)
 * for minutes; a candidate password longer than {@link #maxPasswordBytes()} simply does not match (SHA-crypt work
 * grows with the square of the password length).
 *
 * <p>The defaults accept everything Dovecot writes with its default parameters and with {@code doveadm pw -r} up to
 * the Argon2 "sensitive" level (1 GiB, 4 passes), see {@link #DEFAULTS}. On the project machine the most expensive
 * value each default limit lets through takes about 4 to 5 seconds to check (module README).
 *
 * @param maxBcryptCost        highest bcrypt cost (log2 of the rounds), 4..31
 * @param maxShaCryptRounds    highest SHA-crypt {@code rounds=}, 1000..999,999,999 (the specification's range)
 * @param maxArgon2MemoryKiB   highest Argon2 {@code m=} in KiB
 * @param maxArgon2Iterations  highest Argon2 {@code t=}
 * @param maxArgon2MemoryTimesIterations highest Argon2 {@code m*t} (KiB × passes): the work, which grows with both
 * @param maxArgon2Parallelism highest Argon2 {@code p=} (lanes; computed one after the other here)
 * @param maxPasswordBytes     longest password, in UTF-8 bytes, that is hashed at all
 */
public record VerificationLimits(int maxBcryptCost, int maxShaCryptRounds, int maxArgon2MemoryKiB,
                                 int maxArgon2Iterations, long maxArgon2MemoryTimesIterations,
                                 int maxArgon2Parallelism, int maxPasswordBytes) {

    /**
     * bcrypt cost 16 (64 times the default cost 10), SHA-crypt 10,000,000 rounds (2,000 times the default), Argon2
     * 1 GiB, 10 passes, m*t up to 1 GiB × 4 passes ({@code doveadm pw -s ARGON2ID -r 4}), 16 lanes, passwords up
     * to 4096 bytes.
     */
    public static final VerificationLimits DEFAULTS =
            new VerificationLimits(16, 10_000_000, 1024 * 1024, 10, 4L * 1024 * 1024, 16, 4096);

    public VerificationLimits {
        requireBetween("maxBcryptCost", maxBcryptCost, 4, 31);
        requireBetween("maxShaCryptRounds", maxShaCryptRounds, ShaCrypt.ROUNDS_MIN, ShaCrypt.ROUNDS_MAX);
        requireBetween("maxArgon2MemoryKiB", maxArgon2MemoryKiB, 8, 4 * 1024 * 1024);
        requireBetween("maxArgon2Iterations", maxArgon2Iterations, 1, 1000);
        if (maxArgon2MemoryTimesIterations < 8 || maxArgon2MemoryTimesIterations > 1000L * maxArgon2MemoryKiB) {
            throw new IllegalArgumentException("maxArgon2MemoryTimesIterations must be between 8 and 1000 times"
                    + " maxArgon2MemoryKiB (was " + maxArgon2MemoryTimesIterations + ")");
        }
        requireBetween("maxArgon2Parallelism", maxArgon2Parallelism, 1, 255);
        requireBetween("maxPasswordBytes", maxPasswordBytes, 72, 1024 * 1024);
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " (was " + value + ")");
        }
    }
}
