package io.alpenlock.mailbox.password;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Mailbox passwords as Dovecot stores them ({@code {SCHEME}data}): checks a candidate against a stored value and
 * stores new passwords in a configured {@link WriteScheme} that Dovecot verifies.
 *
 * <p>Immutable and thread-safe (the {@link SecureRandom} given is thread-safe). Nothing here logs; results and
 * exceptions never contain a password, a stored value or part of one.
 */
public final class DovecotPasswords {

    /** Dovecot's own default for {@code default_pass_scheme}: crypt(3), which picks the method from the value. */
    public static final String DOVECOT_DEFAULT_SCHEME = "CRYPT";

    private final SchemeSpec defaultScheme;
    private final VerificationLimits limits;
    private final SecureRandom random;
    private final SchemeVerifiers verifiers;

    /**
     * @param defaultScheme the scheme of stored values without a {@code {SCHEME}} prefix, like Dovecot's
     *                      {@code default_pass_scheme} (case-insensitive, {@code .HEX}/{@code .B64} allowed)
     * @throws IllegalArgumentException if the default scheme is unknown or not supported
     */
    public DovecotPasswords(String defaultScheme, VerificationLimits limits, SecureRandom random) {
        Objects.requireNonNull(defaultScheme, "defaultScheme");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.random = Objects.requireNonNull(random, "random");
        try {
            this.defaultScheme = SchemeSpec.parse(defaultScheme.trim());
        } catch (StoredPasswordException e) {
            throw new IllegalArgumentException("default password scheme {" + SchemeSpec.label(defaultScheme.trim())
                    + "}: " + e.detail());
        }
        this.verifiers = new SchemeVerifiers(limits);
    }

    /** Dovecot's default scheme ({@code CRYPT}) and the default limits. */
    public static DovecotPasswords withDefaults(SecureRandom random) {
        return new DovecotPasswords(DOVECOT_DEFAULT_SCHEME, VerificationLimits.DEFAULTS, random);
    }

    /**
     * Checks {@code candidate} against a value from the mail platform. Never throws for anything in {@code stored}:
     * a value that cannot be checked is {@link Verification.Unusable}, naming the scheme and what is wrong.
     *
     * @param stored    the stored value, possibly {@code null}
     * @param candidate the password to check; not changed or kept
     */
    public Verification verify(String stored, char[] candidate) {
        Objects.requireNonNull(candidate, "candidate");
        StoredPassword parsed;
        try {
            parsed = StoredPassword.parse(stored, defaultScheme);
        } catch (StoredPasswordException e) {
            return unusable(e, "?");
        }
        String scheme = parsed.spec().scheme().dovecotName;
        byte[] password = PasswordBytes.lenient(candidate);
        try {
            byte[] raw = parsed.spec().decode(parsed.payload());
            if (password.length > limits.maxPasswordBytes()) {
                return new Verification.Mismatch(scheme);
            }
            return verifiers.matches(parsed.spec().scheme(), raw, password)
                    ? new Verification.Match(scheme)
                    : new Verification.Mismatch(scheme);
        } catch (StoredPasswordException e) {
            return unusable(e, parsed.spec().label());
        } finally {
            PasswordBytes.wipe(password);
        }
    }

    /**
     * Stores a new password: the result ({@code {SCHEME}…}) goes to the mail platform as is.
     *
     * @throws IllegalArgumentException if the password is empty, not valid Unicode, longer than
     *                                  {@link VerificationLimits#maxPasswordBytes()}, or the scheme's cost is above
     *                                  this instance's verification limits
     */
    public String encode(char[] password, WriteScheme scheme) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(scheme, "scheme");
        requireWithinLimits(scheme);
        if (password.length == 0) {
            throw new IllegalArgumentException("an empty password cannot be stored");
        }
        byte[] bytes = PasswordBytes.strict(password);
        try {
            if (bytes.length > limits.maxPasswordBytes()) {
                throw new IllegalArgumentException(
                        "the password is longer than " + limits.maxPasswordBytes() + " bytes (UTF-8)");
            }
            return "{" + scheme.dovecotName() + "}" + hash(scheme, bytes);
        } finally {
            PasswordBytes.wipe(bytes);
        }
    }

    /** {@link #encode(char[], WriteScheme)} with the configured scheme. */
    public String encode(char[] password, WriteSchemeConfig config) {
        return encode(password, Objects.requireNonNull(config, "config").scheme());
    }

    private String hash(WriteScheme scheme, byte[] password) {
        if (scheme instanceof WriteScheme.BlfCrypt) {
            return Bcrypt.hash(password, ((WriteScheme.BlfCrypt) scheme).cost(), random);
        }
        if (scheme instanceof WriteScheme.Sha512Crypt) {
            return ShaCrypt.hash(ShaCrypt.Variant.SHA512, password, ((WriteScheme.Sha512Crypt) scheme).rounds(), random);
        }
        if (scheme instanceof WriteScheme.Sha256Crypt) {
            return ShaCrypt.hash(ShaCrypt.Variant.SHA256, password, ((WriteScheme.Sha256Crypt) scheme).rounds(), random);
        }
        if (scheme instanceof WriteScheme.Argon2id) {
            WriteScheme.Argon2id a = (WriteScheme.Argon2id) scheme;
            return Argon2Phc.hash(Argon2Phc.Variant.ARGON2ID, password, a.memoryKiB(), a.iterations(), a.parallelism(),
                    random);
        }
        WriteScheme.Argon2i a = (WriteScheme.Argon2i) scheme;
        return Argon2Phc.hash(Argon2Phc.Variant.ARGON2I, password, a.memoryKiB(), a.iterations(), a.parallelism(),
                random);
    }

    private void requireWithinLimits(WriteScheme scheme) {
        boolean within;
        if (scheme instanceof WriteScheme.BlfCrypt) {
            within = ((WriteScheme.BlfCrypt) scheme).cost() <= limits.maxBcryptCost();
        } else if (scheme instanceof WriteScheme.Sha512Crypt) {
            within = ((WriteScheme.Sha512Crypt) scheme).rounds() <= limits.maxShaCryptRounds();
        } else if (scheme instanceof WriteScheme.Sha256Crypt) {
            within = ((WriteScheme.Sha256Crypt) scheme).rounds() <= limits.maxShaCryptRounds();
        } else if (scheme instanceof WriteScheme.Argon2id) {
            WriteScheme.Argon2id a = (WriteScheme.Argon2id) scheme;
            within = argon2Within(a.memoryKiB(), a.iterations(), a.parallelism());
        } else {
            WriteScheme.Argon2i a = (WriteScheme.Argon2i) scheme;
            within = argon2Within(a.memoryKiB(), a.iterations(), a.parallelism());
        }
        if (!within) {
            throw new IllegalArgumentException(scheme.spec() + " is above the verification limits of this instance,"
                    + " so passwords stored with it could not be checked");
        }
    }

    private boolean argon2Within(int memoryKiB, int iterations, int parallelism) {
        return memoryKiB <= limits.maxArgon2MemoryKiB() && iterations <= limits.maxArgon2Iterations()
                && (long) memoryKiB * iterations <= limits.maxArgon2MemoryTimesIterations()
                && parallelism <= limits.maxArgon2Parallelism();
    }

    private static Verification.Unusable unusable(StoredPasswordException e, String scheme) {
        return new Verification.Unusable(e.problem(), e.scheme() != null ? e.scheme() : scheme, e.detail());
    }
}
