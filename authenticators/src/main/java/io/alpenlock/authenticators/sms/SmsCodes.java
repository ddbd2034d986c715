package io.alpenlock.authenticators.sms;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;
import io.alpenlock.core.smscode.SmsCodeVerification;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
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

    /** What happened to a request for a code; {@code messageKey} is for the page (null when sent). */
    public record Sending(Status status, java.time.Duration retryAfter, String messageKey) {

        public enum Status { SENT, COOLDOWN, BUDGET_USED_UP, TOO_MANY_ATTEMPTS, NOT_SENT }

        public boolean sent() {
            return status == Status.SENT;
        }
    }

    private static final OneTimeCodes.Messages MESSAGES = new OneTimeCodes.Messages("alpenlockSmsCodeCooldown",
            "alpenlockSmsCodeTooManyAttempts", "alpenlockSmsBudgetUsedUp", "alpenlockSmsNotSent");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SmsSettings settings;
    private final OneTimeCodes codes;

    public SmsCodes(KeycloakSession session, AuthenticationSessionModel authSession) {
        this.session = session;
        this.realm = authSession.getRealm();
        this.settings = SmsSettings.of(realm);
        this.codes = new OneTimeCodes(session, authSession, NOTE, settings.code(), MESSAGES);
    }

    public SmsSettings settings() {
        return settings;
    }

    /** Whether a code was sent in this sign-in (it may be used up or expired). */
    public boolean hasCode() {
        return codes.hasCode();
    }

    /**
     * Sends a new code to {@code number} in the language of {@code locale}, replacing the sign-in's
     * previous code: after the resend cooldown, within the SMS budgets of the number and the client's IP
     * (checked before the gateway is called), and only while wrong attempts are left.
     */
    public Sending send(E164Number number, Locale locale) {
        return codes.send(number.value(), budgets(number), code -> {
            SmsResult result = session.getProvider(SmsSenderProvider.class)
                    .send(new SmsMessage(number.value(), text(code, locale)));
            if (!result.isSent()) {
                LOG.warnf("SMS code to %s in realm %s not sent: %s", number.masked(), realm.getName(),
                        result.getClass().getSimpleName());
            }
            return result.isSent();
        });
    }

    /**
     * Everything {@link #send} does (resend wait, wrong-attempt limit, the number's and the IP's budgets, a new
     * code in the sign-in) except handing an SMS to the gateway: for the made-up number of an identifier that
     * matches no account, so that its pages, limits and refusals are those of a real one.
     */
    public Sending sendDecoy(E164Number number) {
        return codes.send(number.value(), budgets(number), null);
    }

    private java.util.function.Function<Instant, io.alpenlock.core.ratelimit.MultiBudgetDecision> budgets(E164Number number) {
        return now -> new SmsBudgetStore(session.singleUseObjects()).take(settings.budgets(), number, codes.clientIp(), now);
    }

    /**
     * Checks what the person typed. A right code is used up (here and on every node); failures are reported
     * to the brute-force detector for {@code user}. A locked-out user gets {@code TOO_MANY_ATTEMPTS} whatever
     * they type.
     */
    public SmsCodeVerification check(String input, UserModel user) {
        return codes.check(input, user);
    }

    /** Whether Keycloak's brute-force protection currently blocks this user. */
    public boolean isLockedOut(UserModel user) {
        return codes.isLockedOut(user);
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
