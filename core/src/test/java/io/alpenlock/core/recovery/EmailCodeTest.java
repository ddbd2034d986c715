package io.alpenlock.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BINDING = "session.tab|new@example.org";

    @Test
    void theRightCodeWorksAndTheNoteHoldsNoCode() {
        EmailCode.Issued issued = EmailCode.issue(null, BINDING, NOW, RANDOM);
        assertThat(issued.code()).matches("[0-9]{6}");
        String note = issued.note().serialize();
        assertThat(note).doesNotContain(issued.code());
        EmailCode.Check check = EmailCode.check(note, " " + issued.code() + " ", BINDING, NOW.plusSeconds(60));
        assertThat(check.outcome()).isEqualTo(EmailCode.Outcome.OK);
        assertThat(check.noteToStore()).isEmpty();
        assertThat(check.singleUseKey()).startsWith(EmailCode.SINGLE_USE_PREFIX);
    }

    @Test
    void aCodeConfirmsOnlyTheAddressAndSignInItWasSentFor() {
        EmailCode.Issued issued = EmailCode.issue(null, BINDING, NOW, RANDOM);
        EmailCode.Check check = EmailCode.check(issued.note().serialize(), issued.code(), "session.tab|other@example.org", NOW);
        assertThat(check.outcome()).isEqualTo(EmailCode.Outcome.NO_CODE);
    }

    @Test
    void wrongCodesAreCountedUntilTheAttemptsAreUsedUpAndANewCodeKeepsTheCount() {
        EmailCode.Issued issued = EmailCode.issue(null, BINDING, NOW, RANDOM);
        String note = issued.note().serialize();
        String wrong = issued.code().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < EmailCode.MAX_ATTEMPTS - 1; i++) {
            EmailCode.Check check = EmailCode.check(note, wrong, BINDING, NOW);
            assertThat(check.outcome()).isEqualTo(EmailCode.Outcome.WRONG);
            note = check.noteToStore().orElseThrow().serialize();
        }
        EmailCode.Issued again = EmailCode.issue(note, BINDING, NOW.plusSeconds(40), RANDOM);
        note = again.note().serialize();
        assertThat(again.note().failedAttempts()).isEqualTo(EmailCode.MAX_ATTEMPTS - 1);
        note = EmailCode.check(note, "not a code", BINDING, NOW.plusSeconds(41)).noteToStore().orElseThrow().serialize();
        assertThat(EmailCode.attemptsUsedUp(note)).isTrue();
        assertThat(EmailCode.check(note, again.code(), BINDING, NOW.plusSeconds(42)).outcome())
                .isEqualTo(EmailCode.Outcome.TOO_MANY_ATTEMPTS);
    }

    @Test
    void aCodeExpiresAfterItsLifetimeAndResendingWaitsForTheCooldown() {
        EmailCode.Issued issued = EmailCode.issue(null, BINDING, NOW, RANDOM);
        String note = issued.note().serialize();
        assertThat(EmailCode.check(note, issued.code(), BINDING, NOW.plus(EmailCode.LIFETIME)).outcome())
                .isEqualTo(EmailCode.Outcome.EXPIRED);
        assertThat(EmailCode.waitBeforeResend(note, NOW.plusSeconds(10))).isEqualTo(Duration.ofSeconds(20));
        assertThat(EmailCode.waitBeforeResend(note, NOW.plusSeconds(30))).isZero();
        assertThat(EmailCode.waitBeforeResend(null, NOW)).isZero();
    }

    @Test
    void manipulatedNotesAreNoCode() {
        String note = EmailCode.issue(null, BINDING, NOW, RANDOM).note().serialize();
        assertThat(EmailCode.parse(note)).isPresent();
        assertThat(EmailCode.parse(note.replaceFirst("\\.[0-9]+$", ".99"))).isPresent();
        assertThat(EmailCode.parse(note + "x")).isEmpty();
        assertThat(EmailCode.parse("e1.a.b.c.1.2.0")).isEmpty();
        assertThat(EmailCode.check("garbage", "123456", BINDING, NOW).outcome()).isEqualTo(EmailCode.Outcome.NO_CODE);
    }
}
