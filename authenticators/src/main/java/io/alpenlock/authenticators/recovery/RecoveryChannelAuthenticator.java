package io.alpenlock.authenticators.recovery;

import java.util.Locale;
import java.util.Map;

import io.alpenlock.authenticators.recovery.idv.IdentityVerificationStep;
import io.alpenlock.authenticators.sms.SmsCodes;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.smscode.SmsCodeOutcome;
import io.alpenlock.core.smscode.SmsCodeVerification;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The forgotten-password channel page: after the login identifier, the person picks how to prove the account
 * is theirs among the channels it really has (e-mail link, SMS code to the verified mobile number). The SMS
 * proof happens right here, so that real and unknown identifiers are answered by the same step with the same
 * pages; for an unknown identifier no SMS is sent and no code is right. The e-mail link is Keycloak's own
 * "Send Reset Email", run by a conditional sub-flow after this step. Either way the flow goes on to the
 * account's second factor before a new password is set: a reset never bypasses 2FA.
 */
final class RecoveryChannelAuthenticator implements Authenticator {

    static final String FORM = "alpenlock-recovery-channel.ftl";
    static final String SMS_FORM = "alpenlock-sms-code.ftl";
    /** Set while the SMS code page is shown. */
    static final String SMS_PENDING_NOTE = "alpenlock.recovery.smsPending";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String linkUser = authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID);
        if (user != null && user.getId().equals(linkUser)) {
            // back from a reset link: the link proved the address it was sent to
            RecoveryChannel channel = RecoveryEmailResetLink.followedLinkCameFromHere(context)
                    ? RecoveryChannel.RECOVERY_EMAIL : RecoveryChannel.EMAIL;
            authSession.setAuthNote(RecoveryChannel.NOTE, channel.value());
            context.success();
            return;
        }
        // Keycloak's pages show the identifier typed only when it matched an account, unless told to show it anyway
        authSession.setAuthNote(AbstractUsernameFormAuthenticator.USERNAME_HIDDEN, "true");
        context.challenge(channelPage(context, channels(context), null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        RecoveryChannels channels = channels(context);
        if (IdentityVerificationStep.handle(context, form, () -> context.challenge(channelPage(context, channels, null)))) {
            return; // "I have access to none of these"
        }
        if (authSession.getAuthNote(SMS_PENDING_NOTE) != null) {
            if ("channels".equals(form.getFirst("alpenlockAction"))) {
                authSession.removeAuthNote(SMS_PENDING_NOTE);
                context.challenge(channelPage(context, channels, null));
            } else if ("resend".equals(form.getFirst("alpenlockAction"))) {
                resend(context, channels);
            } else {
                checkCode(context, channels, form.getFirst("code"));
            }
            return;
        }
        RecoveryChannel chosen = RecoveryChannel.parse(form.getFirst("channel")).filter(channels::offers).orElse(null);
        if (chosen == null) {
            context.challenge(channelPage(context, channels, "alpenlockRecoveryPickChannel"));
        } else if (chosen == RecoveryChannel.EMAIL) {
            authSession.setAuthNote(RecoveryChannel.NOTE, RecoveryChannel.EMAIL.value());
            context.success();
        } else if (chosen == RecoveryChannel.RECOVERY_EMAIL) {
            String typed = authSession.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
            if (!RecoveryEmailResetLink.send(context, typed == null ? "" : typed)) {
                context.challenge(channelPage(context, channels, "alpenlockRecoveryEmailBudgetUsedUp"));
            }
        } else {
            startSms(context, channels);
        }
    }

    private void startSms(AuthenticationFlowContext context, RecoveryChannels channels) {
        SmsCodes.Sending sending = send(context, channels);
        if (!sending.sent() && sending.status() != SmsCodes.Sending.Status.COOLDOWN) {
            recordRefusal(context, sending);
            context.challenge(channelPage(context, channels, sending.messageKey()));
            return;
        }
        context.getAuthenticationSession().setAuthNote(SMS_PENDING_NOTE, "true");
        context.challenge(smsPage(context, channels, null, null));
    }

    private void resend(AuthenticationFlowContext context, RecoveryChannels channels) {
        SmsCodes.Sending sending = send(context, channels);
        recordRefusal(context, sending);
        context.challenge(smsPage(context, channels, sending.sent() ? null : sending.messageKey(),
                sending.sent() ? "alpenlockSmsCodeResent" : null));
    }

    private void checkCode(AuthenticationFlowContext context, RecoveryChannels channels, String input) {
        UserModel user = context.getUser();
        if (channels.decoy()) {
            // the same checks as for a real account (attempts left, expiry), but no code is ever right
            SmsCodeVerification result = new SmsCodes(context.getSession(), context.getAuthenticationSession()).check(input, null);
            String message = result.isOk() ? SmsCodeOutcome.WRONG.messageKey() : result.outcome().messageKey();
            context.getEvent().detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE).error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, smsPage(context, channels, message, null));
            return;
        }
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE).error(lockout);
            context.forceChallenge(smsPage(context, channels, "alpenlockSmsCodeLockedOut", null));
            return;
        }
        SmsCodeVerification result = new SmsCodes(context.getSession(), context.getAuthenticationSession()).check(input, user);
        if (result.isOk()) {
            context.getAuthenticationSession().removeAuthNote(SMS_PENDING_NOTE);
            context.getAuthenticationSession().setAuthNote(RecoveryChannel.NOTE, RecoveryChannel.SMS.value());
            context.getEvent().detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE);
            context.success();
        } else if (result.outcome().isFailure()) {
            context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, SmsCodes.CREDENTIAL_TYPE)
                    .error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    smsPage(context, channels, result.outcome().messageKey(), null));
        } else {
            context.challenge(smsPage(context, channels, result.outcome().messageKey(), null));
        }
    }

    /** A real SMS to the account's number, or for an unknown identifier the same steps without the SMS. */
    private static SmsCodes.Sending send(AuthenticationFlowContext context, RecoveryChannels channels) {
        SmsCodes codes = new SmsCodes(context.getSession(), context.getAuthenticationSession());
        E164Number number = channels.phone().orElseThrow();
        return channels.decoy() ? codes.sendDecoy(number) : codes.send(number, locale(context));
    }

    private static RecoveryChannels channels(AuthenticationFlowContext context) {
        String typed = context.getAuthenticationSession().getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        return RecoveryChannels.of(context.getRealm(), context.getUser(), typed);
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

    private static Response channelPage(AuthenticationFlowContext context, RecoveryChannels channels, String error) {
        Map<String, String> offered = new java.util.LinkedHashMap<>();
        channels.masked().forEach((channel, masked) -> offered.put(channel.value(), masked));
        LoginFormsProvider form = context.form().setAttribute("alpenlockRecoveryChannels", offered);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(FORM);
    }

    private static Response smsPage(AuthenticationFlowContext context, RecoveryChannels channels, String error, String info) {
        LoginFormsProvider form = context.form().setAttribute("alpenlockSmsCode",
                Map.of("masked", channels.masked().get(RecoveryChannel.SMS), "recovery", "true"));
        if (error != null) {
            form.addError(new FormMessage("code", error));
        }
        if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(SMS_FORM);
    }

    private static Locale locale(AuthenticationFlowContext context) {
        return context.getSession().getContext().resolveLocale(context.getUser());
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
