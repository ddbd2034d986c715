package io.alpenlock.core.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TotpSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedSecretsHave160RandomBitsAndDiffer() {
        TotpSecret one = TotpSecret.generate(random);
        TotpSecret two = TotpSecret.generate(random);
        assertThat(one.bitLength()).isEqualTo(160);
        assertThat(one.toBase32()).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(two.toBase32());
        assertThat(TotpSecret.generate(random, 64).bitLength()).isEqualTo(512);
    }

    @Test
    void base32RoundTripIsCaseInsensitive() {
        TotpSecret secret = TotpSecret.generate(random);
        assertThat(TotpSecret.fromBase32(secret.toBase32()).bytes()).isEqualTo(secret.bytes());
        assertThat(TotpSecret.fromBase32(secret.toBase32().toLowerCase()).bytes()).isEqualTo(secret.bytes());
    }

    @Test
    void refusesSecretsShorterThan160BitsOrLongerThan512() {
        assertThatThrownBy(() -> TotpSecret.fromBytes(new byte[19])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TotpSecret.fromBytes(new byte[65])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TotpSecret.fromBase32("JBSWY3DPEHPK3PXP")) // 80 bits
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TotpSecret.generate(random, 16)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBadBase32WithoutQuotingIt() {
        String bad = "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234567";
        assertThatThrownBy(() -> TotpSecret.fromBase32(bad)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad));
    }

    @Test
    void toStringShowsTheLengthOnly() {
        TotpSecret secret = TotpSecret.generate(random);
        assertThat(secret.toString()).isEqualTo("TotpSecret[160 bits]").doesNotContain(secret.toBase32());
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] key = new byte[20];
        TotpSecret secret = TotpSecret.fromBytes(key);
        key[0] = 1;
        secret.bytes()[1] = 1;
        assertThat(secret.bytes()).containsOnly(0);
    }
}
