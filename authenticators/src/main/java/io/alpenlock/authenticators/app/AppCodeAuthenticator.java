package io.alpenlock.authenticators.app;

import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;

/**
 * The second step "enter the code from your app": accepts the current 30-second code of any of
 * the user's apps (our app or a standard authenticator app). Every wrong or reused code is an
 * event with an error and counts in Keycloak's brute-force protection.
 */
public class AppCodeAuthenticator implements Authenticator {

    static final String FORM = "alpenlock-app-code.ftl";
    static final String FIELD = "code";
    static final String ERROR_INVALID = "alpenlockAppCodeInvalid";
    static final String ERROR_LOCKED = "alpenlockAppCodeLocked";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(form(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            context.getEvent().user(user).error(lockout);
            context.forceChallenge(form(context, ERROR_LOCKED));
            return;
        }
        MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
        String code = params.getFirst(FIELD);
        Optional<AppCredentialModel> app = code == null || code.length() > 16 ? Optional.empty()
                : provider(context.getSession()).claimCode(user, code);
        if (app.isEmpty()) {
            // Keycloak's brute-force protector only counts the categories password, otp and recovery
            // codes and would drop a failure of our own category: an app code is a one-time password,
            // so its failures are reported as otp failures.
            context.getProtector().failedLogin(context.getRealm(), user, context.getConnection(),
                    context.getUriInfo(), Set.of(OTPCredentialModel.TYPE));
            context.getEvent().user(user)
                    .detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE)
                    .error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form(context, ERROR_INVALID));
            return;
        }
        provider(context.getSession()).recordUse(user, app.get());
        context.getEvent().detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE)
                .detail(Details.SELECTED_CREDENTIAL_ID, app.get().getId());
        context.success(AppCredentialModel.TYPE);
    }

    private Response form(AuthenticationFlowContext context, String error) {
        var form = context.form();
        if (error != null) {
            form.addError(new FormMessage(FIELD, error));
        }
        return form.createForm(FORM);
    }

    private static AppCredentialProvider provider(KeycloakSession session) {
        return (AppCredentialProvider) session.getProvider(org.keycloak.credential.CredentialProvider.class,
                AppCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return provider(session).isConfiguredFor(realm, user, AppCredentialModel.TYPE);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        user.addRequiredAction(ConfigureTotpAppRequiredActionFactory.PROVIDER_ID);
    }

    @Override
    public void close() {
    }
}
