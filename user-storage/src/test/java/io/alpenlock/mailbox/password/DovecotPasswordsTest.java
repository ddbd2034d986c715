package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.mailbox.password.Verification.Problem;
import io.alpenlock.mailbox.password.Verification.Unusable;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How stored values are read: prefixes, default scheme, encodings, and the typed failures. */
class DovecotPasswordsTest {

    // All written by doveadm pw (see dovecot-vectors.tsv) for the password "secret".
    private static final String SHA512_CRYPT =
            "$6$764EsGj74Nc3O0er$Y6SiFCn.iOhzOpQNlBGTGgtKcDv708Rs0v3JU8nn3r.AbSwo19zU8O2ql2.WerleDrzJFkwJ7Ukh6Plzq4/oR1";
    private static final String BCRYPT = "$2y$05$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe.";
    private static final String MD5_CRYPT = "$1$Db7CQjHa$UfiP4JYW9/nYxcLTHrwvY.";
    private static final String SHA256_B64 = "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols=";
    private static final String SHA256_HEX = "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b";
    private static final char[] SECRET = "secret".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final DovecotPasswords passwords = DovecotPasswords.withDefaults(random);

    @ParameterizedTest
    @ValueSource(strings = {"{SHA512-CRYPT}", "{sha512-crypt}", "{Sha512-Crypt}", "{CRYPT}", "{crypt}", "{SHA256-CRYPT}"})
    void schemeNamesAreCaseInsensitive(String prefix) {
        assertThat(passwords.verify(prefix + SHA512_CRYPT, SECRET).matches()).isTrue();
    }

    @Test
    void aValueWithoutPrefixUsesDovecotsDefaultSchemeCrypt() {
        assertThat(passwords.verify(SHA512_CRYPT, SECRET)).isEqualTo(new Verification.Match("CRYPT"));
        assertThat(passwords.verify(BCRYPT, SECRET)).isEqualTo(new Verification.Match("CRYPT"));
    }

    @Test
    void aValueWithoutPrefixUsesTheConfiguredDefaultScheme() {
        DovecotPasswords plainByDefault = new DovecotPasswords("plain", VerificationLimits.DEFAULTS, random);
        DovecotPasswords sha256ByDefault = new DovecotPasswords("SHA256", VerificationLimits.DEFAULTS, random);

        assertThat(plainByDefault.verify("secret", SECRET)).isEqualTo(new Verification.Match("PLAIN"));
        assertThat(plainByDefault.verify(SHA512_CRYPT, SECRET).matches()).isFalse();
        assertThat(plainByDefault.verify("{SHA512-CRYPT}" + SHA512_CRYPT, SECRET).matches()).isTrue();
        assertThat(sha256ByDefault.verify(SHA256_B64, SECRET).matches()).isTrue();
        assertThat(sha256ByDefault.verify(SHA256_HEX, SECRET).matches()).isTrue();
    }

    @Test
    void anUnprefixedMd5CryptValueIsMd5CryptWhateverTheDefaultAsInDovecot() {
        DovecotPasswords plainByDefault = new DovecotPasswords("PLAIN", VerificationLimits.DEFAULTS, random);

        assertThat(plainByDefault.verify(MD5_CRYPT, SECRET)).isEqualTo(new Verification.Match("MD5-CRYPT"));
    }

    @Test
    void aBraceWithoutClosingBraceIsDataInTheDefaultScheme() {
        DovecotPasswords plainByDefault = new DovecotPasswords("PLAIN", VerificationLimits.DEFAULTS, random);

        assertThat(plainByDefault.verify("{secret", "{secret".toCharArray()).matches()).isTrue();
    }

    @Test
    void anUnknownDefaultSchemeIsRefusedAtConstruction() {
        assertThatThrownBy(() -> new DovecotPasswords("NOPE", VerificationLimits.DEFAULTS, random))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{NOPE}");
        assertThatThrownBy(() -> new DovecotPasswords("CRAM-MD5", VerificationLimits.DEFAULTS, random))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not supported");
    }

    @Test
    void fixedLengthDigestsAreReadAsHexOrBase64ByLengthWithoutSuffix() {
        assertThat(passwords.verify("{SHA256}" + SHA256_B64, SECRET).matches()).isTrue();
        assertThat(passwords.verify("{SHA256}" + SHA256_HEX, SECRET).matches()).isTrue();
        assertThat(passwords.verify("{SHA256}" + SHA256_HEX.toUpperCase(), SECRET).matches()).isTrue();
        assertThat(passwords.verify("{SHA256.hex}" + SHA256_HEX, SECRET).matches()).isTrue();
        assertThat(passwords.verify("{SHA256.b64}" + SHA256_B64, SECRET).matches()).isTrue();
        assertThat(passwords.verify("{SHA256.BASE64}" + SHA256_B64, SECRET).matches()).isTrue();
    }

