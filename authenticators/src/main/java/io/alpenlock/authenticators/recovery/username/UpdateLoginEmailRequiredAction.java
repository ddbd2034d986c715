package io.alpenlock.authenticators.recovery.username;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.alpenlock.core.recovery.EmailCode;
import io.alpenlock.core.recovery.LoginAddress;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
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
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The page after a sign-in with a recovery username: a new login e-mail, then the 6-digit code sent to it (valid
 * {@link EmailCode#LIFETIME}, a new one after {@link EmailCode#RESEND_COOLDOWN}, {@link EmailCode#MAX_ATTEMPTS} wrong
 * codes per sign-in, each one counted by the realm's brute-force protection). The code lives hashed in an
 * authentication-session note bound to this sign-in, tab and address, and works once cluster-wide.
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
    private static final SecureRandom RANDOM = new SecureRandom();

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
        String current = authSession.getAuthNote(CODE_NOTE);
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        if (EmailCode.attemptsUsedUp(current)) {
            context.challenge(codeOrEmailForm(context, value, "alpenlockLoginEmailCodeTooManyAttempts"));
            return;
        }
        Duration wait = EmailCode.waitBeforeResend(current, now);
        if (!wait.isZero()) {
            String seconds = String.valueOf(Math.max(1, wait.toSeconds()));
            Optional<String> pending = pending(authSession);
            LoginFormsProvider page = pending.isPresent() ? formFor(context, "code", pending.get(), "")
                    : formFor(context, "email", "", typed);
            page.addError(new FormMessage(pending.isPresent() ? FIELD_CODE : FIELD_EMAIL, "alpenlockLoginEmailCodeCooldown", seconds));
            context.challenge(page.createForm(FORM));
            return;
        }
        EmailCode.Issued issued = EmailCode.issue(current, binding(authSession, value), now, RANDOM);
        if (!mail(context.getSession(), context.getRealm(), context.getUser(), value, CODE_TEMPLATE,
                "alpenlockLoginEmailCodeSubject", Map.of("alpenlockCode", issued.code(),
                        "alpenlockCodeMinutes", String.valueOf(EmailCode.LIFETIME.toMinutes())))) {
            context.challenge(emailForm(context, typed, "alpenlockLoginEmailNotSent"));
            return;
        }
        authSession.setAuthNote(CODE_NOTE, issued.note().serialize());
        authSession.setAuthNote(PENDING_NOTE, value);
        context.challenge(codeForm(context, value, null, resend ? "alpenlockLoginEmailCodeResent" : null));
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
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (realm.isBruteForceProtected() && (protector.isTemporarilyDisabled(session, realm, user)
                || protector.isPermanentlyLockedOut(session, realm, user))) {
            error(context).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(codeForm(context, address, "alpenlockLoginEmailCodeLockedOut", null));
            return;
        }
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        EmailCode.Check check = EmailCode.check(authSession.getAuthNote(CODE_NOTE), input, binding(authSession, address), now);
        check.noteToStore().ifPresentOrElse(note -> authSession.setAuthNote(CODE_NOTE, note.serialize()),
                () -> authSession.removeAuthNote(CODE_NOTE));
        EmailCode.Outcome outcome = check.outcome();
        if (outcome == EmailCode.Outcome.OK && !session.singleUseObjects().putIfAbsent(check.singleUseKey(),
                EmailCode.LIFETIME.toSeconds() + 1)) {
            outcome = EmailCode.Outcome.WRONG;
        }
        if (outcome != EmailCode.Outcome.OK) {
            if (outcome.isFailure()) {
                if (realm.isBruteForceProtected()) {
                    protector.failedLogin(realm, user, session.getContext().getConnection(), session.getContext().getUri(),
                            Set.of(OTPCredentialModel.TYPE));
                }
                error(context).detail(Details.CREDENTIAL_TYPE, "alpenlock-email-code").error(Errors.INVALID_USER_CREDENTIALS);
            }
            context.challenge(codeForm(context, address, outcome.messageKey(), null));
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

    private static String binding(AuthenticationSessionModel authSession, String address) {
        return authSession.getParentSession().getId() + "." + authSession.getTabId() + "|" + address;
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
            form.addError(new FormMessage(FIELD_CODE, errorKey, String.valueOf(EmailCode.LIFETIME.toMinutes())));
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
