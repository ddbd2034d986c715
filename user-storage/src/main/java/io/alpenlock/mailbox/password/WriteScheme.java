package io.alpenlock.mailbox.password;

/**
 * How new passwords are stored: one of the schemes Dovecot verifies that are fit to store a password today, with
 * its cost parameters. Plain text, single digests and MD5-crypt are read-only on purpose and have no variant here.
 *
 * <p>Each record checks its parameters: not below the published minimums for password storage (OWASP Password
 * Storage Cheat Sheet: bcrypt cost 10, Argon2id 19 MiB and 2 passes; SHA-crypt's own default 5000 rounds; libsodium's
 * minimum of 3 passes for Argon2i), and not above {@link VerificationLimits#DEFAULTS}, so that what we write can
 * always be verified again, by us and by Dovecot.
 */
public sealed interface WriteScheme
        permits WriteScheme.BlfCrypt, WriteScheme.Sha512Crypt, WriteScheme.Sha256Crypt, WriteScheme.Argon2id,
        WriteScheme.Argon2i {

    /** The name Dovecot knows, e.g. {@code BLF-CRYPT}. */
    String dovecotName();

    /** The form {@link WriteSchemeConfig#from(String)} reads, e.g. {@code ARGON2ID:m=65536,t=3,p=1}. */
    String spec();

    /** bcrypt, written as {@code {BLF-CRYPT}$2y$NN$…}. Only the first 72 bytes of a password count. */
    record BlfCrypt(int cost) implements WriteScheme {
        public static final int DEFAULT_COST = 10;
        public static final int MIN_COST = 10;

        public BlfCrypt {
            requireBetween("BLF-CRYPT cost", cost, MIN_COST, VerificationLimits.DEFAULTS.maxBcryptCost());
        }

        @Override
        public String dovecotName() {
            return "BLF-CRYPT";
        }

        @Override
        public String spec() {
            return dovecotName() + ":cost=" + cost;
        }
    }

    /** SHA-crypt with SHA-512, written as {@code {SHA512-CRYPT}$6$[rounds=N$]salt$…}. */
    record Sha512Crypt(int rounds) implements WriteScheme {
        public Sha512Crypt {
            requireShaCryptRounds("SHA512-CRYPT", rounds);
        }

        @Override
        public String dovecotName() {
            return "SHA512-CRYPT";
        }

        @Override
        public String spec() {
            return dovecotName() + ":rounds=" + rounds;
        }
    }

    /** SHA-crypt with SHA-256, written as {@code {SHA256-CRYPT}$5$[rounds=N$]salt$…}. */
    record Sha256Crypt(int rounds) implements WriteScheme {
        public Sha256Crypt {
            requireShaCryptRounds("SHA256-CRYPT", rounds);
        }

        @Override
        public String dovecotName() {
            return "SHA256-CRYPT";
        }

        @Override
        public String spec() {
            return dovecotName() + ":rounds=" + rounds;
        }
    }

    /** Argon2id, written as {@code {ARGON2ID}$argon2id$v=19$m=…,t=…,p=…$salt$hash}. Dovecot needs libsodium for it. */
    record Argon2id(int memoryKiB, int iterations, int parallelism) implements WriteScheme {
        /** Dovecot's defaults (libsodium's "moderate" opslimit with its "interactive" memlimit). */
        public static final int DEFAULT_MEMORY_KIB = 65536;
        public static final int DEFAULT_ITERATIONS = 3;
        public static final int DEFAULT_PARALLELISM = 1;

        public Argon2id {
            requireArgon2("ARGON2ID", memoryKiB, iterations, parallelism, 2);
        }

        @Override
        public String dovecotName() {
            return "ARGON2ID";
        }

        @Override
        public String spec() {
            return dovecotName() + ":m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    /** Argon2i, written as {@code {ARGON2I}$argon2i$v=19$m=…,t=…,p=…$salt$hash}. Prefer Argon2id. */
    record Argon2i(int memoryKiB, int iterations, int parallelism) implements WriteScheme {
        /** Dovecot's defaults (libsodium's "interactive" limits for Argon2i). */
        public static final int DEFAULT_MEMORY_KIB = 32768;
        public static final int DEFAULT_ITERATIONS = 4;
        public static final int DEFAULT_PARALLELISM = 1;

        public Argon2i {
            requireArgon2("ARGON2I", memoryKiB, iterations, parallelism, 3);
        }

        @Override
        public String dovecotName() {
            return "ARGON2I";
        }

        @Override
        public String spec() {
            return dovecotName() + ":m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    /** SHA-crypt's default number of rounds, written without {@code rounds=} as Dovecot does. */
    int SHA_CRYPT_DEFAULT_ROUNDS = ShaCrypt.ROUNDS_DEFAULT;
    /** OWASP's minimum Argon2 memory (19 MiB). */
    int ARGON2_MIN_MEMORY_KIB = 19 * 1024;
    /** Highest Argon2 parallelism written: Dovecot (libsodium) verifies any, but computes lanes one after another. */
    int ARGON2_MAX_PARALLELISM = 4;

    private static void requireShaCryptRounds(String scheme, int rounds) {
        requireBetween(scheme + " rounds", rounds, SHA_CRYPT_DEFAULT_ROUNDS, VerificationLimits.DEFAULTS.maxShaCryptRounds());
    }

    private static void requireArgon2(String scheme, int memoryKiB, int iterations, int parallelism, int minIterations) {
        requireBetween(scheme + " m (KiB)", memoryKiB, ARGON2_MIN_MEMORY_KIB, VerificationLimits.DEFAULTS.maxArgon2MemoryKiB());
        requireBetween(scheme + " t", iterations, minIterations, VerificationLimits.DEFAULTS.maxArgon2Iterations());
        requireBetween(scheme + " p", parallelism, 1, ARGON2_MAX_PARALLELISM);
        long work = (long) memoryKiB * iterations;
        long maxWork = VerificationLimits.DEFAULTS.maxArgon2MemoryTimesIterations();
        if (work > maxWork) {
            throw new IllegalArgumentException(scheme + " m*t must be at most " + maxWork + " KiB-passes (1 GiB x 4)"
                    + " (was " + work + ")");
        }
    }

    private static void requireBetween(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + " (was " + value + ")");
        }
    }
}
