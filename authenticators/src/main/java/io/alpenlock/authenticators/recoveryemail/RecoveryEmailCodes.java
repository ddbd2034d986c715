package io.alpenlock.authenticators.recoveryemail;

import java.util.Map;

import io.alpenlock.authenticators.sms.OneTimeCodes;
import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsCodes;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.recovery.RecoveryEmailAddress;
import io.alpenlock.core.smscode.SmsCodeVerification;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Codes that prove a recovery e-mail address: the SMS code machinery ({@link OneTimeCodes}: hash in the sign-in,
 * resend wait, wrong-attempt limit, single use cluster-wide, brute-force reporting) with the e-mail as the way the
 * code travels, and the realm's per-number SMS budgets applied per address (plus the per-IP budgets), taken before
 * anything is sent.
 */
final class RecoveryEmailCodes {

    /** The authentication-session note holding the current code (hashed). */
    static final String NOTE = "alpenlock.recoveryEmail.code";
    static final String CREDENTIAL_TYPE = "alpenlock-email-code";
    static final String ERROR_BUDGET = "alpenlock_email_budget_exhausted";
    static final String ERROR_NOT_SENT = "alpenlock_email_not_sent";
    static final String TEMPLATE = "alpenlock-recovery-email-code.ftl";
    static final String SUBJECT = "alpenlockRecoveryEmailCodeSubject";

    private static final OneTimeCodes.Messages MESSAGES = new OneTimeCodes.Messages("alpenlockSmsCodeCooldown",
            "alpenlockSmsCodeTooManyAttempts", "alpenlockRecoveryEmailBudgetUsedUp", "alpenlockRecoveryEmailNotSent");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationSessionModel authSession;
    private final OneTimeCodes codes;

    RecoveryEmailCodes(KeycloakSession session, AuthenticationSessionModel authSession) {
        this.session = session;
        this.realm = authSession.getRealm();
        this.authSession = authSession;
        this.codes = new OneTimeCodes(session, authSession, NOTE, RecoveryEmailSettings.of(realm).code(), MESSAGES);
    }

    boolean hasCode() {
        return codes.hasCode();
    }

    SmsCodes.Sending send(UserModel user, RecoveryEmailAddress.Checked address) {
        long minutes = Math.max(1, codes.policy().lifetime().toMinutes());
        return codes.send(address.destination(),
                now -> new SmsBudgetStore(session.singleUseObjects())
                        .takeForAddress(SmsSettings.of(realm).budgets(), address.destination(), codes.clientIp(), now),
                code -> RecoveryEmailMailer.send(session, realm, user, address.address(), authSession, SUBJECT, TEMPLATE,
                        Map.of("alpenlockCode", code, "alpenlockMinutes", String.valueOf(minutes),
                                "alpenlockRecoveryEmail", address.masked())));
    }

    SmsCodeVerification check(String input, UserModel user) {
        return codes.check(input, user);
    }

    boolean isLockedOut(UserModel user) {
        return codes.isLockedOut(user);
    }
}
