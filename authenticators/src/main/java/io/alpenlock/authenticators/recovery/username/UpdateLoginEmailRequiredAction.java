package io.alpenlock.authenticators.recovery.username;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.alpenlock.authenticators.recoveryemail.RecoveryEmailSettings;
import io.alpenlock.authenticators.sms.OneTimeCodes;
import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsCodes;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.recovery.LoginAddress;
import io.alpenlock.core.smscode.IssuedSmsCode;
import io.alpenlock.core.smscode.SmsCodeOutcome;
import io.alpenlock.core.smscode.SmsCodeVerification;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The page after a sign-in with a recovery username: a new login e-mail, then the 6-digit code sent to it (valid
 * as long as the realm's e-mail codes (those of the recovery address, {@link RecoveryEmailSettings}), with their resend
 * wait, wrong-attempt limit per sign-in and budgets per address and network; each wrong code counted by the realm's
 * brute-force protection). The code is {@link OneTimeCodes}: hashed in an authentication-session note bound to this
 * sign-in and tab, recorded for this address only, and it works once cluster-wide.
 */
final class UpdateLoginEmailRequiredAction implements RequiredActionProvider {

    static final String FORM = "alpenlock-update-login-email.ftl";
    static final String FIELD_EMAIL = "email";
    static final String FIELD_CODE = "code";
    static final String FIELD_ACTION = "alpenlockAction";
    static final String PENDING_NOTE = "alpenlock.loginEmail.pending";
    static final String CODE_NOTE = "alpenlock.loginEmail.code";
    static final String CODE_TEMPLATE = "alpenlock-login-email-code.ftl";
    static final String CHANGED_TEMPLATE = "alpenlock-login-email-changed.ftl";

