package io.alpenlock.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BackupCodeGeneratorTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aSetHasTenDistinctCanonicalCodesOfEightyBits() {
        List<String> codes = BackupCodeGenerator.newSet(random);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(BackupCodeFormat.isCanonical(code)).isTrue());
        assertThat(BackupCodeFormat.BITS).isGreaterThanOrEqualTo(64).isEqualTo(80);
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUpInEveryPosition() {
        // 2,000 codes: a position missing a character by chance has probability below 1e-25
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (String code : BackupCodeGenerator.newSet(random)) {
                for (int position = 0; position < code.length(); position++) {
                    seen.add(position + ":" + code.charAt(position));
                }
            }
        }
        assertThat(seen).hasSize(16 * 32);
    }

    @Test
    void repeatsFromAFaultyRandomSourceNeverMakeASetOfDuplicates() {
        SecureRandom stuck = new SecureRandom() {
            private int calls;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) (calls++ / 3));
            }
        };
        assertThat(BackupCodeGenerator.newSet(stuck, 4)).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void setSizeIsBounded() {
        assertThatThrownBy(() -> BackupCodeGenerator.newSet(random, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupCodeGenerator.newSet(random, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
