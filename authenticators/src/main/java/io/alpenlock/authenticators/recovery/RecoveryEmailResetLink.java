package io.alpenlock.authenticators.recovery;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.alpenlock.authenticators.recoveryemail.RecoveryEmailAttributes;
import io.alpenlock.authenticators.recoveryemail.RecoveryEmailMailer;
import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.recovery.ContactMasking;
import io.alpenlock.core.smscode.IssuedSmsCode;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.AuthenticationSessionCompoundId;

/**
 * The "link to the recovery e-mail" channel: Keycloak's own one-time reset action token (the one "Send Reset Email"
 * makes: bound to the account and its login address, used up when followed), mailed to the verified recovery address
 * instead of the login one, with a note saying which channel it came from. Following it resumes the reset flow like
 * Keycloak's link; the second-factor step and the new password come after. For an identifier without an account,
 * the same budgets are taken and the same page follows, but nothing is sent.
 */
final class RecoveryEmailResetLink {

    /** Token note naming the channel, read when the link is followed. */
    static final String TOKEN_NOTE_CHANNEL = "alpenlock.channel";
    static final String DETAIL_CHANNEL = "alpenlock_recovery_channel";
    private static final Logger LOG = Logger.getLogger(RecoveryEmailResetLink.class);

    private RecoveryEmailResetLink() {
    }

    /**
     * Sends the link (or, for an unknown identifier, only takes the budgets) and ends this step with Keycloak's
     * "e-mail sent" page. Returns false without sending when the address's or the IP's budget is used up.
     */
    static boolean send(AuthenticationFlowContext context, String typedIdentifier) {
        KeycloakSession session = context.getSession();
        UserModel user = context.getUser();
        Optional<String> address = user == null ? Optional.empty() : RecoveryEmailAttributes.verifiedAddress(user);
        String destination = IssuedSmsCode.emailDestination(address.orElse("unknown:" + typedIdentifier));
        MultiBudgetDecision budget = new SmsBudgetStore(session.singleUseObjects()).takeForAddress(
                SmsSettings.of(context.getRealm()).budgets(), destination,
                context.getConnection().getRemoteAddr(), Instant.ofEpochMilli(Time.currentTimeMillis()));
        if (!budget.allowed()) {
            context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).user(user)
                    .detail(DETAIL_CHANNEL, RecoveryChannel.RECOVERY_EMAIL.value())
                    .error("alpenlock_email_budget_exhausted");
            return false;
        }
        if (address.isPresent() && user.getEmail() != null && !user.getEmail().isBlank()) {
            mail(context, user, address.get());
        }
        context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
        return true;
    }

    private static void mail(AuthenticationFlowContext context, UserModel user, String address) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        int validity = context.getRealm().getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(user.getId(), user.getEmail(),
                Time.currentTime() + validity, AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(),
                authSession.getClient().getClientId());
        token.setNote(TOKEN_NOTE_CHANNEL, RecoveryChannel.RECOVERY_EMAIL.value());
        String link = UriBuilder.fromUri(context.getActionTokenUrl(
                token.serialize(context.getSession(), context.getRealm(), context.getUriInfo()))).build().toString();
        var event = context.getEvent().clone().event(EventType.SEND_RESET_PASSWORD).user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(Details.EMAIL, ContactMasking.maskEmail(address))
                .detail(DETAIL_CHANNEL, RecoveryChannel.RECOVERY_EMAIL.value());
        try {
            context.getSession().getProvider(EmailTemplateProvider.class).setRealm(context.getRealm())
                    .setUser(RecoveryEmailMailer.reachedAt(user, address)).setAuthenticationSession(authSession)
                    .sendPasswordReset(link, TimeUnit.SECONDS.toMinutes(validity));
            event.success();
        } catch (EmailException e) {
            LOG.errorf("Reset link to the recovery address of user %s in realm %s not sent: %s", user.getId(),
                    context.getRealm().getName(), e.getMessage());
            event.error(Errors.EMAIL_SEND_FAILED);
        }
    }

    /** Whether the reset link being followed in this request is one this channel sent. */
    static boolean followedLinkCameFromHere(AuthenticationFlowContext context) {
        String key = context.getUriInfo().getQueryParameters().getFirst("key");
        if (key == null) {
            return false;
        }
        ResetCredentialsActionToken token = context.getSession().tokens().decode(key, ResetCredentialsActionToken.class);
        return token != null && RecoveryChannel.RECOVERY_EMAIL.value().equals(token.getNote(TOKEN_NOTE_CHANNEL));
    }
}
