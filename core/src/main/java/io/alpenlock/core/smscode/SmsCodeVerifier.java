package io.alpenlock.core.smscode;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks what a person typed against the code stored in the authentication-session note.
 *
 * <pre>{@code
 * SmsCodeVerification result = verifier.verify(authSession.getAuthNote(NOTE), input, binding, now);
 * result.noteToStore().ifPresentOrElse(note -> authSession.setAuthNote(NOTE, note),
 *         () -> authSession.removeAuthNote(NOTE));
 * if (result.isOk() && !singleUse.putIfAbsent(result.code().singleUseKey(), lifetimeSeconds)) {
 *     // used by a concurrent request: treat as WRONG
 * }
 * if (result.outcome().isFailure()) {
 *     reportFailure();                                              // brute-force detector + error event
 * }
 * }</pre>
 *
 * Order of the checks: a readable note ({@code NO_CODE}), the binding ({@code NOT_FOR_THIS_SESSION}), attempts left
 * ({@code TOO_MANY_ATTEMPTS}), expiry ({@code EXPIRED}), then the code ({@code OK} / {@code WRONG}). The binding and
 * the code are compared in constant time; input is read by {@link SmsCodeInput#normalise} and input that is not a
 * code counts as a wrong attempt.
 */
public final class SmsCodeVerifier {

    private final SmsCodePolicy policy;

    public SmsCodeVerifier(SmsCodePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param note    the stored note ({@link IssuedSmsCode#serialize()}), or null when there is none
     * @param input   what the person typed (may be null)
     * @param binding the value the code was issued for (e.g. the authentication session id and tab id)
     * @param now     the current time
     */
    public SmsCodeVerification verify(String note, String input, String binding, Instant now) {
        Objects.requireNonNull(now, "now");
        IssuedSmsCode.checkBinding(binding);
        Optional<IssuedSmsCode> stored = IssuedSmsCode.parse(note);
        if (stored.isEmpty()) {
            return new SmsCodeVerification(SmsCodeOutcome.NO_CODE, null, 0);
        }
        IssuedSmsCode code = stored.get();
        int left = Math.max(0, policy.maxAttempts() - code.failedAttempts());
        if (!code.isBoundTo(binding)) {
            return new SmsCodeVerification(SmsCodeOutcome.NOT_FOR_THIS_SESSION, code, 0);
        }
        if (left == 0) {
            return new SmsCodeVerification(SmsCodeOutcome.TOO_MANY_ATTEMPTS, code, 0);
        }
        if (code.isExpiredAt(now)) {
            return new SmsCodeVerification(SmsCodeOutcome.EXPIRED, code, left);
        }
        Optional<String> digits = SmsCodeInput.normalise(input);
        if (digits.isPresent() && code.matches(digits.get())) {
            return new SmsCodeVerification(SmsCodeOutcome.OK, code, left);
        }
        return new SmsCodeVerification(SmsCodeOutcome.WRONG, code.withFailedAttempt(), left - 1);
    }
}
