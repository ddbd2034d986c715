package io.alpenlock.authenticators.recoveryemail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.alpenlock.authenticators.lifecycle.SecondFactors;
import io.alpenlock.authenticators.sms.SmsCodes;
import io.alpenlock.core.recovery.ContactMasking;
import io.alpenlock.core.recovery.RecoveryEmailAddress;
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
 * Verifies a recovery e-mail address: the user types it, gets a code at that address and types it back. Replacing a
 * verified address takes a second factor in this sign-in when the user has one; once replaced, both the old and the
 * new address are told.
 */
final class VerifyRecoveryEmailRequiredAction implements RequiredActionProvider {

    /** The address a code was sent to in this sign-in, waiting for the code. */
    static final String PENDING_NOTE = "alpenlock.recoveryEmail.pending";
    static final String DETAIL_ADDRESS = "alpenlock_recovery_email";
    static final String DETAIL_PREVIOUS_ADDRESS = "alpenlock_previous_recovery_email";
    static final String ERROR_NEEDS_SECOND_FACTOR = "alpenlock_second_factor_not_proved";
    static final String CHANGED_TEMPLATE = "alpenlock-recovery-email-changed.ftl";
    static final String CHANGED_SUBJECT = "alpenlockRecoveryEmailChangedSubject";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    /** Replacing a verified address needs a fresh sign-in when the user has a second factor. */
    @Override
    public int getMaxAuthAge(KeycloakSession session) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        UserModel user = authSession == null ? null : authSession.getAuthenticatedUser();
        if (user != null && needsSecondFactor(user)) {
            return -1; // always, as for the mobile number
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
        Optional<RecoveryEmailAddress.Checked> pending = pending(context);
        if (pending.isPresent() && codes(context).hasCode()) {
            context.challenge(RecoveryEmailPages.codeForm(context, pending.get().masked(), null, null));
        } else {
            String current = RecoveryEmailAttributes.address(context.getUser()).orElse("");
            context.challenge(RecoveryEmailPages.addressForm(context, current, null));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (refusedWithoutSecondFactor(context)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(RecoveryEmailPages.FIELD_ACTION);
        Optional<RecoveryEmailAddress.Checked> pending = pending(context);
        if (RecoveryEmailPages.ACTION_CHANGE.equals(action)) {
            context.getAuthenticationSession().removeAuthNote(PENDING_NOTE);
            context.challenge(RecoveryEmailPages.addressForm(context, "", null));
        } else if (RecoveryEmailPages.ACTION_SEND.equals(action)) {
            send(context, form.getFirst(RecoveryEmailPages.FIELD_ADDRESS));
        } else if (RecoveryEmailPages.ACTION_RESEND.equals(action) && pending.isPresent()) {
            SmsCodes.Sending sending = codes(context).send(context.getUser(), pending.get());
            refused(context, sending, pending.get());
            context.challenge(RecoveryEmailPages.codeForm(context, pending.get().masked(),
                    sending.sent() ? null : sending.messageKey(), sending.sent() ? "alpenlockRecoveryEmailCodeResent" : null));
        } else if (pending.isPresent()) {
            verify(context, pending.get(), form.getFirst(RecoveryEmailPages.FIELD_CODE));
        } else {
            context.challenge(RecoveryEmailPages.addressForm(context, "", null));
        }
    }

    private void send(RequiredActionContext context, String typed) {
        UserModel user = context.getUser();
        RecoveryEmailAddress.Checked address = RecoveryEmailAddress.check(typed, user.getEmail());
        if (!address.isValid()) {
            context.challenge(RecoveryEmailPages.addressForm(context, typed, address.problemKey()));
            return;
        }
        SmsCodes.Sending sending = codes(context).send(user, address);
        if (!sending.sent()) {
            refused(context, sending, address);
            context.challenge(RecoveryEmailPages.addressForm(context, typed, sending.messageKey()));
            return;
        }
        context.getAuthenticationSession().setAuthNote(PENDING_NOTE, address.address());
        context.challenge(RecoveryEmailPages.codeForm(context, address.masked(), null, null));
    }

    private void verify(RequiredActionContext context, RecoveryEmailAddress.Checked address, String input) {
        RecoveryEmailCodes codes = codes(context);
        UserModel user = context.getUser();
        if (codes.isLockedOut(user)) {
            event(context).detail(Details.CREDENTIAL_TYPE, RecoveryEmailCodes.CREDENTIAL_TYPE).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(RecoveryEmailPages.codeForm(context, address.masked(), "alpenlockSmsCodeLockedOut", null));
            return;
        }
        SmsCodeVerification result = codes.check(input, user);
        if (!result.isOk()) {
            if (result.outcome().isFailure()) {
                event(context).detail(Details.CREDENTIAL_TYPE, RecoveryEmailCodes.CREDENTIAL_TYPE)
                        .error(Errors.INVALID_USER_CREDENTIALS);
            }
            context.challenge(RecoveryEmailPages.codeForm(context, address.masked(), codeMessage(result), null));
            return;
        }
        Optional<String> previous = RecoveryEmailAttributes.verifiedAddress(user)
                .filter(p -> !RecoveryEmailAddress.sameAddress(p, address.address()));
        RecoveryEmailAttributes.setVerified(user, address.address());
        context.getAuthenticationSession().removeAuthNote(PENDING_NOTE);
        EventBuilder success = context.getEvent().clone().event(EventType.UPDATE_PROFILE)
                .detail(DETAIL_ADDRESS, address.masked());
        previous.ifPresent(p -> success.detail(DETAIL_PREVIOUS_ADDRESS, ContactMasking.maskEmail(p)));
        success.success();
        previous.ifPresent(old -> tellBothAddresses(context, old, address));
        context.success();
    }

    /** "Your recovery address was changed" to the replaced address and to the new one. */
    private static void tellBothAddresses(RequiredActionContext context, String old, RecoveryEmailAddress.Checked now) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockRecoveryEmail", now.masked());
        attributes.put("alpenlockPreviousRecoveryEmail", ContactMasking.maskEmail(old));
        attributes.put("alpenlockChangedAt", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0)) + " UTC");
        String ip = context.getConnection().getRemoteAddr();
        if (ip != null) {
            attributes.put("alpenlockIpAddress", ip);
        }
        for (String to : new String[] {old, now.address()}) {
            RecoveryEmailMailer.send(context.getSession(), context.getRealm(), context.getUser(), to, null,
                    CHANGED_SUBJECT, CHANGED_TEMPLATE, attributes);
        }
    }

    private static String codeMessage(SmsCodeVerification result) {
        return switch (result.outcome()) {
            case WRONG -> "alpenlockRecoveryEmailCodeWrong";
            default -> result.outcome().messageKey();
        };
    }

    private boolean refusedWithoutSecondFactor(RequiredActionContext context) {
        if (!needsSecondFactor(context.getUser()) || SecondFactors.passedInThisSignIn(context.getAuthenticationSession())) {
            return false;
        }
        event(context).detail(Details.REASON, "replacing a verified recovery address without a second factor in this sign-in")
                .error(ERROR_NEEDS_SECOND_FACTOR);
        Response page = context.form().setError("alpenlockRecoveryEmailChangeNeedsSecondFactor")
                .createErrorPage(Response.Status.FORBIDDEN);
        context.challenge(page);
        return true;
    }

    private static boolean needsSecondFactor(UserModel user) {
        return RecoveryEmailAttributes.verifiedAddress(user).isPresent() && SecondFactors.hasAny(user);
    }

    private static void refused(RequiredActionContext context, SmsCodes.Sending sending, RecoveryEmailAddress.Checked address) {
        String error = switch (sending.status()) {
            case BUDGET_USED_UP -> RecoveryEmailCodes.ERROR_BUDGET;
            case NOT_SENT -> RecoveryEmailCodes.ERROR_NOT_SENT;
            case TOO_MANY_ATTEMPTS -> Errors.INVALID_USER_CREDENTIALS;
            default -> null;
        };
        if (error != null) {
            event(context).detail(DETAIL_ADDRESS, address.masked()).error(error);
        }
    }

    private static EventBuilder event(RequiredActionContext context) {
        return context.getEvent().clone().event(EventType.UPDATE_PROFILE_ERROR);
    }

    private static RecoveryEmailCodes codes(RequiredActionContext context) {
        return new RecoveryEmailCodes(context.getSession(), context.getAuthenticationSession());
    }

    private static Optional<RecoveryEmailAddress.Checked> pending(RequiredActionContext context) {
        String stored = context.getAuthenticationSession().getAuthNote(PENDING_NOTE);
        return Optional.ofNullable(stored).map(a -> RecoveryEmailAddress.check(a, null))
                .filter(RecoveryEmailAddress.Checked::isValid);
    }

    @Override
    public void close() {
    }
}
