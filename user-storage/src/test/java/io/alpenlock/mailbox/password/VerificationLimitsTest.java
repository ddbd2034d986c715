package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerificationLimitsTest {

    @Test
    void defaultsAcceptWhatDovecotWritesUpToArgon2Sensitive() {
        VerificationLimits limits = VerificationLimits.DEFAULTS;

        assertThat(limits.maxBcryptCost()).isEqualTo(16);
        assertThat(limits.maxShaCryptRounds()).isEqualTo(10_000_000);
        assertThat(limits.maxArgon2MemoryKiB()).isEqualTo(1_048_576); // doveadm pw -s ARGON2ID -r 4 writes m=1048576
        assertThat(limits.maxArgon2Iterations()).isEqualTo(10);
        assertThat(limits.maxArgon2MemoryTimesIterations()).isEqualTo(4L * 1_048_576);
        assertThat(limits.maxArgon2Parallelism()).isEqualTo(16);
        assertThat(limits.maxPasswordBytes()).isEqualTo(4096);
    }

    @Test
    void limitsOutsideWhatTheAlgorithmsAllowAreRefused() {
        assertThatThrownBy(() -> new VerificationLimits(32, 5000, 65536, 3, 1_000_000, 1, 4096))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBcryptCost must be between 4 and 31 (was 32)");
        assertThatThrownBy(() -> new VerificationLimits(10, 999, 65536, 3, 1_000_000, 1, 4096))
                .hasMessage("maxShaCryptRounds must be between 1000 and 999999999 (was 999)");
        assertThatThrownBy(() -> new VerificationLimits(10, 5000, 4, 3, 1_000_000, 1, 4096))
                .hasMessage("maxArgon2MemoryKiB must be between 8 and 4194304 (was 4)");
        assertThatThrownBy(() -> new VerificationLimits(10, 5000, 65536, 0, 1_000_000, 1, 4096))
                .hasMessage("maxArgon2Iterations must be between 1 and 1000 (was 0)");
        assertThatThrownBy(() -> new VerificationLimits(10, 5000, 65536, 3, 65536L * 1001, 1, 4096))
                .hasMessage("maxArgon2MemoryTimesIterations must be between 8 and 1000 times maxArgon2MemoryKiB"
                        + " (was 65601536)");
        assertThatThrownBy(() -> new VerificationLimits(10, 5000, 65536, 3, 1_000_000, 0, 4096))
                .hasMessage("maxArgon2Parallelism must be between 1 and 255 (was 0)");
        assertThatThrownBy(() -> new VerificationLimits(10, 5000, 65536, 3, 1_000_000, 1, 71))
                .hasMessage("maxPasswordBytes must be between 72 and 1048576 (was 71)");
    }
}