    private static final Logger LOG = Logger.getLogger(UpdateLoginEmailRequiredAction.class);
    static final String CREDENTIAL_TYPE = "alpenlock-email-code";
    private static final OneTimeCodes.Messages MESSAGES = new OneTimeCodes.Messages("alpenlockLoginEmailCodeCooldown",
            "alpenlockLoginEmailCodeTooManyAttempts", "alpenlockRecoveryEmailBudgetUsedUp", "alpenlockLoginEmailNotSent");

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.NOT_SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        if (RecoveryUsernameAttributes.usesRecoveryUsername(context.getUser())) {
            context.getUser().addRequiredAction(UpdateLoginEmailRequiredActionFactory.PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (!RecoveryUsernameAttributes.usesRecoveryUsername(context.getUser())) {
            context.success(); // done elsewhere (e.g. by an administrator): nothing left to do
            return;
        }
        Optional<String> pending = pending(context.getAuthenticationSession());
        if (pending.isPresent() && context.getAuthenticationSession().getAuthNote(CODE_NOTE) != null) {
            context.challenge(codeForm(context, pending.get(), null, null));
        } else {
            context.challenge(emailForm(context, "", null));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!RecoveryUsernameAttributes.usesRecoveryUsername(context.getUser())) {
            context.success();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(FIELD_ACTION);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<String> pending = pending(authSession);
        if ("send".equals(action)) {
            send(context, form.getFirst(FIELD_EMAIL), false);
        } else if ("resend".equals(action) && pending.isPresent()) {
            send(context, pending.get(), true);
        } else if ("change".equals(action)) {
            authSession.removeAuthNote(PENDING_NOTE);
            context.challenge(emailForm(context, "", null));
        } else if (pending.isPresent()) {
            verify(context, pending.get(), form.getFirst(FIELD_CODE));
        } else {
            context.challenge(emailForm(context, "", null));
        }
    }

    private void send(RequiredActionContext context, String typed, boolean resend) {
        Optional<LoginAddress> address = LoginAddress.parse(typed);
        if (address.isEmpty()) {
            context.challenge(emailForm(context, typed, "alpenlockLoginEmailInvalid"));
            return;
        }
        String value = address.get().value();
        if (takenByAnother(context.getSession(), context.getRealm(), context.getUser(), value)) {
            error(context).detail(Details.UPDATED_EMAIL, value).error(Errors.EMAIL_IN_USE);
            context.challenge(emailForm(context, typed, "alpenlockLoginEmailTaken"));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        OneTimeCodes codes = codes(context);
        String destination = IssuedSmsCode.emailDestination(value);
        SmsCodes.Sending sending = codes.send(destination,
                now -> new SmsBudgetStore(context.getSession().singleUseObjects())
                        .takeForAddress(SmsSettings.of(context.getRealm()).budgets(), destination, codes.clientIp(), now),
                code -> mail(context.getSession(), context.getRealm(), context.getUser(), value, CODE_TEMPLATE,
                        "alpenlockLoginEmailCodeSubject", Map.of("alpenlockCode", code,
                                "alpenlockCodeMinutes", minutes(codes))));
        switch (sending.status()) {
            case SENT -> {
                authSession.setAuthNote(PENDING_NOTE, value);
                context.challenge(codeForm(context, value, null, resend ? "alpenlockLoginEmailCodeResent" : null));
            }
            case COOLDOWN -> {
                String seconds = String.valueOf(Math.max(1, sending.retryAfter().toSeconds()));
                Optional<String> pending = pending(authSession);
                LoginFormsProvider page = pending.isPresent() ? formFor(context, "code", pending.get(), "")
                        : formFor(context, "email", "", typed);
                page.addError(new FormMessage(pending.isPresent() ? FIELD_CODE : FIELD_EMAIL, sending.messageKey(), seconds));
                context.challenge(page.createForm(FORM));
            }
            case NOT_SENT -> context.challenge(emailForm(context, typed, sending.messageKey()));
            default -> context.challenge(codeOrEmailForm(context, value, sending.messageKey()));
        }
    }

    private Response codeOrEmailForm(RequiredActionContext context, String address, String errorKey) {
        if (pending(context.getAuthenticationSession()).isPresent()) {
            return codeForm(context, pending(context.getAuthenticationSession()).get(), errorKey, null);
        }
        return emailForm(context, address, errorKey);
    }

    private void verify(RequiredActionContext context, String address, String input) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        OneTimeCodes codes = codes(context);
        if (codes.isLockedOut(user)) {
            error(context).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(codeForm(context, address, "alpenlockLoginEmailCodeLockedOut", null));
            return;
        }
        SmsCodeVerification result = codes.check(input, user);
        SmsCodeOutcome outcome = result.outcome();
        if (result.isOk() && !IssuedSmsCode.emailDestination(address).equals(result.code().destination())) {
            outcome = SmsCodeOutcome.NOT_FOR_THIS_SESSION; // a code for another address confirms nothing here
        }
        if (outcome != SmsCodeOutcome.OK) {
            if (outcome.isFailure()) {
                error(context).detail(Details.CREDENTIAL_TYPE, CREDENTIAL_TYPE).error(Errors.INVALID_USER_CREDENTIALS);
            }
            context.challenge(codeForm(context, address, messageKey(outcome), null));
            return;
        }
        if (takenByAnother(session, realm, user, address)) {
            error(context).detail(Details.UPDATED_EMAIL, address).error(Errors.EMAIL_IN_USE);
            authSession.removeAuthNote(PENDING_NOTE);
            context.challenge(emailForm(context, address, "alpenlockLoginEmailTaken"));
            return;
        }
        String recoveryUsername = user.getUsername();
        String retired = user.getFirstAttribute(RecoveryUsernameAttributes.RETIRED_LOGIN_EMAIL);
        user.setEmail(address);
        user.setEmailVerified(true);
        user.setUsername(address);
        user.removeAttribute(RecoveryUsernameAttributes.RECOVERY_USERNAME);
        user.removeAttribute(RecoveryUsernameAttributes.RETIRED_LOGIN_EMAIL);
        authSession.removeAuthNote(PENDING_NOTE);
        context.getAuthenticationSession().setAuthNote("ATTEMPTED_USERNAME", address);
        EventBuilder success = context.getEvent().clone().event(EventType.UPDATE_EMAIL)
                .detail(Details.UPDATED_EMAIL, address)
                .detail(RecoveryUsernames.DETAIL_RECOVERY_USERNAME, "retired");
        if (retired != null) {
            success.detail(Details.PREVIOUS_EMAIL, retired);
        }
        success.success();
        mail(session, realm, user, address, CHANGED_TEMPLATE, "alpenlockLoginEmailChangedSubject",
                Map.of("alpenlockRecoveryUsername", recoveryUsername, "alpenlockNewLoginEmail", address));
        context.success();
    }

    /**
     * Whether another account already has {@code address} as its username, or as its e-mail where the realm
     * forbids duplicate e-mails (the new address becomes both).
     */
    private static boolean takenByAnother(KeycloakSession session, RealmModel realm, UserModel user, String address) {
        UserModel byUsername = session.users().getUserByUsername(realm, address);
        if (byUsername != null && !byUsername.getId().equals(user.getId())) {
            return true;
        }
        if (realm.isDuplicateEmailsAllowed()) {
            return false;
        }
        UserModel byEmail = session.users().getUserByEmail(realm, address);
        return byEmail != null && !byEmail.getId().equals(user.getId());
    }

    private static boolean mail(KeycloakSession session, RealmModel realm, UserModel user, String to, String template,
            String subjectKey, Map<String, Object> extra) {
        Map<String, Object> attributes = new HashMap<>(extra);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(subjectKey, List.of(RecoveryUsernameAttributes.realmLabel(realm)), template, attributes, to);
            return true;
        } catch (EmailException e) {
            LOG.errorf("Could not send %s for user %s in realm %s: %s", template, user.getId(), realm.getName(), e.getMessage());
            return false;
        }
    }

    /** E-mailed codes follow the realm's e-mail code settings, those of the recovery e-mail address. */
    private static OneTimeCodes codes(RequiredActionContext context) {
        return new OneTimeCodes(context.getSession(), context.getAuthenticationSession(), CODE_NOTE,
                RecoveryEmailSettings.of(context.getRealm()).code(), MESSAGES);
    }

    private static String minutes(OneTimeCodes codes) {
        return String.valueOf(Math.max(1, codes.policy().lifetime().toMinutes()));
    }

    private static String messageKey(SmsCodeOutcome outcome) {
        return switch (outcome) {
            case WRONG -> "alpenlockLoginEmailCodeWrong";
            case EXPIRED -> "alpenlockLoginEmailCodeExpired";
            case TOO_MANY_ATTEMPTS -> "alpenlockLoginEmailCodeTooManyAttempts";
            default -> "alpenlockLoginEmailCodeMissing";
        };
    }

    private static Optional<String> pending(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getAuthNote(PENDING_NOTE));
    }

    private static EventBuilder error(RequiredActionContext context) {
        return context.getEvent().clone().event(EventType.UPDATE_EMAIL_ERROR);
    }

    private static LoginFormsProvider formFor(RequiredActionContext context, String step, String address, String typed) {
        return context.form().setAttribute("alpenlockLoginEmail", Map.of("step", step, "address", address == null ? "" : address,
                "typed", typed == null ? "" : typed, "recoveryUsername", context.getUser().getUsername()));
    }

    private static Response emailForm(RequiredActionContext context, String typed, String errorKey) {
        LoginFormsProvider form = formFor(context, "email", "", typed);
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_EMAIL, errorKey));
        }
        return form.createForm(FORM);
    }

    private static Response codeForm(RequiredActionContext context, String address, String errorKey, String infoKey) {
        LoginFormsProvider form = formFor(context, "code", address, "");
        if (errorKey != null) {
            form.addError(new FormMessage(FIELD_CODE, errorKey, minutes(codes(context))));
        }
        if (infoKey != null) {
            form.setInfo(infoKey, address);
        }
        return form.createForm(FORM);
    }

    @Override
    public void close() {
    }
}
