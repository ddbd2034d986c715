package io.alpenlock.authenticators.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;

import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;
import org.junit.jupiter.api.Test;

class AppCodesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:10Z");

    private final TotpSecret secret = TotpSecret.generate(new SecureRandom());
    private final AppCredentialModel app = AppCredentialModel.create("phone", AppCredentialData.totpApp(),
            new AppSecretData(secret.toBase32()), NOW.toEpochMilli());

    @Test
    void currentPreviousAndNextCodesMatchTheirOwnStep() {
        long step = NOW.getEpochSecond() / 30;

        assertThat(AppCodes.matchingStep(app, Totp.code(secret, NOW), NOW)).hasValue(step);
        assertThat(AppCodes.matchingStep(app, Totp.code(secret, NOW.minusSeconds(30)), NOW)).hasValue(step - 1);
        assertThat(AppCodes.matchingStep(app, Totp.code(secret, NOW.plusSeconds(30)), NOW)).hasValue(step + 1);
    }

    @Test
    void codesTwoStepsAwayAndGarbageDoNotMatch() {
        assertThat(AppCodes.matchingStep(app, Totp.code(secret, NOW.plusSeconds(60)), NOW)).isEmpty();
        assertThat(AppCodes.matchingStep(app, "12345", NOW)).isEmpty();
        assertThat(AppCodes.matchingStep(app, "abcdef", NOW)).isEmpty();
        assertThat(AppCodes.matchingStep(app, "", NOW)).isEmpty();
    }

    @Test
    void aClaimedStepStaysClaimedForAsLongAsItsCodeIsAccepted() {
        // accepted from the start of step-1 to the end of step+1: 3 periods, plus one for clock edges
        assertThat(AppCodes.singleUseLifespanSeconds(app)).isEqualTo(120);
        assertThat(AppCodes.singleUseKey("cred-1", 42)).isEqualTo("alpenlock-app-code:cred-1:42");
    }

    @Test
    void secretNeverAppearsInToString() {
        assertThat(app.secret().toString()).doesNotContain(secret.toBase32());
    }
}
