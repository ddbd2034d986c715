package io.alpenlock.mailbox.password;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Dovecot's plain-digest schemes: {@code SHA1}/{@code SHA256}/{@code SHA512}/{@code PLAIN-MD5}/{@code LDAP-MD5}
 * store {@code H(password)}; the salted {@code SSHA}/{@code SSHA256}/{@code SSHA512}/{@code SMD5} store
 * {@code H(password + salt) + salt}. One fast hash: verification only, never written.
 */
final class Digests {

    private Digests() {
    }

    /**
     * @param stored the decoded stored bytes (digest, or digest followed by the salt)
     * @throws StoredPasswordException MALFORMED when the length does not fit the scheme
     */
    static boolean matches(String algorithm, boolean salted, byte[] stored, byte[] password)
            throws StoredPasswordException {
        MessageDigest md = newDigest(algorithm);
        int length = md.getDigestLength();
        if (salted ? stored.length <= length : stored.length != length) {
            throw StoredPasswordException.malformed(algorithm + (salted
                    ? " value must be longer than the " + length + "-byte digest (it ends with the salt)"
                    : " value must have exactly " + length + " bytes (has " + stored.length + ")"));
        }
        md.update(password);
        if (salted) {
            md.update(stored, length, stored.length - length);
        }
        byte[] actual = md.digest();
        byte[] expected = Arrays.copyOf(stored, length);
        return MessageDigest.isEqual(actual, expected);
    }

    static int digestLength(String algorithm) {
        return newDigest(algorithm).getDigestLength();
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