    @Test
    void plainComparesTheWholeValue() {
        assertThat(passwords.verify("{PLAIN}secret", "secre".toCharArray()).matches()).isFalse();
        assertThat(passwords.verify("{PLAIN}secret", "secrets".toCharArray()).matches()).isFalse();
        assertThat(passwords.verify("{CLEARTEXT}s{e}cret", "s{e}cret".toCharArray()).matches()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingStoredIsEmpty(String stored) {
        Verification result = passwords.verify(stored, SECRET);

        assertThat(result).isInstanceOf(Unusable.class);
        assertThat(((Unusable) result).problem()).isEqualTo(Problem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{PLAIN}", "{SHA512-CRYPT}", "{BLF-CRYPT}", "{ARGON2ID}"})
    void aSchemeWithNothingAfterItIsEmpty(String stored) {
        assertThat(unusable(stored).problem()).isEqualTo(Problem.EMPTY);
        assertThat(unusable(stored).detail()).isEqualTo("nothing follows the scheme");
    }

    @Test
    void anUnknownSchemeIsNamedInTheFailure() {
        Unusable result = unusable("{SHA3-512}abcdef");

        assertThat(result.problem()).isEqualTo(Problem.UNKNOWN_SCHEME);
        assertThat(result.scheme()).isEqualTo("SHA3-512");
        assertThat(result.message()).isEqualTo("UNKNOWN_SCHEME {SHA3-512}: Dovecot has no such scheme");
    }

    @Test
    void anUnknownEncodingSuffixIsAnUnknownScheme() {
        Unusable result = unusable("{SHA256.base32}" + SHA256_B64);

        assertThat(result.problem()).isEqualTo(Problem.UNKNOWN_SCHEME);
        assertThat(result.scheme()).isEqualTo("SHA256.BASE32");
    }

    @Test
    void anEmptySchemeNameIsUnknown() {
        assertThat(unusable("{}secret").problem()).isEqualTo(Problem.UNKNOWN_SCHEME);
    }

    @Test
    void aSchemeNameThatCouldBeDataIsNotEchoed() {
        Unusable result = unusable("{" + SHA512_CRYPT + "}x");

        assertThat(result.problem()).isEqualTo(Problem.UNKNOWN_SCHEME);
        assertThat(result.scheme()).isEqualTo("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{CRAM-MD5}", "{SCRAM-SHA-256}", "{PBKDF2}", "{DES-CRYPT}", "{digest-md5}"})
    void aDovecotSchemeWeDoNotVerifyIsUnsupported(String prefix) {
        assertThat(unusable(prefix + "abcd").problem()).isEqualTo(Problem.UNSUPPORTED_SCHEME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {CRYPT}$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7 | crypt method $y$ (yescrypt) is not supported
        {CRYPT}$7$CU..../....abcdefghijkl$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG     | crypt method $7$ is not supported
        {CRYPT}abJnggxhB/yWI                                                             | crypt method DES is not supported
        {BLF-CRYPT}$2x$05$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe.          | bcrypt variant $2x$ (crypt_blowfish's 8-bit bug mode) is not supported
        """)
    void cryptMethodsWeDoNotImplementAreUnsupported(String stored, String detail) {
        Unusable result = unusable(stored);

        assertThat(result.problem()).isEqualTo(Problem.UNSUPPORTED_SCHEME);
        assertThat(result.detail()).isEqualTo(detail);
    }

    @Test
    void dovecotCheckedSchemesAcceptAnyCryptMethodLikeDovecot() {
        // Dovecot passes SHA256-CRYPT/SHA512-CRYPT/CRYPT values to crypt(3) (verified with doveadm pw -t)
        assertThat(passwords.verify("{SHA256-CRYPT}" + BCRYPT, SECRET).matches()).isTrue();
        assertThat(passwords.verify("{SHA512-CRYPT}" + MD5_CRYPT, SECRET).matches()).isTrue();
        // while BLF-CRYPT and MD5-CRYPT have their own implementations that accept only their own format
        assertThat(unusable("{BLF-CRYPT}" + SHA512_CRYPT).problem()).isEqualTo(Problem.MALFORMED);
        assertThat(unusable("{MD5-CRYPT}" + SHA512_CRYPT).problem()).isEqualTo(Problem.MALFORMED);
    }

    @Test
    void argon2SchemesAcceptEitherVariantLikeDovecot() {
        String argon2i = "$argon2i$v=19$m=32768,t=3,p=1$xqaXNy7VHPbI/xFg87S75w$XKEPs3RnddK+NoFM0xzxD2ul1mgnk27GTLjykV0VBIQ";

        assertThat(passwords.verify("{ARGON2ID}" + argon2i, SECRET).matches()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {SHA256}K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols         | base-64 data must be padded to a multiple of 4 characters
        {SHA256}K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unol*=        | not valid base-64
        {SHA256}K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Un            | digest must have 32 bytes (has 30)
        {SHA256.HEX}2bb80d537b1da3e38bd30361aa855686bde0eacd7162fe  | digest must have 32 bytes (has 23)
        {SHA256.HEX}2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25g | not valid hex
        {SHA256.HEX}2bb                                             | hex data must have an even number of digits
        {SSHA256}K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols=       | SHA-256 value must be longer than the 32-byte digest (it ends with the salt)
        {SHA512-CRYPT}$6$764EsGj74Nc3O0er$Y6SiFCn.iOhzOpQNlBGTGgtKcDv708Rs0v3JU8nn3r  | $6$ checksum must have 86 characters from ./0-9A-Za-z
        {SHA512-CRYPT}$6$764EsGj74Nc3O0er0123$Y6SiFCn                 | SHA-crypt value must look like $5$[rounds=N$]salt$checksum or $6$[rounds=N$]salt$checksum with a salt of at most 16 characters
        {SHA512-CRYPT}$6$764EsGj74Nc3O0er                             | SHA-crypt value must look like $5$[rounds=N$]salt$checksum or $6$[rounds=N$]salt$checksum with a salt of at most 16 characters
        {SHA512-CRYPT}764EsGj74Nc3O0er                                | not a crypt(3) string ($id$…)
        {MD5-CRYPT}$1$Db7CQjHa$UfiP4JYW9/nYxcLTHrwv                   | $1$ checksum must have 22 characters from ./0-9A-Za-z
        {MD5-CRYPT}$1$Db7CQjHaXX$UfiP4JYW9/nYxcLTHrwvY.               | MD5-crypt value must look like $1$salt$checksum with a salt of at most 8 characters
        {BLF-CRYPT}$2y$05$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe  | bcrypt value must look like $2y$NN$ followed by 53 characters from ./A-Za-z0-9
        {BLF-CRYPT}$2y$03$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe.  | bcrypt cost must be between 04 and 31 (was 03)
        {ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$jsbDwMru9g2FarLY2fVVjw            | Argon2 value must look like $argon2id$v=19$m=N,t=N,p=N$salt$hash (argon2i or argon2id)
        {ARGON2ID}$argon2d$v=19$m=65536,t=3,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 value must look like $argon2id$v=19$m=N,t=N,p=N$salt$hash (argon2i or argon2id)
        {ARGON2ID}$argon2id$v=18$m=65536,t=3,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 version must be v=16 or v=19 (was v=18)
        {ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$jsbDw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 salt is not valid base-64
        {ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$jsbDwMru$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 salt must have 8 to 64 bytes (has 6)
        {ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjL | Argon2 hash must have 16 to 128 bytes (has 9)
        {ARGON2ID}$argon2id$v=19$m=65536,t=0,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 t must be at least 1
        {ARGON2ID}$argon2id$v=19$m=65536,t=3,p=0$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 p must be at least 1
        {ARGON2ID}$argon2id$v=19$m=15,t=3,p=2$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w  | Argon2 m must be at least 8 KiB per lane (8 * p)
        """)
    void malformedValuesSayWhatIsWrongWithoutShowingTheValue(String stored, String detail) {
        Unusable result = unusable(stored);

        assertThat(result.problem()).isEqualTo(Problem.MALFORMED);
        assertThat(result.detail()).isEqualTo(detail);
        assertThat(result.message()).doesNotContain(stored.substring(stored.indexOf('}') + 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {BLF-CRYPT}$2y$17$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe.   | bcrypt cost 17 is above the limit of 16
        {BLF-CRYPT}$2y$31$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe.   | bcrypt cost 31 is above the limit of 16
        {SHA512-CRYPT}$6$rounds=10000001$764EsGj74Nc3O0er$Y6SiFCn.iOhzOpQNlBGTGgtKcDv708Rs0v3JU8nn3r.AbSwo19zU8O2ql2.WerleDrzJFkwJ7Ukh6Plzq4/oR1 | 10000001 rounds is above the limit of 10000000
        {SHA256-CRYPT}$6$rounds=9999999999$764EsGj74Nc3O0er$Y6SiFCn.iOhzOpQNlBGTGgtKcDv708Rs0v3JU8nn3r.AbSwo19zU8O2ql2.WerleDrzJFkwJ7Ukh6Plzq4/oR1 | 9999999999 rounds is above the limit of 10000000
        {ARGON2ID}$argon2id$v=19$m=1048577,t=3,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 m=1048577 KiB is above the limit of 1048576 KiB
        {ARGON2ID}$argon2id$v=19$m=9999999999,t=3,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 m=9999999999 KiB is above the limit of 1048576 KiB
        {ARGON2ID}$argon2id$v=19$m=1048576,t=5,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 m*t = 5242880 KiB-passes is above the limit of 4194304
        {ARGON2I}$argon2i$v=19$m=65536,t=11,p=1$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 t=11 is above the limit of 10
        {ARGON2I}$argon2i$v=19$m=65536,t=3,p=17$jsbDwMru9g2FarLY2fVVjw$7SkbcpxW8CjLqsZKFiv5e4Xp3auBBIOIKxPc9RZdE2w | Argon2 p=17 is above the limit of 16
        """)
    void absurdCostParametersAreRefusedWithoutComputing(String stored, String detail) {
        long start = System.nanoTime();
        Unusable result = unusable(stored);

        assertThat(result.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(result.detail()).isEqualTo(detail);
        assertThat(System.nanoTime() - start).as("refused before hashing").isLessThan(1_000_000_000L);
    }

    @Test
    void limitsAreConfigurable() {
        VerificationLimits strict = new VerificationLimits(8, 4000, 8192, 1, 4L << 20, 1, 256);
        DovecotPasswords strictPasswords = new DovecotPasswords("CRYPT", strict, random);

        assertThat(strictPasswords.verify("{BLF-CRYPT}" + BCRYPT, SECRET).matches()).isTrue();
        assertThat(((Unusable) strictPasswords.verify("{BLF-CRYPT}$2y$09$SHGOWc7Wk77qba.4cY.gKe.yfucwglGdYZ973PDOahlzyacOKZoe.",
                SECRET)).problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(((Unusable) strictPasswords.verify("{SHA512-CRYPT}" + SHA512_CRYPT, SECRET)).detail())
                .isEqualTo("5000 rounds is above the limit of 4000");
    }

    @Test
    void aCandidateLongerThanTheLimitDoesNotMatchAndIsNotHashed() {
        DovecotPasswords shortLimit = new DovecotPasswords("CRYPT",
                new VerificationLimits(16, 10_000_000, 1 << 20, 10, 4L << 20, 16, 100), random);
        String longPassword = "x".repeat(101);

        assertThat(shortLimit.verify("{PLAIN}" + longPassword, longPassword.toCharArray()))
                .isEqualTo(new Verification.Mismatch("PLAIN"));
        assertThat(shortLimit.verify("{PLAIN}" + longPassword.substring(1), longPassword.substring(1).toCharArray())
                .matches()).isTrue();
    }

    @Test
    void aCandidateWithAnUnpairedSurrogateIsCheckedNotThrown() {
        char[] broken = {'s', '\uD800', 't'};

        assertThat(passwords.verify("{PLAIN}s?t", broken).matches()).isTrue();
        assertThat(passwords.verify("{SHA512-CRYPT}" + SHA512_CRYPT, broken).matches()).isFalse();
    }

    @Test
    void theCandidateArrayIsLeftAsItWas() {
        char[] candidate = "secret".toCharArray();

        passwords.verify("{SHA512-CRYPT}" + SHA512_CRYPT, candidate);

        assertThat(candidate).containsExactly('s', 'e', 'c', 'r', 'e', 't');
    }

    @Test
    void aStoredPasswordDoesNotShowItsValue() throws Exception {
        StoredPassword parsed = StoredPassword.parse("{PLAIN}hunter2", new SchemeSpec(Scheme.CRYPT, null));

        assertThat(parsed.toString()).isEqualTo("StoredPassword[{PLAIN}, 7 characters]").doesNotContain("hunter2");
    }

    private Unusable unusable(String stored) {
        Verification result = passwords.verify(stored, SECRET);
        assertThat(result).isInstanceOf(Unusable.class);
        return (Unusable) result;
    }
}
