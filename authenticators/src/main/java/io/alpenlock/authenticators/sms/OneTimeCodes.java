package io.alpenlock.authenticators.sms;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.smscode.NewSmsCode;
import io.alpenlock.core.smscode.SmsCodeIssuer;
import io.alpenlock.core.smscode.SmsCodeOutcome;
import io.alpenlock.core.smscode.SmsCodePolicy;
import io.alpenlock.core.smscode.SmsCodeVerification;
import io.alpenlock.core.smscode.SmsCodeVerifier;
import io.alpenlock.core.smscode.SmsSendDecision;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The part of one-time codes that does not depend on how they travel (SMS, e-mail): within one sign-in and tab, a
 * code lives only as a hash in an authentication-session note; the resend wait and the wrong-attempt limit come
 * first, then the message budgets (before anything is sent), then delivery; a right code is claimed once cluster-wide
 * in the single-use store; every failure goes to Keycloak's brute-force detector (as an OTP failure, the category it
 * counts). A new code never resets a failure count. {@link SmsCodes} and the recovery e-mail's codes use it.
 */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The message keys of a kind of code's refusals. */
    public record Messages(String cooldown, String tooManyAttempts, String budgetUsedUp, String notSent) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationSessionModel authSession;
    private final String note;
    private final SmsCodePolicy policy;
    private final Messages messages;

    public OneTimeCodes(KeycloakSession session, AuthenticationSessionModel authSession, String note, SmsCodePolicy policy,
            Messages messages) {
        this.session = session;
        this.realm = authSession.getRealm();
        this.authSession = authSession;
        this.note = note;
        this.policy = policy;
        this.messages = messages;
    }

    public SmsCodePolicy policy() {
        return policy;
    }

    /** Whether a code was sent in this sign-in (it may be used up or expired). */
    public boolean hasCode() {
        return authSession.getAuthNote(note) != null;
    }

    /**
     * Issues a new code for {@code destination} (an E.164 number or an e-mail destination hash), replacing the
     * sign-in's previous one, when the resend wait is over, wrong attempts are left and {@code budgets} allows it;
     * then hands the code to {@code deliver} (null: issue it without sending anything, for made-up contacts), which
     * says whether it went out.
     */
    public SmsCodes.Sending send(String destination, Function<Instant, MultiBudgetDecision> budgets,
            Predicate<String> deliver) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        SmsCodeIssuer issuer = new SmsCodeIssuer(policy, RANDOM);
        String current = authSession.getAuthNote(note);
        SmsSendDecision decision = issuer.decide(current, binding(), now);
        switch (decision.status()) {
            case COOLDOWN -> {
                return new SmsCodes.Sending(SmsCodes.Sending.Status.COOLDOWN, decision.retryAfter(), messages.cooldown());
            }
            case TOO_MANY_ATTEMPTS -> {
                return new SmsCodes.Sending(SmsCodes.Sending.Status.TOO_MANY_ATTEMPTS, java.time.Duration.ZERO,
                        messages.tooManyAttempts());
            }
            default -> {
                // allowed: go on
            }
        }
        MultiBudgetDecision budget = budgets.apply(now);
        if (!budget.allowed()) {
            return new SmsCodes.Sending(SmsCodes.Sending.Status.BUDGET_USED_UP, budget.retryAfter(), messages.budgetUsedUp());
        }
        NewSmsCode code = issuer.issueFor(destination, binding(), current, now);
        if (deliver != null && !deliver.test(code.code())) {
            return new SmsCodes.Sending(SmsCodes.Sending.Status.NOT_SENT, java.time.Duration.ZERO, messages.notSent());
        }
        authSession.setAuthNote(note, code.note());
        return new SmsCodes.Sending(SmsCodes.Sending.Status.SENT, java.time.Duration.ZERO, null);
    }

    /**
     * Checks what the person typed. A right code is used up (here and on every node); failures are reported to the
     * brute-force detector for {@code user} (none when null).
     */
    public SmsCodeVerification check(String input, UserModel user) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        SmsCodeVerification result = new SmsCodeVerifier(policy).verify(authSession.getAuthNote(note), input, binding(), now);
        result.noteToStore().ifPresentOrElse(value -> authSession.setAuthNote(note, value),
                () -> authSession.removeAuthNote(note));
        if (result.isOk() && !session.singleUseObjects().putIfAbsent(result.code().singleUseKey(),
                policy.lifetime().toSeconds() + 1)) {
            result = new SmsCodeVerification(SmsCodeOutcome.WRONG, result.code(), 0);
        }
        if (result.outcome().isFailure() && user != null) {
            session.getProvider(BruteForceProtector.class).failedLogin(realm, user, session.getContext().getConnection(),
                    session.getContext().getUri(), Set.of(OTPCredentialModel.TYPE));
        }
        return result;
    }

    /** Whether Keycloak's brute-force protection currently blocks this user. */
    public boolean isLockedOut(UserModel user) {
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        return realm.isBruteForceProtected() && (protector.isTemporarilyDisabled(session, realm, user)
                || protector.isPermanentlyLockedOut(session, realm, user));
    }

    /** The IP address the request came from, as the budgets count it. */
    public String clientIp() {
        return session.getContext().getConnection().getRemoteAddr();
    }

    private String binding() {
        return authSession.getParentSession().getId() + "." + authSession.getTabId();
    }
}
