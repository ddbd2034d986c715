package io.alpenlock.authenticators.backup;

import java.util.Optional;
import java.util.Set;

import io.alpenlock.core.backup.BackupCodeFormat;
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
 * "Lost your phone? Use a backup code": an alternative to the app in the second step. Takes a code with or
 * without separators and in any case; each code works once. Every failure (wrong, used or unreadable code)
 * is an event with an error and counts in Keycloak's brute-force protection. After a success the sign-in
 * tells the user how many codes are left (see {@link BackupCodesRequiredAction}).
 */
public class BackupCodeAuthenticator implements Authenticator {

    static final String FORM = "alpenlock-backup-code.ftl";
    static final String FIELD = "code";
    static final String ERROR_INVALID = "alpenlockBackupCodeInvalid";
    static final String ERROR_LOCKED = "alpenlockBackupCodeLocked";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(form(context, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            context.getEvent().user(user).detail(Details.CREDENTIAL_TYPE, BackupCodeCredentialModel.TYPE).error(lockout);
            context.forceChallenge(form(context, ERROR_LOCKED));
            return;
        }
        String input = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD);
        BackupCodeCredentialProvider provider = BackupCodeCredentialProvider.of(context.getSession());
        Optional<BackupCodeCredentialProvider.Use> use = BackupCodeFormat.normalize(input)
                .flatMap(code -> provider.use(user, code));
        if (use.isEmpty()) {
            // Keycloak's brute-force protector counts only the categories password, otp and recovery codes:
            // a backup code is a one-time password, so its failures are reported as otp failures.
            context.getProtector().failedLogin(context.getRealm(), user, context.getConnection(),
                    context.getUriInfo(), Set.of(OTPCredentialModel.TYPE));
            context.getEvent().user(user)
                    .detail(Details.CREDENTIAL_TYPE, BackupCodeCredentialModel.TYPE)
                    .error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form(context, ERROR_INVALID));
            return;
        }
        String remaining = String.valueOf(use.get().remaining());
        context.getAuthenticationSession().setAuthNote(BackupCodeNotes.USED_REMAINING, remaining);
        // Kept in the LOGIN event when it follows in this request; otherwise the required action that tells
        // the user how many codes are left puts the same details on it.
        context.getEvent().detail(Details.CREDENTIAL_TYPE, BackupCodeCredentialModel.TYPE)
                .detail(Details.SELECTED_CREDENTIAL_ID, use.get().credentialId())
                .detail(BackupCodeEvents.REMAINING, remaining);
        context.success(BackupCodeCredentialModel.TYPE);
    }

    private Response form(AuthenticationFlowContext context, String error) {
        var form = context.form();
        if (error != null) {
            form.addError(new FormMessage(FIELD, error));
        }
        return form.createForm(FORM);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Offered while the user has an unused code. */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return BackupCodeCredentialProvider.of(session).isConfiguredFor(realm, user, BackupCodeCredentialModel.TYPE);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
