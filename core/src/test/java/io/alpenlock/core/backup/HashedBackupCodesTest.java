package io.alpenlock.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class HashedBackupCodesTest {

    private final SecureRandom random = new SecureRandom();
    private final List<String> codes = BackupCodeGenerator.newSet(random);

    @Test
    void theKeyDerivationIsPbkdf2WithHmacSha256() {
        // RFC 7914 §11, first test vector of PBKDF2-HMAC-SHA-256 (first 32 of its 64 bytes)
        byte[] derived = HashedBackupCodes.pbkdf2("passwd", "salt".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1);
        assertThat(HexFormat.of().formatHex(derived))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    }

    @Test
    void everyCodeIsFoundAtItsPositionAndNothingElseMatches() {
        HashedBackupCodes hashed = HashedBackupCodes.hash(codes, random, HashedBackupCodes.MIN_ITERATIONS);
        for (int i = 0; i < codes.size(); i++) {
            assertThat(hashed.indexOf(codes.get(i))).hasValue(i);
        }
        assertThat(hashed.indexOf(BackupCodeGenerator.newSet(random, 1).get(0))).isEmpty();
        assertThat(hashed.indexOf(codes.get(0).toLowerCase())).as("only canonical input").isEmpty();
        assertThat(hashed.indexOf(BackupCodeFormat.display(codes.get(0)))).isEmpty();
        assertThat(hashed.indexOf(null)).isEmpty();
    }

    @Test
    void aSetHasOneRandomSaltAndStoresNoCode() {
        HashedBackupCodes one = HashedBackupCodes.hash(codes, random, HashedBackupCodes.MIN_ITERATIONS);
        HashedBackupCodes two = HashedBackupCodes.hash(codes, random, HashedBackupCodes.MIN_ITERATIONS);
        assertThat(one.salt()).hasSize(16).isNotEqualTo(two.salt());
        assertThat(one.hashes()).hasSize(10).allSatisfy(h -> assertThat(h).hasSize(32));
        assertThat(one.hashes().get(0)).isNotEqualTo(two.hashes().get(0));
        String all = one + HexFormat.of().formatHex(one.salt()) + one.hashes().stream().map(HexFormat.of()::formatHex).toList();
        codes.forEach(code -> assertThat(all).doesNotContain(code));
        assertThat(one.toString()).isEqualTo("HashedBackupCodes[PBKDF2-HMAC-SHA256, 1000 iterations, 10 codes]");
    }

    @Test
    void aStoredSetReadsBackAndChecksTheSame() {
        HashedBackupCodes hashed = HashedBackupCodes.hash(codes, random, 1500);
        HashedBackupCodes stored = HashedBackupCodes.of(hashed.algorithm(), hashed.iterations(), hashed.salt(), hashed.hashes());
        assertThat(stored.indexOf(codes.get(7))).hasValue(7);
        assertThat(stored.iterations()).isEqualTo(1500);
        assertThat(stored.size()).isEqualTo(10);
    }

    @Test
    void storedSetsAreCopiedInAndOut() {
        HashedBackupCodes hashed = HashedBackupCodes.hash(codes, random, HashedBackupCodes.MIN_ITERATIONS);
        byte[] salt = hashed.salt();
        List<byte[]> hashes = hashed.hashes();
        HashedBackupCodes stored = HashedBackupCodes.of(HashedBackupCodes.ALGORITHM, hashed.iterations(), salt, hashes);
        salt[0] ^= 1;
        hashes.get(3)[0] ^= 1;
        stored.salt()[1] ^= 1;
        assertThat(stored.indexOf(codes.get(3))).hasValue(3);
    }

    @Test
    void malformedStoredSetsAreRefusedWithoutQuotingThem() {
        HashedBackupCodes hashed = HashedBackupCodes.hash(codes, random, HashedBackupCodes.MIN_ITERATIONS);
        assertThatThrownBy(() -> HashedBackupCodes.of("MD5", 1000, hashed.salt(), hashed.hashes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashedBackupCodes.of(HashedBackupCodes.ALGORITHM, 10, hashed.salt(), hashed.hashes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashedBackupCodes.of(HashedBackupCodes.ALGORITHM, 1000, new byte[8], hashed.hashes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("malformed backup code hashes");
        assertThatThrownBy(() -> HashedBackupCodes.of(HashedBackupCodes.ALGORITHM, 1000, hashed.salt(), List.of(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashedBackupCodes.hash(List.of("not a code"), random, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not a code");
    }
}
