package io.alpenlock.authenticators.lifecycle;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.requiredactions.DeleteCredentialAction;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak's "Delete Credential" action ({@code delete_credential}, what the account console's Remove
 * button starts), replaced under the same id so that turning two-step verification off takes a fresh
 * second factor: when the credential is the user's last second factor, Keycloak is told to make the user
 * sign in again (password, then app, app code or backup code) instead of accepting their session, however
 * recent, and the removal is refused if that sign-in did not pass a second factor. Every other credential
 * is removed exactly as Keycloak does it.
 *
 * <p>Keycloak prefers a provider of ours over its own built-in provider with the same id.
 */
public class GuardedDeleteCredentialAction extends DeleteCredentialAction {

    /** Event error when the removal of the last second factor is refused. */
    public static final String ERROR_NOT_PROVED = "alpenlock_second_factor_not_proved";
    static final String MESSAGE_NOT_PROVED = "alpenlockRemoveLastFactorNeedsSecondFactor";

    @Override
    public int getMaxAuthAge(KeycloakSession session) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        if (authSession != null && removesTheLastSecondFactor(authSession)) {
            // Always sign in again, whatever the realm's maximum age for this action. Not 0: Keycloak asks
            // again only when auth_time + max age < now, which 0 misses within the second of a sign-in.
            return -1;
        }
        return super.getMaxAuthAge(session);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (refused(context)) {
            return;
        }
        super.requiredActionChallenge(context);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (refused(context)) {
            return;
        }
        super.processAction(context);
    }

    @Override
    public String getDisplayText() {
        return "Delete Credential (Alpenlock: last second factor needs a fresh second factor)";
    }

    private boolean refused(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!removesTheLastSecondFactor(authSession) || SecondFactors.passedInThisSignIn(authSession)) {
            return false;
        }
        context.getEvent().event(EventType.REMOVE_CREDENTIAL)
                .detail(Details.CREDENTIAL_ID, authSession.getClientNote(Constants.KC_ACTION_PARAMETER))
                .detail(Details.REASON, "last second factor without a fresh second-factor sign-in")
                .error(ERROR_NOT_PROVED);
        Response page = context.getSession().getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(authSession)
                .setUser(context.getUser())
                .setError(MESSAGE_NOT_PROVED)
                .createErrorPage(Response.Status.FORBIDDEN);
        context.challenge(page);
        return true;
    }

    private static boolean removesTheLastSecondFactor(AuthenticationSessionModel authSession) {
        String credentialId = authSession.getClientNote(Constants.KC_ACTION_PARAMETER);
        UserModel user = authSession.getAuthenticatedUser();
        return credentialId != null && user != null && SecondFactors.isTheLastOne(user, credentialId);
    }
}
