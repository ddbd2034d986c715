package io.alpenlock.authenticators.push.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumberMatchTest {

    private static final int DRAWS = 9_000;

    @Test
    void everyDrawOffersThreeDistinctTwoDigitNumbersIncludingTheRightOne() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < DRAWS; i++) {
            NumberMatch match = NumberMatch.draw(random);

            assertThat(match.number()).isBetween(10, 99);
            assertThat(match.choices()).hasSize(3).doesNotHaveDuplicates().contains(match.number())
                    .allSatisfy(c -> assertThat(c).isBetween(10, 99));
        }
    }

    @Test
    void rightNumberIsSpreadEvenlyOverTenToNinetyNine() {
        SecureRandom random = Fixtures.seeded(1);
        int[] counts = new int[100];
        for (int i = 0; i < DRAWS; i++) {
            counts[NumberMatch.draw(random).number()]++;
        }
        // expected 100 each, standard deviation about 10
        for (int n = 10; n <= 99; n++) {
            assertThat(counts[n]).as("count of %d", n).isBetween(50, 160);
        }
    }

    @Test
    void rightNumberAppearsInEachPositionAboutEquallyOften() {
        SecureRandom random = Fixtures.seeded(2);
        int[] positions = new int[3];
        for (int i = 0; i < DRAWS; i++) {
            NumberMatch match = NumberMatch.draw(random);
            positions[match.choices().indexOf(match.number())]++;
        }
        // expected 3000 each, standard deviation about 45
        assertThat(Arrays.stream(positions).boxed()).allSatisfy(p -> assertThat(p).isBetween(2_700, 3_300));
    }

    @Test
    void decoysCoverTheWholeRangeEvenly() {
        SecureRandom random = Fixtures.seeded(3);
        int[] counts = new int[100];
        for (int i = 0; i < DRAWS; i++) {
            NumberMatch match = NumberMatch.draw(random);
            match.choices().stream().filter(c -> !match.isRight(c)).forEach(c -> counts[c]++);
        }
        // expected 200 each, standard deviation about 14
        for (int n = 10; n <= 99; n++) {
            assertThat(counts[n]).as("decoy count of %d", n).isBetween(120, 290);
        }
    }

    @Test
    void onlyTheRightNumberIsRight() {
        NumberMatch match = new NumberMatch(42, List.of(17, 42, 88));

        assertThat(match.isRight(42)).isTrue();
        assertThat(match.isRight(17)).isFalse();
        assertThat(match.isRight(88)).isFalse();
        assertThat(match.isRight(0)).isFalse();
    }

    @Test
    void choicesThatAreNotThreeDistinctInRangeNumbersWithTheRightOneAreRefused() {
        assertThatThrownBy(() -> new NumberMatch(9, List.of(9, 42, 88))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(100, List.of(100, 42, 88))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(42, List.of(17, 55, 88))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(42, List.of(42, 42, 88))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(42, List.of(42, 88))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(42, List.of(42, 88, 17, 23))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberMatch(42, List.of(42, 5, 88))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsTheRightNumber() {
        assertThat(new NumberMatch(42, List.of(17, 42, 88)).toString()).doesNotContain("42");
    }
}
