package io.alpenlock.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertThat(LoginAddress.parse("  Jean.Dupont@Example.ORG ").orElseThrow().value()).isEqualTo("jean.dupont@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign", "@example.org", "a@b", "a@@b.org", "a b@c.org", "<script>@x.org",
            "a@example.org\nBcc: x@y.org", "a..b@example.org"})
    void whatCannotBeAnAddressIsRefused(String input) {
        assertThat(LoginAddress.parse(input)).isEmpty();
    }

    @Test
    void overlongAndMissingInputIsRefused() {
        assertThat(LoginAddress.parse(null)).isEmpty();
        assertThat(LoginAddress.parse("a".repeat(250) + "@example.org")).isEmpty();
        assertThat(LoginAddress.parse("x".repeat(100_000))).isEmpty();
    }

    @Test
    void namePartsComeFromTheLocalPart() {
        assertThat(LoginAddress.parse("jean.dupont@x.org").orElseThrow().nameParts()).containsExactly("jean", "dupont");
        assertThat(LoginAddress.parse("j_p-k@x.org").orElseThrow().nameParts()).containsExactly("j", "k");
        assertThat(LoginAddress.parse("solo@x.org").orElseThrow().nameParts()).containsExactly("solo", null);
        assertThat(RecoveryUsernames.initials(LoginAddress.parse("élodie.müller@x.org").orElseThrow().nameParts()[0],
                LoginAddress.parse("élodie.müller@x.org").orElseThrow().nameParts()[1])).isEqualTo("em");
    }
}
