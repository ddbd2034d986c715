package io.alpenlock.authenticators.sms;

import java.io.IOException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;
import io.alpenlock.core.smscode.NewSmsCode;
import io.alpenlock.core.smscode.SmsCodeIssuer;
import io.alpenlock.core.smscode.SmsCodeOutcome;
import io.alpenlock.core.smscode.SmsCodeVerification;
import io.alpenlock.core.smscode.SmsCodeVerifier;
import io.alpenlock.core.smscode.SmsSendDecision;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.theme.Theme;

/**
 * Sending and checking SMS codes within one sign-in, for every page that asks for one (verifying a mobile
 * number, the SMS sign-in step, recovery). The code lives only as a hash in an authentication-session note,
 * bound to this sign-in and tab; the realm's SMS budgets are taken before the gateway is called; a right code
 * works once cluster-wide; every failure goes to Keycloak's brute-force detector (as an OTP failure, the
 * category it counts). A new code never resets a failure count.
 */
public final class SmsCodes {

    /** The authentication-session note holding the current code (hashed). */
    public static final String NOTE = "alpenlock.sms.code";
    /** Event detail naming the credential type of SMS code failures. */
    public static final String CREDENTIAL_TYPE = "alpenlock-sms-code";
    public static final String ERROR_BUDGET = "alpenlock_sms_budget_exhausted";
    public static final String ERROR_GATEWAY = "alpenlock_sms_not_sent";

    private static final Logger LOG = Logger.getLogger(SmsCodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What happened to a request for a code; {@code messageKey} is for the page (null when sent). */
    public record Sending(Status status, Duration retryAfter, String messageKey) {

        public enum Status { SENT, COOLDOWN, BUDGET_USED_UP, TOO_MANY_ATTEMPTS, NOT_SENT }

        public boolean sent() {
            return status == Status.SENT;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationSessionModel authSession;
    private final SmsSettings settings;

    public SmsCodes(KeycloakSession session, AuthenticationSessionModel authSession) {
        this.session = session;
        this.realm = authSession.getRealm();
        this.authSession = authSession;
        this.settings = SmsSettings.of(realm);
    }

    public SmsSettings settings() {
        return settings;
    }

    /** Whether a code was sent in this sign-in (it may be used up or expired). */
    public boolean hasCode() {
        return authSession.getAuthNote(NOTE) != null;
    }

    /**
     * Sends a new code to {@code number} in the language of {@code locale}, replacing the sign-in's
     * previous code: after the resend cooldown, within the SMS budgets of the number and the client's IP
     * (checked before the gateway is called), and only while wrong attempts are left.
     */
    public Sending send(E164Number number, Locale locale) {
        return send(number, locale, true);
    }

    /**
     * Everything {@link #send} does (resend wait, wrong-attempt limit, the number's and the IP's budgets, a new
     * code in the sign-in) except handing an SMS to the gateway: for the made-up number of an identifier that
     * matches no account, so that its pages, limits and refusals are those of a real one.
     */
    public Sending sendDecoy(E164Number number) {
        return send(number, Locale.ENGLISH, false);
    }

    private Sending send(E164Number number, Locale locale, boolean deliver) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        SmsCodeIssuer issuer = new SmsCodeIssuer(settings.code(), RANDOM);
        String current = authSession.getAuthNote(NOTE);
        SmsSendDecision decision = issuer.decide(current, binding(), now);
        switch (decision.status()) {
            case COOLDOWN -> {
                return new Sending(Sending.Status.COOLDOWN, decision.retryAfter(), "alpenlockSmsCodeCooldown");
            }
            case TOO_MANY_ATTEMPTS -> {
                return new Sending(Sending.Status.TOO_MANY_ATTEMPTS, Duration.ZERO, "alpenlockSmsCodeTooManyAttempts");
            }
            default -> {
                // allowed: go on
            }
        }
        MultiBudgetDecision budget = new SmsBudgetStore(session.singleUseObjects())
                .take(settings.budgets(), number, clientIp(), now);
        if (!budget.allowed()) {
            return new Sending(Sending.Status.BUDGET_USED_UP, budget.retryAfter(), "alpenlockSmsBudgetUsedUp");
        }
        NewSmsCode code = issuer.issue(number, binding(), current, now);
        if (!deliver) {
            authSession.setAuthNote(NOTE, code.note());
            return new Sending(Sending.Status.SENT, Duration.ZERO, null);
        }
        SmsResult result = session.getProvider(SmsSenderProvider.class)
                .send(new SmsMessage(number.value(), text(code.code(), locale)));
        if (!result.isSent()) {
            LOG.warnf("SMS code to %s in realm %s not sent: %s", number.masked(), realm.getName(), result.getClass().getSimpleName());
            return new Sending(Sending.Status.NOT_SENT, Duration.ZERO, "alpenlockSmsNotSent");
        }
        authSession.setAuthNote(NOTE, code.note());
        return new Sending(Sending.Status.SENT, Duration.ZERO, null);
    }

    /**
     * Checks what the person typed. A right code is used up (here and on every node); failures are reported
     * to the brute-force detector for {@code user}. A locked-out user gets {@code TOO_MANY_ATTEMPTS} whatever
     * they type.
     */
    public SmsCodeVerification check(String input, UserModel user) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        SmsCodeVerification result = new SmsCodeVerifier(settings.code())
                .verify(authSession.getAuthNote(NOTE), input, binding(), now);
        result.noteToStore().ifPresentOrElse(note -> authSession.setAuthNote(NOTE, note),
                () -> authSession.removeAuthNote(NOTE));
        if (result.isOk() && !session.singleUseObjects().putIfAbsent(result.code().singleUseKey(),
                settings.code().lifetime().toSeconds() + 1)) {
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

    private String binding() {
        return authSession.getParentSession().getId() + "." + authSession.getTabId();
    }

    private String clientIp() {
        return session.getContext().getConnection().getRemoteAddr();
    }

    /** The SMS text in the person's language, ending with the WebOTP line that lets phones fill the code in. */
    private String text(String code, Locale locale) {
        String realmLabel = realm.getDisplayName() == null || realm.getDisplayName().isBlank()
                ? realm.getName() : realm.getDisplayName();
        String pattern = "{0} is your {1} code. It expires in {2} minutes. Never share it.";
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty("alpenlockSmsCodeText", pattern);
        } catch (IOException e) {
            LOG.warnf("Login theme messages not readable (%s); SMS text in English", e.getMessage());
        }
        long minutes = Math.max(1, settings.code().lifetime().toMinutes());
        String host = session.getContext().getUri().getBaseUri().getHost();
        return new MessageFormat(pattern, locale).format(new Object[] {code, realmLabel, String.valueOf(minutes)})
                + "\n\n@" + host + " #" + code;
    }
}
