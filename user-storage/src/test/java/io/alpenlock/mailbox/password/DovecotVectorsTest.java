package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scheme verifies what the real Dovecot 2.3 wrote (see dovecot-vectors.tsv) and rejects wrong passwords. */
class DovecotVectorsTest {

    private final DovecotPasswords passwords = DovecotPasswords.withDefaults(new SecureRandom());

    static List<DovecotVectors.Vector> vectors() {
        return DovecotVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void dovecotHashVerifiesWithTheRightPassword(DovecotVectors.Vector vector) {
        Verification result = passwords.verify(vector.stored(), vector.password().toCharArray());

        assertThat(result).isInstanceOf(Verification.Match.class);
        assertThat(result.matches()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void dovecotHashRejectsAWrongPassword(DovecotVectors.Vector vector) {
        assertThat(passwords.verify(vector.stored(), ("!" + vector.password()).toCharArray()))
                .isInstanceOf(Verification.Mismatch.class);
        assertThat(passwords.verify(vector.stored(), vector.password().toUpperCase().toCharArray()))
                .isInstanceOf(Verification.Mismatch.class);
    }

    @Test
    void vectorsCoverEverySupportedScheme() {
        Set<String> asked = vectors().stream()
                .map(v -> v.askedScheme().replaceFirst("\\..*", ""))
                .map(name -> Scheme.byName(name).orElseThrow().dovecotName)
                .collect(Collectors.toSet());

        assertThat(asked).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Scheme.values()).map(s -> s.dovecotName).toArray(String[]::new));
    }

    @Test
    void bcryptIgnoresEverythingAfter72BytesAsDovecotDoes() {
        DovecotVectors.Vector longBcrypt = vectors().stream()
                .filter(v -> v.askedScheme().equals("BLF-CRYPT") && v.password().length() > 72)
                .findFirst().orElseThrow();
        String sameFirst72 = longBcrypt.password().substring(0, 72) + "-another-tail";

        assertThat(passwords.verify(longBcrypt.stored(), sameFirst72.toCharArray()).matches()).isTrue();
        assertThat(passwords.verify(longBcrypt.stored(), longBcrypt.password().substring(0, 71).toCharArray())
                .matches()).isFalse();
    }

    @Test
    void shaCryptUsesTheWholePassword() {
        DovecotVectors.Vector longSha = vectors().stream()
                .filter(v -> v.askedScheme().equals("SHA512-CRYPT") && v.password().length() > 72)
                .findFirst().orElseThrow();

        assertThat(passwords.verify(longSha.stored(), (longSha.password().substring(0, 72) + "-another-tail")
                .toCharArray()).matches()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchNamesDovecotsCanonicalScheme(DovecotVectors.Vector vector) {
        String expected = Scheme.byName(vector.askedScheme().replaceFirst("\\..*", "")).orElseThrow().dovecotName;

        assertThat(passwords.verify(vector.stored(), vector.password().toCharArray()))
                .isEqualTo(new Verification.Match(expected));
    }
}
