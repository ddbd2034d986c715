package io.alpenlock.core.smscode;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link SmsCodeVerifier#verify}.
 *
 * @param outcome      what was found
 * @param code         the stored code as it is after this check (with the wrong attempt counted for {@code WRONG});
 *                     null for {@code NO_CODE}
 * @param attemptsLeft wrong codes the person may still enter (0 when none or when there is no code)
 */
public record SmsCodeVerification(SmsCodeOutcome outcome, IssuedSmsCode code, int attemptsLeft) {

    public SmsCodeVerification {
        Objects.requireNonNull(outcome, "outcome");
        if (code == null && outcome != SmsCodeOutcome.NO_CODE) {
            throw new IllegalArgumentException("only NO_CODE comes without a code");
        }
    }

    /**
     * What the caller writes back to the authentication-session note: present = store this value (the wrong attempt
     * must be stored, or it would not count); empty = remove the note ({@code OK}: the code is used; {@code NO_CODE}:
     * there is nothing usable). Every other outcome keeps the note, so that its attempt count and cooldown stay.
     */
    public Optional<String> noteToStore() {
        return outcome == SmsCodeOutcome.OK || code == null ? Optional.empty() : Optional.of(code.serialize());
    }

    public boolean isOk() {
        return outcome == SmsCodeOutcome.OK;
    }
}
