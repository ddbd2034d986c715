package io.alpenlock.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryEmailAddressTest {

    @Test
    void aPlainAddressIsKeptTrimmedWithTheDomainInLowerCase() {
        RecoveryEmailAddress.Checked checked = RecoveryEmailAddress.check("  Anna.Muster@Example.ORG ", "anna@alpenlock.test");
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.address()).isEqualTo("Anna.Muster@example.org");
        assertThat(checked.masked()).isEqualTo("A•••r@example.org");
        assertThat(checked.destination()).startsWith("mail:").doesNotContain("Anna");
    }

    @Test
    void theDestinationIgnoresCase() {
        assertThat(RecoveryEmailAddress.check("a@b.ch", null).destination())
                .isEqualTo(RecoveryEmailAddress.check("A@B.CH", null).destination());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "a@b", "a@@b.ch", "a b@c.ch", "<script>alert(1)</script>@x.ch",
            "\"quoted\"@x.ch", "a@[127.0.0.1]", "Name <a@b.ch>", "a..b@c.ch", ".a@c.ch", "a@-b.ch", "a@b.ch\nBcc: c@d.ch"})
    void whatIsNotAPlainAddressIsInvalid(String typed) {
        assertThat(RecoveryEmailAddress.check(typed, null).problemKey()).isEqualTo(RecoveryEmailAddress.INVALID);
    }

    @Test
    void emptyTooLongAndTheLoginAddressAreRefusedWithTheirOwnMessage() {
        assertThat(RecoveryEmailAddress.check("  ", null).problemKey()).isEqualTo(RecoveryEmailAddress.EMPTY);
        assertThat(RecoveryEmailAddress.check(null, null).problemKey()).isEqualTo(RecoveryEmailAddress.EMPTY);
        assertThat(RecoveryEmailAddress.check("a".repeat(250) + "@b.ch", null).problemKey())
                .isEqualTo(RecoveryEmailAddress.TOO_LONG);
        assertThat(RecoveryEmailAddress.check("x".repeat(100_000), null).problemKey())
                .isEqualTo(RecoveryEmailAddress.TOO_LONG);
        assertThat(RecoveryEmailAddress.check("a".repeat(65) + "@b.ch", null).problemKey())
                .isEqualTo(RecoveryEmailAddress.INVALID);
        assertThat(RecoveryEmailAddress.check("Anna@Alpenlock.test", "anna@alpenlock.test").problemKey())
                .isEqualTo(RecoveryEmailAddress.SAME_AS_LOGIN);
    }
}
