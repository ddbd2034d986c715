package io.alpenlock.mailbox.password;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Dovecot password schemes this library verifies, with Dovecot's names, aliases and default payload encoding.
 * {@link #rawLength} is the decoded length of the fixed-length digest schemes (0 when it varies), which Dovecot uses
 * to tell hex from base-64 when the scheme name carries no {@code .HEX}/{@code .B64} suffix.
 */
enum Scheme {
    PLAIN("PLAIN", Kind.PLAIN, PayloadEncoding.NONE, null, 0, "CLEAR", "CLEARTEXT"),
    CRYPT("CRYPT", Kind.MODULAR_CRYPT, PayloadEncoding.NONE, null, 0),
    MD5_CRYPT("MD5-CRYPT", Kind.MD5_CRYPT, PayloadEncoding.NONE, null, 0, "MD5"),
    SHA256_CRYPT("SHA256-CRYPT", Kind.MODULAR_CRYPT, PayloadEncoding.NONE, null, 0),
    SHA512_CRYPT("SHA512-CRYPT", Kind.MODULAR_CRYPT, PayloadEncoding.NONE, null, 0),
    BLF_CRYPT("BLF-CRYPT", Kind.BCRYPT, PayloadEncoding.NONE, null, 0),
    ARGON2I("ARGON2I", Kind.ARGON2, PayloadEncoding.NONE, null, 0),
    ARGON2ID("ARGON2ID", Kind.ARGON2, PayloadEncoding.NONE, null, 0),
    SHA1("SHA1", Kind.DIGEST, PayloadEncoding.BASE64, "SHA-1", 20, "SHA"),
    SHA256("SHA256", Kind.DIGEST, PayloadEncoding.BASE64, "SHA-256", 32),
    SHA512("SHA512", Kind.DIGEST, PayloadEncoding.BASE64, "SHA-512", 64),
    SSHA("SSHA", Kind.SALTED_DIGEST, PayloadEncoding.BASE64, "SHA-1", 0),
    SSHA256("SSHA256", Kind.SALTED_DIGEST, PayloadEncoding.BASE64, "SHA-256", 0),
    SSHA512("SSHA512", Kind.SALTED_DIGEST, PayloadEncoding.BASE64, "SHA-512", 0),
    PLAIN_MD5("PLAIN-MD5", Kind.DIGEST, PayloadEncoding.HEX, "MD5", 16),
    LDAP_MD5("LDAP-MD5", Kind.DIGEST, PayloadEncoding.BASE64, "MD5", 16),
    SMD5("SMD5", Kind.SALTED_DIGEST, PayloadEncoding.BASE64, "MD5", 0);

    /** How a scheme is checked. */
    enum Kind { PLAIN, DIGEST, SALTED_DIGEST, MD5_CRYPT, MODULAR_CRYPT, BCRYPT, ARGON2 }

    /**
     * Schemes Dovecot 2.3 lists ({@code doveadm pw -l}) that are not verified here: challenge-response and
     * protocol-specific ones, DES crypt and Dovecot's own PBKDF2 format.
     */
    static final Set<String> DOVECOT_ONLY = Set.of("CRAM-MD5", "DIGEST-MD5", "HMAC-MD5", "SCRAM-SHA-1",
            "SCRAM-SHA-256", "PBKDF2", "DES-CRYPT", "OTP", "SKEY", "RPA", "LANMAN", "NTLM", "PLAIN-MD4",
            "PLAIN-TRUNC");

    private static final Map<String, Scheme> BY_NAME = byName();

    final String dovecotName;
    final Kind kind;
    final PayloadEncoding defaultEncoding;
    /** JCA name of the digest for {@link Kind#DIGEST} and {@link Kind#SALTED_DIGEST}. */
    final String digest;
    final int rawLength;
    private final String[] aliases;

    Scheme(String dovecotName, Kind kind, PayloadEncoding defaultEncoding, String digest, int rawLength,
           String... aliases) {
        this.dovecotName = dovecotName;
        this.kind = kind;
        this.defaultEncoding = defaultEncoding;
        this.digest = digest;
        this.rawLength = rawLength;
        this.aliases = aliases;
    }

    /** By Dovecot name or alias, case-insensitive. */
    static Optional<Scheme> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, Scheme> byName() {
        Map<String, Scheme> map = new HashMap<>();
        for (Scheme scheme : values()) {
            map.put(scheme.dovecotName, scheme);
            for (String alias : scheme.aliases) {
                map.put(alias, scheme);
            }
        }
        return Map.copyOf(map);
    }
}
