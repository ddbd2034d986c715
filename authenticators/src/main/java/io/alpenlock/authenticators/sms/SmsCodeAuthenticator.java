package io.alpenlock.authenticators.sms;

import java.util.Optional;
import java.util.Set;

import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.smscode.SmsCodeVerification;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * Sends a code to the user's verified mobile number when the step starts (once per sign-in; "send a new code"
 * after the realm's wait) and checks it. Wrong codes are events and count in brute-force protection; a new
 * code never resets that count.
 */
final class SmsCodeAuthenticator implements Authenticator {

    static final String FORM = "alpenlock-sms-code.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<E164Number> number = PhoneAttributes.verifiedNumber(context.getUser());
        if (number.isEmpty()) {
            context.attempted(); // no verified number: another step must do
            return;
        }
        SmsCodes codes = new SmsCodes(context.getSession(), context.getAuthenticationSession());
        String error = null;
        if (!codes.hasCode()) {
            SmsCodes.Sending sending = codes.send(number.get(), locale(context));
            error = sending.sent() ? null : sending.messageKey();
            recordRefusal(context, sending);
        }
        context.challenge(form(context, number.get(), error, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        E164Number number = PhoneAttributes.verifiedNumber(user).orElse(null);
        if (number == null) {
            context.attempted();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        SmsCodes codes = new SmsCodes(context.getSession(), context.getAuthenticationSession());
        if ("resend".equals(form.getFirst("alpenlockAction"))) {
            SmsCodes.Sending sending = codes.send(number, locale(context));
            recordRefusal(context, sending);
            context.challenge(form(context, number, sending.sent() ? null : sending.messageKey(),
                    sending.sent() ? "alpenlockSmsCodeResent" : null));
            return;
        }
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE).error(lockout);
            context.forceChallenge(form(context, number, "alpenlockSmsCodeLockedOut", null));
            return;
        }
        SmsCodeVerification result = codes.check(form.getFirst("code"), user);
        if (result.isOk()) {
            context.getEvent().detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE);
            context.success();
            return;
        }
        if (result.outcome().isFailure()) {
            context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE)
                    .error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    form(context, number, result.outcome().messageKey(), null));
        } else {
            context.challenge(form(context, number, result.outcome().messageKey(), null));
        }
    }

    private static void recordRefusal(AuthenticationFlowContext context, SmsCodes.Sending sending) {
        String error = switch (sending.status()) {
            case BUDGET_USED_UP -> SmsCodes.ERROR_BUDGET;
            case NOT_SENT -> SmsCodes.ERROR_GATEWAY;
            default -> null;
        };
        if (error != null) {
            context.getEvent().clone().user(context.getUser()).detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE)
                    .error(error);
        }
    }

    private static Response form(AuthenticationFlowContext context, E164Number number, String error, String info) {
        LoginFormsProvider form = context.form().setAttribute("alpenlockSmsCode", java.util.Map.of("masked", number.masked()));
        if (error != null) {
            form.addError(new FormMessage("code", error));
        }
        if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(FORM);
    }

    private static java.util.Locale locale(AuthenticationFlowContext context) {
        return context.getSession().getContext().resolveLocale(context.getUser());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return PhoneAttributes.verifiedNumber(user).isPresent();
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
