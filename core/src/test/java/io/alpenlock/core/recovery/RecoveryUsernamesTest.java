package io.alpenlock.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryUsernamesTest {

    /** Answers nextInt(bound) with the given values in turn. */
    private static final class ScriptedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final int[] values;
        private final List<Integer> bounds = new ArrayList<>();
        private int next;

        ScriptedRandom(int... values) {
            this.values = values;
        }

        @Override
        public int nextInt(int bound) {
            bounds.add(bound);
            return values[next++ % values.length];
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Élodie      | Müller         | em",
            "alice       | smith          | as",
            "Ørjan       | Ødegård        | oo",
            "Æsa         | Œuvray         | ao",
            "Łukasz      | Ðurić          | ld",
            "Þóra        | Straße         | ts",
            "ßaron       | İnce           | si",
            "Jean-Luc    | Picard         | jp",
            "'   ''t Jan' | '''t Hooft'   | tt",
            "Ève         | d'Alembert     | ed",
            "Ａｎｎａ      | Ｂａｋｅｒ         | ab",
            "Çağla       | Şahin          | cs",
            "Zoë         | null           | z",
            "null        | Müller         | m",
            "''          | Núñez          | n",
            "Ἀλέξανδρος  | Smith          | s",
            "Иван        | Петров         | x",
            "张          | 伟             | x",
            "null        | null           | x",
            "'  '        | 123            | x",
            "😀Emma      | 42 Watson      | ew"})
    void initialsAreTheFoldedFirstLettersOfBothNames(String first, String last, String initials) {
        assertThat(RecoveryUsernames.initials(first, last)).isEqualTo(initials);
    }

    @Test
    void aUsernameIsTheInitialsAndFiveRandomDigits() {
        ScriptedRandom random = new ScriptedRandom(4217);
        assertThat(new RecoveryUsernames(random).generate("Élodie", "Müller", u -> false)).isEqualTo("em04217");
        assertThat(random.bounds).containsExactly(100_000);
        assertThat(new RecoveryUsernames(new ScriptedRandom(0)).generate(null, null, u -> false)).isEqualTo("x00000");
        assertThat(new RecoveryUsernames(new ScriptedRandom(99_999)).generate("a", "b", u -> false))
                .isEqualTo("ab99999");
    }

    @Test
    void usernamesAreLowerCaseAsciiWithoutAnAtSign() {
        RecoveryUsernames usernames = new RecoveryUsernames(new SecureRandom());
        for (int i = 0; i < 200; i++) {
            assertThat(usernames.generate("Ångström", "ØRSTED", u -> false)).matches("ao[0-9]{5}");
        }
    }

    @Test
    void triesAgainWhenAUsernameIsTaken() {
        ScriptedRandom random = new ScriptedRandom(1, 2, 3);
        Set<String> taken = Set.of("em00001", "em00002");
        List<String> asked = new ArrayList<>();
        String username = new RecoveryUsernames(random).generate("Élodie", "Müller", candidate -> {
            asked.add(candidate);
            return taken.contains(candidate);
        });
        assertThat(username).isEqualTo("em00003");
        assertThat(asked).containsExactly("em00001", "em00002", "em00003");
    }

    @Test
    void givesUpClearlyAfterABoundedNumberOfTries() {
        List<String> asked = new ArrayList<>();
        assertThatThrownBy(() -> new RecoveryUsernames(new SecureRandom()).generate("Élodie", "Müller", candidate -> {
            asked.add(candidate);
            return true;
        })).isInstanceOfSatisfying(NoFreeUsernameException.class, e -> assertThat(e.initials()).isEqualTo("em"))
                .hasMessage("no free recovery username: all 10 random candidates emNNNNN were taken");
        assertThat(asked).hasSize(RecoveryUsernames.MAX_TRIES);
    }

    @Test
    void digitsAreSpreadOverTheWholeRange() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(7);
        RecoveryUsernames usernames = new RecoveryUsernames(random);
        Set<String> seen = new HashSet<>();
        int[] firstDigit = new int[10];
        for (int i = 0; i < 10_000; i++) {
            String username = usernames.generate("a", "b", u -> false);
            seen.add(username);
            firstDigit[username.charAt(2) - '0']++;
        }
        assertThat(seen).hasSizeGreaterThan(9_400);
        for (int count : firstDigit) {
            assertThat(count).isBetween(850, 1_150);
        }
    }

    @Test
    void needsARandomSourceAndAPredicate() {
        assertThatThrownBy(() -> new RecoveryUsernames(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RecoveryUsernames(new SecureRandom()).generate("a", "b", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFailingPredicateIsNotHidden() {
        assertThatThrownBy(() -> new RecoveryUsernames(new SecureRandom()).generate("a", "b", u -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }
}
