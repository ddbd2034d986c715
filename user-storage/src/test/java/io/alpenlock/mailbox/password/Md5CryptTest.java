package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MD5-crypt against values written by OpenSSL 3.0 ({@code openssl passwd -1 -salt S P}), an independent implementation. */
class Md5CryptTest {

    private final DovecotPasswords passwords = DovecotPasswords.withDefaults(new SecureRandom());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
        Hello world! | $1$saltstri$YMyguxXMBpd2TEZ.vS/3q1
        ''           | $1$$qRPK7m23GJusamGpoGLby/
        a            | $1$abcdefgh$jUYc1Xi7pkozuzWQ0Dft71
        a very long password that is longer than sixteen bytes, more than thirty two too | $1$x$qIwjHmSbU9w/Ci7bIU91V.
        """)
    void opensslValuesVerify(String password, String stored) {
        assertThat(passwords.verify("{MD5-CRYPT}" + stored, password.toCharArray()).matches()).isTrue();
        assertThat(passwords.verify("{MD5-CRYPT}" + stored, (password + "x").toCharArray()).matches()).isFalse();
    }
}
