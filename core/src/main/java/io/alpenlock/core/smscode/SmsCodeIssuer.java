package io.alpenlock.core.smscode;

import io.alpenlock.core.phone.E164Number;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends-side of SMS codes: whether a code may be sent now, and the new code with what to store.
 *
 * <pre>{@code
 * String current = authSession.getAuthNote(NOTE);
 * SmsSendDecision decision = issuer.decide(current, binding, now);       // cooldown, attempts left
 * if (decision.allowed() && budgets allow it (SmsBudgetPolicy + MultiBudget, BEFORE calling Twilio)) {
 *     NewSmsCode code = issuer.issue(number, binding, current, now);
 *     if (sms.send(new SmsMessage(number.value(), text(code.code()))).isSent()) {
 *         authSession.setAuthNote(NOTE, code.note());                     // replaces the previous code
 *     }
 * }
 * }</pre>
 *
 * <p><b>A new code never resets failure counts.</b> It replaces the previous code of the same binding (that code
 * stops working) but carries over its count of wrong attempts, so resending does not buy more guesses: once
 * {@link SmsCodePolicy#maxAttempts()} wrong codes were entered in a session, {@link #decide} answers
 * {@code TOO_MANY_ATTEMPTS} and the person has to start the sign-in again. Likewise the caller must not reset
 * anything in Keycloak's brute-force detector when it sends a new code (no {@code successfulLogin}, no removal of
 * login failures): only a successful check may.
 */
public final class SmsCodeIssuer {

    private final SmsCodePolicy policy;
    private final SecureRandom random;

    public SmsCodeIssuer(SmsCodePolicy policy, SecureRandom random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @param currentNote the stored note, or null; a note of another binding or an unreadable one counts as none
     * @param binding     the value the new code is for (e.g. the authentication session id and tab id)
     */
    public SmsSendDecision decide(String currentNote, String binding, Instant now) {
        Objects.requireNonNull(now, "now");
        IssuedSmsCode.checkBinding(binding);
        Optional<IssuedSmsCode> current = current(currentNote, binding);
        if (current.isEmpty()) {
            return new SmsSendDecision(SmsSendDecision.Status.ALLOWED, Duration.ZERO);
        }
        if (current.get().failedAttempts() >= policy.maxAttempts()) {
            return new SmsSendDecision(SmsSendDecision.Status.TOO_MANY_ATTEMPTS, Duration.ZERO);
        }
        Instant next = current.get().issuedAt().plus(policy.resendCooldown());
        if (now.isBefore(next)) {
            return new SmsSendDecision(SmsSendDecision.Status.COOLDOWN, Duration.between(now, next));
        }
        return new SmsSendDecision(SmsSendDecision.Status.ALLOWED, Duration.ZERO);
    }

    /**
     * A new code for {@code number}, replacing {@code currentNote}'s code (whose wrong attempts it keeps, see the class
     * comment).
     *
     * @throws IllegalStateException when {@link #decide} does not allow a code now (check it first)
     */
    public NewSmsCode issue(E164Number number, String binding, String currentNote, Instant now) {
        Objects.requireNonNull(number, "number");
        return issueFor(number.value(), binding, currentNote, now);
    }

    /**
     * The same for a code that goes by e-mail: {@code destination} is
     * {@link IssuedSmsCode#emailDestination(String)} of the address (or an E.164 number).
     */
    public NewSmsCode issueFor(String destination, String binding, String currentNote, Instant now) {
        Objects.requireNonNull(destination, "destination");
        SmsSendDecision decision = decide(currentNote, binding, now);
        if (!decision.allowed()) {
            throw new IllegalStateException("no SMS code may be sent now: " + decision.status());
        }
        int carried = current(currentNote, binding).map(IssuedSmsCode::failedAttempts).orElse(0);
        String code = SmsCodeGenerator.generate(random, policy);
        IssuedSmsCode issued = IssuedSmsCode.createFor(code, destination, binding, now, policy.lifetime(), carried, random);
        return new NewSmsCode(code, issued);
    }

    private static Optional<IssuedSmsCode> current(String note, String binding) {
        return IssuedSmsCode.parse(note).filter(code -> code.isBoundTo(binding));
    }
}
