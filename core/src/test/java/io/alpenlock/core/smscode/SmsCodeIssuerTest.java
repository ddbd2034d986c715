package io.alpenlock.core.smscode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.phone.E164Number;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmsCodeIssuerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final E164Number NUMBER = new E164Number("+41791234567");
    private static final String SESSION = "auth-session-1/tab-a";

    private final SmsCodePolicy policy = SmsCodePolicy.DEFAULT;
    private final SmsCodeIssuer issuer = new SmsCodeIssuer(policy, new SecureRandom());
    private final SmsCodeVerifier verifier = new SmsCodeVerifier(policy);

    private static String wrongFor(NewSmsCode code) {
        return code.code().equals("000000") ? "111111" : "000000";
    }

    @Test
    void theFirstCodeMayBeSentRightAway() {
        assertThat(issuer.decide(null, SESSION, T0)).isEqualTo(
                new SmsSendDecision(SmsSendDecision.Status.ALLOWED, Duration.ZERO));
        NewSmsCode code = issuer.issue(NUMBER, SESSION, null, T0);
        assertThat(code.code()).matches("[0-9]{6}");
        assertThat(code.issued().number()).isEqualTo(NUMBER);
        assertThat(code.issued().issuedAt()).isEqualTo(T0);
        assertThat(code.issued().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(code.issued().failedAttempts()).isZero();
        assertThat(code.note()).isEqualTo(code.issued().serialize()).doesNotContain(code.code());
    }

    @Test
    void aNewCodeMustWaitForTheCooldown() {
        String note = issuer.issue(NUMBER, SESSION, null, T0).note();
        SmsSendDecision early = issuer.decide(note, SESSION, T0.plusSeconds(10));
        assertThat(early.status()).isEqualTo(SmsSendDecision.Status.COOLDOWN);
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(issuer.decide(note, SESSION, T0.plusSeconds(30).minusMillis(1)).status())
                .isEqualTo(SmsSendDecision.Status.COOLDOWN);
        assertThat(issuer.decide(note, SESSION, T0.plusSeconds(30)).allowed()).isTrue();
        assertThatThrownBy(() -> issuer.issue(NUMBER, SESSION, note, T0.plusSeconds(10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOLDOWN");
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        NewSmsCode first = issuer.issue(NUMBER, SESSION, null, T0);
        NewSmsCode second = issuer.issue(NUMBER, SESSION, first.note(), T0.plusSeconds(30));
        Instant now = T0.plusSeconds(31);
        if (!first.code().equals(second.code())) {
            assertThat(verifier.verify(second.note(), first.code(), SESSION, now).outcome())
                    .isEqualTo(SmsCodeOutcome.WRONG);
        }
        assertThat(verifier.verify(second.note(), second.code(), SESSION, now).outcome()).isEqualTo(SmsCodeOutcome.OK);
        assertThat(second.issued().singleUseKey()).isNotEqualTo(first.issued().singleUseKey());
    }

    @Test
    void aNewCodeKeepsTheWrongAttemptsOfTheOneItReplaces() {
        NewSmsCode first = issuer.issue(NUMBER, SESSION, null, T0);
        String note = first.note();
        for (int i = 0; i < 3; i++) {
            note = verifier.verify(note, wrongFor(first), SESSION, T0.plusSeconds(5)).noteToStore().orElseThrow();
        }
        NewSmsCode second = issuer.issue(NUMBER, SESSION, note, T0.plusSeconds(40));
        assertThat(second.issued().failedAttempts()).isEqualTo(3);
        SmsCodeVerification wrong = verifier.verify(second.note(), wrongFor(second), SESSION, T0.plusSeconds(41));
        assertThat(wrong.attemptsLeft()).isEqualTo(1);
    }

    @Test
    void noNewCodeOnceTheAttemptsAreUsedUp() {
        NewSmsCode first = issuer.issue(NUMBER, SESSION, null, T0);
        String note = first.note();
        for (int i = 0; i < policy.maxAttempts(); i++) {
            note = verifier.verify(note, wrongFor(first), SESSION, T0.plusSeconds(5)).noteToStore().orElseThrow();
        }
        String exhausted = note;
        assertThat(issuer.decide(exhausted, SESSION, T0.plusSeconds(60))).isEqualTo(
                new SmsSendDecision(SmsSendDecision.Status.TOO_MANY_ATTEMPTS, Duration.ZERO));
        assertThat(issuer.decide(exhausted, SESSION, T0.plus(Duration.ofHours(1))).status())
                .isEqualTo(SmsSendDecision.Status.TOO_MANY_ATTEMPTS);
        assertThatThrownBy(() -> issuer.issue(NUMBER, SESSION, exhausted, T0.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TOO_MANY_ATTEMPTS");
    }

    @Test
    void aCodeOfAnotherSessionOrAnUnreadableNoteDoesNotCount() {
        NewSmsCode other = issuer.issue(NUMBER, "other-session", null, T0);
        for (int i = 0; i < policy.maxAttempts(); i++) {
            other = new NewSmsCode(other.code(), other.issued().withFailedAttempt());
        }
        assertThat(issuer.decide(other.note(), SESSION, T0.plusSeconds(1)).allowed()).isTrue();
        assertThat(issuer.issue(NUMBER, SESSION, other.note(), T0.plusSeconds(1)).issued().failedAttempts()).isZero();
        assertThat(issuer.decide("garbage", SESSION, T0).allowed()).isTrue();
    }

    @Test
    void anotherNumberMayBeUsedForTheNextCode() {
        String note = issuer.issue(NUMBER, SESSION, null, T0).note();
        E164Number german = new E164Number("+4915123456789");
        NewSmsCode second = issuer.issue(german, SESSION, note, T0.plusSeconds(30));
        assertThat(second.issued().number()).isEqualTo(german);
    }

    @Test
    void theCodeNeverAppearsInToString() {
        NewSmsCode code = issuer.issue(NUMBER, SESSION, null, T0);
        assertThat(code.toString()).doesNotContain(code.code()).contains("(hidden)");
    }

    @Test
    void needsABindingAndItsCollaborators() {
        assertThatThrownBy(() -> issuer.decide(null, "", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issuer.issue(NUMBER, null, null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issuer.issue(null, SESSION, null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SmsCodeIssuer(null, new SecureRandom())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SmsCodeIssuer(policy, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SmsSendDecision(SmsSendDecision.Status.COOLDOWN, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsSendDecision(SmsSendDecision.Status.ALLOWED, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
