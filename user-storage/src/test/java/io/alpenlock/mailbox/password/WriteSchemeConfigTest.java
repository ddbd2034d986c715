package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WriteSchemeConfigTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noSettingMeansBcryptCost10(String spec) {
        WriteSchemeConfig config = WriteSchemeConfig.from(spec);

        assertThat(config).isEqualTo(WriteSchemeConfig.defaults());
        assertThat(config.scheme()).isEqualTo(new WriteScheme.BlfCrypt(10));
        assertThat(config.toSpec()).isEqualTo(WriteSchemeConfig.DEFAULT_SPEC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        BLF-CRYPT                          | BLF-CRYPT:cost=10
        blf-crypt                          | BLF-CRYPT:cost=10
        {BLF-CRYPT}                        | BLF-CRYPT:cost=10
        BLF-CRYPT:cost=12                  | BLF-CRYPT:cost=12
        ' BLF-CRYPT : cost = 12 '          | BLF-CRYPT:cost=12
        SHA512-CRYPT                       | SHA512-CRYPT:rounds=5000
        SHA512-CRYPT:rounds=10000          | SHA512-CRYPT:rounds=10000
        sha256-crypt:ROUNDS=6000           | SHA256-CRYPT:rounds=6000
        ARGON2ID                           | ARGON2ID:m=65536,t=3,p=1
        ARGON2ID:m=65536,t=3,p=1           | ARGON2ID:m=65536,t=3,p=1
        ARGON2ID:t=4                       | ARGON2ID:m=65536,t=4,p=1
        ARGON2ID:p=2,m=19456,t=2           | ARGON2ID:m=19456,t=2,p=2
        ARGON2I                            | ARGON2I:m=32768,t=4,p=1
        ARGON2I:m=65536,t=3                | ARGON2I:m=65536,t=3,p=1
        ARGON2ID:m=1048576,t=4             | ARGON2ID:m=1048576,t=4,p=1
        """)
    void readsSchemeAndParametersWithDefaultsForWhatIsLeftOut(String spec, String expected) {
        WriteSchemeConfig config = WriteSchemeConfig.from(spec);

        assertThat(config.toSpec()).isEqualTo(expected);
        assertThat(WriteSchemeConfig.from(config.toSpec())).isEqualTo(config);
    }

    @Test
    void buildsTypedSchemes() {
        assertThat(WriteSchemeConfig.from("SHA512-CRYPT:rounds=10000").scheme()).isEqualTo(new WriteScheme.Sha512Crypt(10000));
        assertThat(WriteSchemeConfig.from("ARGON2ID:m=65536,t=3,p=1").scheme())
                .isEqualTo(new WriteScheme.Argon2id(65536, 3, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        PLAIN                  | PLAIN can be verified but is not used to store passwords (plain text, fast digests and MD5-crypt are read-only); writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        cleartext              | CLEARTEXT can be verified but is not used to store passwords (plain text, fast digests and MD5-crypt are read-only); writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        SSHA512                | SSHA512 can be verified but is not used to store passwords (plain text, fast digests and MD5-crypt are read-only); writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        MD5-CRYPT              | MD5-CRYPT can be verified but is not used to store passwords (plain text, fast digests and MD5-crypt are read-only); writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        CRYPT                  | CRYPT can be verified but is not used to store passwords (plain text, fast digests and MD5-crypt are read-only); writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        BCRYPT                 | unknown password scheme 'BCRYPT'; writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        :cost=10               | the password scheme name is missing; writable schemes: BLF-CRYPT, SHA512-CRYPT, SHA256-CRYPT, ARGON2ID, ARGON2I
        BLF-CRYPT:             | nothing follows 'BLF-CRYPT:'; expected cost=N
        BLF-CRYPT:rounds=12    | unknown parameter 'rounds' for BLF-CRYPT; expected cost=N
        SHA512-CRYPT:cost=12   | unknown parameter 'cost' for SHA512-CRYPT; expected rounds=N
        ARGON2ID:m=65536,x=1   | unknown parameter 'x' for ARGON2ID; expected m=N,t=N,p=N
        ARGON2ID:m=65536,,t=3  | malformed parameter '' for ARGON2ID; expected m=N,t=N,p=N
        ARGON2ID:65536         | malformed parameter '65536' for ARGON2ID; expected m=N,t=N,p=N
        ARGON2ID:m=1,m=2       | parameter 'm' is given twice for ARGON2ID
        BLF-CRYPT:cost=ten     | parameter 'cost' for BLF-CRYPT must be a whole number (was 'ten')
        BLF-CRYPT:cost=-1      | parameter 'cost' for BLF-CRYPT must be a whole number (was '-1')
        BLF-CRYPT:cost=        | parameter 'cost' for BLF-CRYPT must be a whole number (was '')
        BLF-CRYPT:cost=99999999999 | parameter 'cost' for BLF-CRYPT must be a whole number (was '99999999999')
        BLF-CRYPT:cost=9       | BLF-CRYPT cost must be between 10 and 16 (was 9)
        BLF-CRYPT:cost=17      | BLF-CRYPT cost must be between 10 and 16 (was 17)
        SHA512-CRYPT:rounds=1000     | SHA512-CRYPT rounds must be between 5000 and 10000000 (was 1000)
        SHA256-CRYPT:rounds=10000001 | SHA256-CRYPT rounds must be between 5000 and 10000000 (was 10000001)
        ARGON2ID:m=1048577     | ARGON2ID m (KiB) must be between 19456 and 1048576 (was 1048577)
        ARGON2ID:m=8192        | ARGON2ID m (KiB) must be between 19456 and 1048576 (was 8192)
        ARGON2ID:t=1           | ARGON2ID t must be between 2 and 10 (was 1)
        ARGON2ID:p=5           | ARGON2ID p must be between 1 and 4 (was 5)
        ARGON2I:t=2            | ARGON2I t must be between 3 and 10 (was 2)
        ARGON2ID:m=1048576,t=5 | ARGON2ID m*t must be at most 4194304 KiB-passes (1 GiB x 4) (was 5242880)
        """)
    void badSettingsAreRefusedWithAMessageForTheAdmin(String spec, String message) {
        assertThatThrownBy(() -> WriteSchemeConfig.from(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aSchemeNameThatLooksLikeDataIsNotEchoed() {
        assertThatThrownBy(() -> WriteSchemeConfig.from("$6$764EsGj74Nc3O0er$Y6SiFCn"))
                .hasMessageStartingWith("unknown password scheme '?'");
    }
}
