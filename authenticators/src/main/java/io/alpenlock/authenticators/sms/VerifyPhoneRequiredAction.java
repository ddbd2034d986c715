package io.alpenlock.authenticators.sms;

import java.util.Locale;
import java.util.Optional;

import io.alpenlock.authenticators.lifecycle.SecondFactors;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.phone.PhoneNumberResult;
import io.alpenlock.core.phone.PhoneNumbers;
import io.alpenlock.core.smscode.SmsCodeVerification;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Verifies a mobile number: the user types it (any usual form; stored as E.164), gets a code by SMS and
 * types it back. Replacing an already verified number takes a second factor in this sign-in when the user
 * has one (started from the account console, Keycloak makes the user sign in again first).
 */
final class VerifyPhoneRequiredAction implements RequiredActionProvider {

    /** The number a code was sent to in this sign-in, waiting for the code. */
    static final String PENDING_NOTE = "alpenlock.phone.pending";
    static final String DETAIL_PHONE = "alpenlock_phone";
    static final String DETAIL_PREVIOUS_PHONE = "alpenlock_previous_phone";
    static final String ERROR_NEEDS_SECOND_FACTOR = "alpenlock_second_factor_not_proved";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    /** Replacing a verified number needs a fresh sign-in when the user has a second factor. */
    @Override
    public int getMaxAuthAge(KeycloakSession session) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        UserModel user = authSession == null ? null : authSession.getAuthenticatedUser();
        if (user != null && needsSecondFactor(user)) {
            return -1; // always: see GuardedDeleteCredentialAction for why not 0
        }
        return RequiredActionProvider.super.getMaxAuthAge(session);
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (refusedWithoutSecondFactor(context)) {
            return;
        }
        Optional<E164Number> pending = pending(context.getAuthenticationSession());
        SmsCodes codes = new SmsCodes(context.getSession(), context.getAuthenticationSession());
        if (pending.isPresent() && codes.hasCode()) {
            context.challenge(PhonePages.codeForm(context, pending.get(), null, null));
        } else {
            String current = context.getUser().getFirstAttribute(PhoneAttributes.PHONE_NUMBER);
            context.challenge(PhonePages.numberForm(context, current, null));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (refusedWithoutSecondFactor(context)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(PhonePages.FIELD_ACTION);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (PhonePages.ACTION_CHANGE.equals(action)) {
            authSession.removeAuthNote(PENDING_NOTE);
            context.challenge(PhonePages.numberForm(context, "", null));
        } else if (PhonePages.ACTION_SEND.equals(action)) {
            send(context, form.getFirst(PhonePages.FIELD_NUMBER));
        } else if (PhonePages.ACTION_RESEND.equals(action) && pending(authSession).isPresent()) {
            resend(context, pending(authSession).get());
        } else if (pending(authSession).isPresent()) {
            verify(context, pending(authSession).get(), form.getFirst(PhonePages.FIELD_CODE));
        } else {
            context.challenge(PhonePages.numberForm(context, "", null));
        }
    }

    private void send(RequiredActionContext context, String input) {
        SmsCodes codes = new SmsCodes(context.getSession(), context.getAuthenticationSession());
        PhoneNumberResult result = PhoneNumbers.normalise(input, codes.settings().phone());
        if (result instanceof PhoneNumberResult.Rejected rejected) {
            context.challenge(PhonePages.numberForm(context, input, rejected.problem().messageKey()));
            return;
        }
        E164Number number = ((PhoneNumberResult.Valid) result).number();
        SmsCodes.Sending sending = codes.send(number, locale(context));
        if (!sending.sent()) {
            refusedSending(context, sending, number);
            context.challenge(PhonePages.numberForm(context, input, sending.messageKey()));
            return;
        }
        context.getAuthenticationSession().setAuthNote(PENDING_NOTE, number.value());
        context.challenge(PhonePages.codeForm(context, number, null, null));
    }

    private void resend(RequiredActionContext context, E164Number number) {
        SmsCodes.Sending sending = new SmsCodes(context.getSession(), context.getAuthenticationSession())
                .send(number, locale(context));
        if (!sending.sent()) {
            refusedSending(context, sending, number);
        }
        context.challenge(PhonePages.codeForm(context, number, sending.sent() ? null : sending.messageKey(),
                sending.sent() ? "alpenlockSmsCodeResent" : null));
    }

    private void verify(RequiredActionContext context, E164Number number, String input) {
        SmsCodes codes = new SmsCodes(context.getSession(), context.getAuthenticationSession());
        UserModel user = context.getUser();
        if (codes.isLockedOut(user)) {
            event(context).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(PhonePages.codeForm(context, number, "alpenlockSmsCodeLockedOut", null));
            return;
        }
        SmsCodeVerification result = codes.check(input, user);
        if (!result.isOk()) {
            if (result.outcome().isFailure()) {
                event(context).detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE)
                        .error(Errors.INVALID_USER_CREDENTIALS);
            }
            context.challenge(PhonePages.codeForm(context, number, result.outcome().messageKey(), null));
            return;
        }
        Optional<E164Number> previous = PhoneAttributes.verifiedNumber(user);
        PhoneAttributes.setVerified(user, number);
        context.getAuthenticationSession().removeAuthNote(PENDING_NOTE);
        EventBuilder success = context.getEvent().clone().event(EventType.UPDATE_PROFILE)
                .detail(DETAIL_PHONE, number.masked());
        previous.filter(p -> !p.equals(number)).ifPresent(p -> success.detail(DETAIL_PREVIOUS_PHONE, p.masked()));
        success.success();
        context.success();
    }

    private boolean refusedWithoutSecondFactor(RequiredActionContext context) {
        if (!needsSecondFactor(context.getUser()) || SecondFactors.passedInThisSignIn(context.getAuthenticationSession())) {
            return false;
        }
        event(context).detail(Details.REASON, "replacing a verified number without a second factor in this sign-in")
                .error(ERROR_NEEDS_SECOND_FACTOR);
        Response page = context.form().setError("alpenlockPhoneChangeNeedsSecondFactor").createErrorPage(Response.Status.FORBIDDEN);
        context.challenge(page);
        return true;
    }

    private static boolean needsSecondFactor(UserModel user) {
        return PhoneAttributes.verifiedNumber(user).isPresent() && SecondFactors.hasAny(user);
    }

    private static void refusedSending(RequiredActionContext context, SmsCodes.Sending sending, E164Number number) {
        String error = switch (sending.status()) {
            case BUDGET_USED_UP -> SmsCodes.ERROR_BUDGET;
            case NOT_SENT -> SmsCodes.ERROR_GATEWAY;
            case TOO_MANY_ATTEMPTS -> Errors.INVALID_USER_CREDENTIALS;
            default -> null;
        };
        if (error != null) {
            event(context).detail(DETAIL_PHONE, number.masked()).error(error);
        }
    }

    private static EventBuilder event(RequiredActionContext context) {
        return context.getEvent().clone().event(EventType.UPDATE_PROFILE_ERROR);
    }

    private static Optional<E164Number> pending(AuthenticationSessionModel authSession) {
        return Optional.ofNullable(authSession.getAuthNote(PENDING_NOTE)).flatMap(E164Number::parse);
    }

    private static Locale locale(RequiredActionContext context) {
        return context.getSession().getContext().resolveLocale(context.getUser());
    }

    @Override
    public void close() {
    }
}
