package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Writing new passwords. That Dovecot verifies these values was checked by hand with doveadm pw -t (see the module
 * README); here they must verify with our own code and have the shape Dovecot writes.
 */
class DovecotPasswordsEncodeTest {

    private static final String PASSWORD = "Grüezi-mitenand, ça va? 🏔";

    private final DovecotPasswords passwords = DovecotPasswords.withDefaults(new SecureRandom());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        BLF-CRYPT                 | \\{BLF-CRYPT\\}\\$2y\\$10\\$[./A-Za-z0-9]{53}
        BLF-CRYPT:cost=11         | \\{BLF-CRYPT\\}\\$2y\\$11\\$[./A-Za-z0-9]{53}
        SHA512-CRYPT              | \\{SHA512-CRYPT\\}\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}
        SHA512-CRYPT:rounds=10000 | \\{SHA512-CRYPT\\}\\$6\\$rounds=10000\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}
        SHA256-CRYPT              | \\{SHA256-CRYPT\\}\\$5\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{43}
        ARGON2ID                  | \\{ARGON2ID\\}\\$argon2id\\$v=19\\$m=65536,t=3,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}
        ARGON2ID:m=19456,t=2,p=2  | \\{ARGON2ID\\}\\$argon2id\\$v=19\\$m=19456,t=2,p=2\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}
        ARGON2I                   | \\{ARGON2I\\}\\$argon2i\\$v=19\\$m=32768,t=4,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}
        """)
    void encodedValuesHaveDovecotsShapeAndVerify(String spec, String shape) {
        String stored = passwords.encode(PASSWORD.toCharArray(), WriteSchemeConfig.from(spec));

        assertThat(stored).matches(shape);
        assertThat(passwords.verify(stored, PASSWORD.toCharArray())).isInstanceOf(Verification.Match.class);
        assertThat(passwords.verify(stored, "Grüezi-mitenand, ça va?".toCharArray()))
                .isInstanceOf(Verification.Mismatch.class);
    }

    @Test
    void everyValueHasItsOwnSalt() {
        char[] password = "secret".toCharArray();

        String first = passwords.encode(password, new WriteScheme.Sha512Crypt(5000));
        String second = passwords.encode(password, new WriteScheme.Sha512Crypt(5000));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theRandomSourceGivenIsTheOneUsed() {
        DovecotPasswords a = DovecotPasswords.withDefaults(seeded(42));
        DovecotPasswords b = DovecotPasswords.withDefaults(seeded(42));

        assertThat(a.encode("secret".toCharArray(), new WriteScheme.Sha256Crypt(5000)))
                .isEqualTo(b.encode("secret".toCharArray(), new WriteScheme.Sha256Crypt(5000)));
    }

    @Test
    void anEmptyPasswordIsNotStored() {
        assertThatThrownBy(() -> passwords.encode(new char[0], WriteSchemeConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an empty password cannot be stored");
    }

    @Test
    void aPasswordThatIsNotValidUnicodeIsNotStored() {
        assertThatThrownBy(() -> passwords.encode(new char[] {'a', '\uDC00'}, WriteSchemeConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the password is not valid Unicode (unpaired surrogate)");
    }

    @Test
    void aPasswordOverTheLimitIsNotStored() {
        char[] tooLong = "x".repeat(4097).toCharArray();

        assertThatThrownBy(() -> passwords.encode(tooLong, new WriteScheme.Sha256Crypt(5000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the password is longer than 4096 bytes (UTF-8)");
    }

    @Test
    void aSchemeAboveThisInstancesVerificationLimitsIsNotUsed() {
        DovecotPasswords strict = new DovecotPasswords("CRYPT",
                new VerificationLimits(10, 5000, 65536, 3, 4L << 20, 1, 4096), new SecureRandom());

        assertThat(strict.encode("secret".toCharArray(), new WriteScheme.Argon2id(65536, 3, 1))).startsWith("{ARGON2ID}");
        assertThatThrownBy(() -> strict.encode("secret".toCharArray(), new WriteScheme.BlfCrypt(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BLF-CRYPT:cost=11 is above the verification limits of this instance,"
                        + " so passwords stored with it could not be checked");
        assertThatThrownBy(() -> strict.encode("secret".toCharArray(), new WriteScheme.Argon2id(65536, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePasswordArrayIsLeftAsItWas() {
        char[] password = "secret".toCharArray();

        passwords.encode(password, new WriteScheme.Sha256Crypt(5000));

        assertThat(password).containsExactly('s', 'e', 'c', 'r', 'e', 't');
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
