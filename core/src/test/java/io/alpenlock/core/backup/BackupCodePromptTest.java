package io.alpenlock.core.backup;

import static io.alpenlock.core.backup.BackupCodePrompt.Page.CODES_LEFT;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.LATER;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.NEW_CODES;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.NOTHING;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.REPLACEMENT_CODES;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.REQUIRED_REPLACEMENT;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.RUNNING_LOW;
import static io.alpenlock.core.backup.BackupCodePrompt.Page.SECOND_FACTOR_FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.backup.BackupCodePrompt.Page;
import io.alpenlock.core.backup.BackupCodePrompt.Situation;
import org.junit.jupiter.api.Test;

class BackupCodePromptTest {

    @Test
    void aFirstSecondFactorBringsAFirstSetShownInAFullSignInOnly() {
        assertThat(decide(true, false, 0, false, false, false, true)).isEqualTo(NEW_CODES);
        assertThat(decide(true, false, 0, false, false, false, false)).isEqualTo(LATER);
        assertThat(decide(true, false, 0, false, true, true, true)).as("account console").isEqualTo(NEW_CODES);
    }

    @Test
    void withoutASecondFactorThereIsNothingToBackUp() {
        assertThat(decide(false, false, 0, false, false, false, true)).isEqualTo(NOTHING);
        assertThat(decide(false, false, 0, false, true, true, true)).isEqualTo(SECOND_FACTOR_FIRST);
    }

    @Test
    void afterAUseTheUserLearnsHowManyAreLeft() {
        for (int left = 3; left <= 9; left++) {
            assertThat(decide(true, true, left, true, false, false, false)).isEqualTo(CODES_LEFT);
        }
        assertThat(decide(true, true, 2, true, false, false, false)).isEqualTo(RUNNING_LOW);
        assertThat(decide(true, true, 1, true, false, false, false)).isEqualTo(RUNNING_LOW);
        assertThat(decide(true, true, 0, true, false, false, false)).isEqualTo(REQUIRED_REPLACEMENT);
        assertThat(decide(true, true, 1, true, true, false, false)).as("chose a new set").isEqualTo(REPLACEMENT_CODES);
    }

    @Test
    void aFullSignInWarnsWhenFewAreLeftAndRequiresANewSetWhenNoneAre() {
        assertThat(decide(true, true, 10, false, false, false, true)).isEqualTo(NOTHING);
        assertThat(decide(true, true, 3, false, false, false, true)).isEqualTo(NOTHING);
        assertThat(decide(true, true, 2, false, false, false, true)).isEqualTo(RUNNING_LOW);
        assertThat(decide(true, true, 0, false, false, false, true)).isEqualTo(REQUIRED_REPLACEMENT);
        assertThat(decide(false, true, 0, false, false, false, true)).as("codes kept after the app was removed")
                .isEqualTo(REQUIRED_REPLACEMENT);
    }

    @Test
    void aReusedSessionNeverSeesNewCodes() {
        assertThat(decide(true, true, 5, false, true, true, false)).isEqualTo(LATER);
        assertThat(decide(true, true, 0, false, false, false, false)).isEqualTo(LATER);
        assertThat(decide(true, true, 2, false, false, false, false)).isEqualTo(NOTHING);
    }

    @Test
    void askingForNewCodesReplacesTheSet() {
        assertThat(decide(true, true, 7, false, true, true, true)).isEqualTo(REPLACEMENT_CODES);
        assertThat(decide(true, true, 2, false, true, false, true)).isEqualTo(REPLACEMENT_CODES);
    }

    @Test
    void theSignInStopsOnlyWhenThereIsSomethingToSay() {
        assertThat(BackupCodePrompt.worthAStop(true, 9, true, false)).isTrue();
        assertThat(BackupCodePrompt.worthAStop(true, 2, false, true)).isTrue();
        assertThat(BackupCodePrompt.worthAStop(true, 0, false, true)).isTrue();
        assertThat(BackupCodePrompt.worthAStop(true, 3, false, true)).isFalse();
        assertThat(BackupCodePrompt.worthAStop(true, 0, false, false)).isFalse();
        assertThat(BackupCodePrompt.worthAStop(false, 0, false, true)).isFalse();
        assertThat(BackupCodePrompt.mayContinue(1)).isTrue();
        assertThat(BackupCodePrompt.mayContinue(0)).isFalse();
    }

    @Test
    void remainingIsNeverNegative() {
        assertThatThrownBy(() -> new Situation(true, true, -1, false, false, false, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Page decide(boolean secondFactor, boolean codes, int remaining, boolean justUsed, boolean asked,
                               boolean explicit, boolean fresh) {
        return BackupCodePrompt.decide(new Situation(secondFactor, codes, remaining, justUsed, asked, explicit, fresh));
    }
}
