package io.alpenlock.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackupCodeFormatTest {

    private static final String CODE = "ABCDEFGHJKLMNPQR";

    @Test
    void codesAreShownInFourGroupsOfFour() {
        assertThat(BackupCodeFormat.display(CODE)).isEqualTo("ABCD-EFGH-JKLM-NPQR");
        assertThat(BackupCodeFormat.display("234567ZZYYXXWWVV")).isEqualTo("2345-67ZZ-YYXX-WWVV");
    }

    @Test
    void displayRefusesWhatIsNotACanonicalCodeWithoutQuotingIt() {
        assertThatThrownBy(() -> BackupCodeFormat.display("abcdefghjklmnpqr"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abcd"));
        assertThatThrownBy(() -> BackupCodeFormat.display("ABCD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputIsAcceptedWithOrWithoutSeparatorsAndInAnyCase() {
        assertThat(BackupCodeFormat.normalize("ABCD-EFGH-JKLM-NPQR")).contains(CODE);
        assertThat(BackupCodeFormat.normalize("abcd efgh jklm npqr")).contains(CODE);
        assertThat(BackupCodeFormat.normalize("  AbCdEfGhJkLmNpQr \n")).contains(CODE);
        assertThat(BackupCodeFormat.normalize("abcd\u2013efgh\u00a0jklm\u2011npqr")).contains(CODE);
        assertThat(BackupCodeFormat.normalize("ABCD.EFGH_JKLM/NPQR")).contains(CODE);
        assertThat(BackupCodeFormat.normalize("A-B-C-D-E-F-G-H-J-K-L-M-N-P-Q-R")).contains(CODE);
    }

    @Test
    void digitsOutsideTheAlphabetAreReadAsTheLettersTheyLookLike() {
        assertThat(BackupCodeFormat.normalize("0000-1111-8888-2345")).contains("OOOOIIIIBBBB2345");
    }

    @Test
    void anythingElseIsUnreadable() {
        assertThat(BackupCodeFormat.normalize(null)).isEmpty();
        assertThat(BackupCodeFormat.normalize("")).isEmpty();
        assertThat(BackupCodeFormat.normalize("ABCD-EFGH-JKLM-NPQ")).as("15 characters").isEmpty();
        assertThat(BackupCodeFormat.normalize("ABCD-EFGH-JKLM-NPQRS")).as("17 characters").isEmpty();
        assertThat(BackupCodeFormat.normalize("ABCD-EFGH-JKLM-NPQ9")).as("9 is not in the alphabet").isEmpty();
        assertThat(BackupCodeFormat.normalize("ABCD-EFGH-JKLM-NPQ\u00c4")).isEmpty();
        assertThat(BackupCodeFormat.normalize("ABCD+EFGH+JKLM+NPQR")).isEmpty();
        assertThat(BackupCodeFormat.normalize("' OR 1=1 --")).isEmpty();
        assertThat(BackupCodeFormat.normalize(" ".repeat(60) + CODE)).as("over 64 characters").isEmpty();
    }

    @Test
    void dottedTurkishIAndOtherLookalikesAreNotLetters() {
        assertThat(BackupCodeFormat.normalize("\u0130BCDEFGHJKLMNPQR")).isEmpty();
        assertThat(BackupCodeFormat.normalize("\uff21BCDEFGHJKLMNPQR")).as("full-width A").isEmpty();
    }

    @Test
    void canonicalMeansSixteenCharactersOfTheAlphabet() {
        assertThat(BackupCodeFormat.isCanonical(CODE)).isTrue();
        assertThat(BackupCodeFormat.isCanonical("ABCDEFGHJKLMNPQ1")).isFalse();
        assertThat(BackupCodeFormat.isCanonical("abcdefghjklmnpqr")).isFalse();
        assertThat(BackupCodeFormat.isCanonical(null)).isFalse();
    }
}
