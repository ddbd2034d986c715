package io.alpenlock.mailbox.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks decoded stored bytes against a password, for each {@link Scheme.Kind}, within the configured limits. */
final class SchemeVerifiers {

    private final ShaCrypt shaCrypt;
    private final Bcrypt bcrypt;
    private final Argon2Phc argon2;
    private final ModularCrypt modularCrypt;

    SchemeVerifiers(VerificationLimits limits) {
        this.shaCrypt = new ShaCrypt(limits);
        this.bcrypt = new Bcrypt(limits);
        this.argon2 = new Argon2Phc(limits);
        this.modularCrypt = new ModularCrypt(shaCrypt, bcrypt);
    }

    /**
     * @param stored   the stored bytes after payload decoding
     * @param password the candidate, UTF-8
     * @throws StoredPasswordException when the stored bytes cannot be checked; never for a wrong password
     */
    boolean matches(Scheme scheme, byte[] stored, byte[] password) throws StoredPasswordException {
        switch (scheme.kind) {
            case PLAIN:
                // MessageDigest.isEqual takes time proportional to its first argument: the candidate's length, which
                // the caller knows anyway, not the stored password's.
                return MessageDigest.isEqual(password, stored);
            case DIGEST:
                return Digests.matches(scheme.digest, false, stored, password);
            case SALTED_DIGEST:
                return Digests.matches(scheme.digest, true, stored, password);
            case MD5_CRYPT:
                return Md5Crypt.matches(text(stored), password);
            case MODULAR_CRYPT:
                return modularCrypt.matches(text(stored), password);
            case BCRYPT:
                return bcrypt.matches(text(stored), password);
            case ARGON2:
                return argon2.matches(text(stored), password);
            default:
                throw new IllegalStateException("no verifier for " + scheme.kind);
        }
    }

    /** Crypt and PHC strings byte for byte (ISO-8859-1 maps every byte to one char). */
    private static String text(byte[] stored) {
        return new String(stored, StandardCharsets.ISO_8859_1);
    }
}
