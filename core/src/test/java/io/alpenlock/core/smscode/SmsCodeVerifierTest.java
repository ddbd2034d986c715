package io.alpenlock.core.smscode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.phone.E164Number;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCodeVerifierTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant SOON = T0.plusSeconds(20);
    private static final String SESSION = "auth-session-1/tab-a";

    private final SmsCodePolicy policy = SmsCodePolicy.DEFAULT;
    private final SmsCodeVerifier verifier = new SmsCodeVerifier(policy);
    private NewSmsCode sent;
    private String wrong;

    @BeforeEach
    void sendACode() {
        sent = new SmsCodeIssuer(policy, new SecureRandom()).issue(new E164Number("+41791234567"), SESSION, null, T0);
        wrong = sent.code().equals("000000") ? "111111" : "000000";
    }

    @Test
    void theRightCodeInTimeIsOkAndIsThenRemoved() {
        SmsCodeVerification result = verifier.verify(sent.note(), sent.code(), SESSION, SOON);
        assertThat(result.outcome()).isEqualTo(SmsCodeOutcome.OK);
        assertThat(result.isOk()).isTrue();
        assertThat(result.outcome().isFailure()).isFalse();
        assertThat(result.code()).isEqualTo(sent.issued());
        assertThat(result.code().singleUseKey()).isEqualTo(sent.issued().singleUseKey());
        assertThat(result.noteToStore()).isEmpty();
    }

    @Test
    void acceptsTheCodeWithSpacesAndDashes() {
        String code = sent.code();
        String spaced = " " + code.substring(0, 3) + " " + code.substring(3) + " ";
        String dashed = code.substring(0, 3) + "-" + code.substring(3);
        assertThat(verifier.verify(sent.note(), spaced, SESSION, SOON).outcome()).isEqualTo(SmsCodeOutcome.OK);
        assertThat(verifier.verify(sent.note(), dashed, SESSION, SOON).outcome()).isEqualTo(SmsCodeOutcome.OK);
    }

    @Test
    void aWrongCodeUsesUpAnAttemptThatMustBeStored() {
        SmsCodeVerification result = verifier.verify(sent.note(), wrong, SESSION, SOON);
        assertThat(result.outcome()).isEqualTo(SmsCodeOutcome.WRONG);
        assertThat(result.outcome().isFailure()).isTrue();
        assertThat(result.attemptsLeft()).isEqualTo(4);
        assertThat(result.code().failedAttempts()).isEqualTo(1);
        assertThat(result.noteToStore()).contains(result.code().serialize());
        // the right code still works afterwards
        String stored = result.noteToStore().orElseThrow();
        assertThat(verifier.verify(stored, sent.code(), SESSION, SOON).outcome()).isEqualTo(SmsCodeOutcome.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "1234567", "abcdef", "12345x", "123.456"})
    void inputThatIsNotTheCodeCountsAsWrong(String input) {
        SmsCodeVerification result = verifier.verify(sent.note(), input, SESSION, SOON);
        assertThat(result.outcome()).isEqualTo(SmsCodeOutcome.WRONG);
        assertThat(result.code().failedAttempts()).isEqualTo(1);
        assertThat(verifier.verify(sent.note(), null, SESSION, SOON).outcome()).isEqualTo(SmsCodeOutcome.WRONG);
    }

    @Test
    void afterMaxWrongAttemptsEvenTheRightCodeIsRefused() {
        String note = sent.note();
        for (int i = 0; i < policy.maxAttempts(); i++) {
            SmsCodeVerification result = verifier.verify(note, wrong, SESSION, SOON);
            assertThat(result.outcome()).isEqualTo(SmsCodeOutcome.WRONG);
            assertThat(result.attemptsLeft()).isEqualTo(policy.maxAttempts() - 1 - i);
            note = result.noteToStore().orElseThrow();
        }
        SmsCodeVerification locked = verifier.verify(note, sent.code(), SESSION, SOON);
        assertThat(locked.outcome()).isEqualTo(SmsCodeOutcome.TOO_MANY_ATTEMPTS);
        assertThat(locked.outcome().isFailure()).isTrue();
        assertThat(locked.attemptsLeft()).isZero();
        assertThat(locked.noteToStore()).contains(note);
    }

    @Test
    void aStricterPolicyAppliesToCodesAlreadySent() {
        SmsCodeVerifier strict =
                new SmsCodeVerifier(new SmsCodePolicy(6, Duration.ofMinutes(5), Duration.ofSeconds(30), 1));
        String note = verifier.verify(sent.note(), wrong, SESSION, SOON).noteToStore().orElseThrow();
        assertThat(strict.verify(note, sent.code(), SESSION, SOON).outcome())
                .isEqualTo(SmsCodeOutcome.TOO_MANY_ATTEMPTS);
    }

    @Test
    void expiresAfterItsLifetimeWithoutCountingAnAttempt() {
        Instant expiry = sent.issued().expiresAt();
        assertThat(verifier.verify(sent.note(), sent.code(), SESSION, expiry.minusMillis(1)).outcome())
                .isEqualTo(SmsCodeOutcome.OK);
        SmsCodeVerification late = verifier.verify(sent.note(), sent.code(), SESSION, expiry);
        assertThat(late.outcome()).isEqualTo(SmsCodeOutcome.EXPIRED);
        assertThat(late.outcome().isFailure()).isFalse();
        assertThat(late.noteToStore()).contains(sent.note());
        assertThat(verifier.verify(sent.note(), wrong, SESSION, expiry.plusSeconds(60)).code().failedAttempts())
                .isZero();
    }

    @Test
    void aCodeOnlyWorksInTheSessionItWasSentFor() {
        SmsCodeVerification result = verifier.verify(sent.note(), sent.code(), "auth-session-1/tab-b", SOON);
        assertThat(result.outcome()).isEqualTo(SmsCodeOutcome.NOT_FOR_THIS_SESSION);
        assertThat(result.outcome().isFailure()).isTrue();
        assertThat(result.noteToStore()).contains(sent.note());
    }

    @Test
    void withoutAReadableNoteThereIsNoCode() {
        for (String note : Arrays.asList(null, "", "garbage", sent.note().replace("s1.", "s9."))) {
            SmsCodeVerification result = verifier.verify(note, sent.code(), SESSION, SOON);
            assertThat(result.outcome()).isEqualTo(SmsCodeOutcome.NO_CODE);
            assertThat(result.code()).isNull();
            assertThat(result.attemptsLeft()).isZero();
            assertThat(result.noteToStore()).isEmpty();
        }
    }

    @Test
    void everyOutcomeHasAThemeMessageKey() {
        assertThat(SmsCodeOutcome.values()).extracting(SmsCodeOutcome::messageKey)
                .allMatch(key -> key.startsWith("alpenlockSmsCode"));
        assertThat(SmsCodeOutcome.NOT_FOR_THIS_SESSION.messageKey()).isEqualTo(SmsCodeOutcome.NO_CODE.messageKey());
    }

    @Test
    void needsABindingAndATime() {
        assertThatThrownBy(() -> verifier.verify(sent.note(), sent.code(), "", SOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verifier.verify(sent.note(), sent.code(), SESSION, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SmsCodeVerification(SmsCodeOutcome.OK, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
