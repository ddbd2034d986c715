package io.alpenlock.mailbox.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MassDeletionGuardTest {

    private final MassDeletionGuard guard = new MassDeletionGuard(50, 10);

    @Test
    void nothingVanishedIsAlwaysAllowed() {
        assertThat(guard.allows(0, 0)).isTrue();
        assertThat(new MassDeletionGuard(0, 1).allows(1000, 0)).isTrue();
    }

    @Test
    void aHandfulOfDeletionsIsNeverBlockedByTheShareAlone() {
        assertThat(guard.allows(3, 3)).as("every address of a tiny realm").isTrue();
        assertThat(guard.allows(4, MassDeletionGuard.SHARE_FLOOR)).isTrue();
    }

    @Test
    void moreThanTheShareIsRefusedAboveTheFloor() {
        assertThat(guard.allows(40, 4)).as("exactly 10 %").isTrue();
        assertThat(guard.allows(39, 4)).as("just over 10 %").isFalse();
        assertThat(guard.allows(1000, 100)).isFalse();
        assertThat(guard.allows(100_000, 4)).isTrue();
    }

    @Test
    void moreThanTheNumberPerRunIsRefusedWhateverTheShare() {
        assertThat(guard.allows(1_000_000, 50)).isTrue();
        assertThat(guard.allows(1_000_000, 51)).isFalse();
        assertThat(new MassDeletionGuard(1, 100).allows(2, 2)).isFalse();
        assertThat(new MassDeletionGuard(0, 100).allows(1, 1)).as("0 = the check never deletes").isFalse();
    }

    @Test
    void aRealmOverridesTheLimitsWithSaneValuesOnly() {
        assertThat(guard.withOverrides("1", "50")).isEqualTo(new MassDeletionGuard(1, 50));
        assertThat(guard.withOverrides(null, " ")).isEqualTo(guard);
        assertThat(guard.withOverrides("many", "0")).as("unreadable or out of range: the server's").isEqualTo(guard);
        assertThat(guard.withOverrides("-1", "101")).isEqualTo(guard);
    }

    @Test
    void invalidLimitsAreRefused() {
        assertThatThrownBy(() -> new MassDeletionGuard(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MassDeletionGuard(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
