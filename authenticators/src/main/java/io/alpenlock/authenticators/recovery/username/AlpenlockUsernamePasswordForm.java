package io.alpenlock.authenticators.recovery.username;

import java.util.Optional;
import java.util.Set;

import io.alpenlock.core.recovery.LoginAddress;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.representations.idm.CredentialRepresentation;

/**
 * Keycloak's username/password form, plus one answer: someone who types a login address whose mailbox was deleted
 * (so it no longer logs in) <b>together with that account's right password</b> is told to look for the recovery
 * username in their SMS. With a wrong password the page says what it says for any unknown address, and the wrong
 * password counts in the account's brute-force protection (otherwise the old address would allow unlimited
 * password guesses). So the page tells that an address was retired only to someone who knows its password.
 */
public class AlpenlockUsernamePasswordForm extends UsernamePasswordForm {

    static final String MESSAGE_RETIRED = "alpenlockLoginEmailRetired";
    static final String ERROR_RETIRED = "alpenlock_login_email_retired";

    public AlpenlockUsernamePasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        if (super.validateForm(context, formData)) {
            return true;
        }
        if (context.getUser() == null && !isUserAlreadySetBeforeUsernamePasswordAuth(context)) {
            retiredAccount(context, formData.getFirst(AuthenticationManager.FORM_USERNAME))
                    .ifPresent(user -> answerForRetired(context, user, formData.getFirst(CredentialRepresentation.PASSWORD)));
        }
        return false;
    }

    private static Optional<UserModel> retiredAccount(AuthenticationFlowContext context, String typed) {
        Optional<LoginAddress> address = LoginAddress.parse(typed);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (KeycloakModelUtils.findUserByNameOrEmail(session, realm, address.get().value()) != null) {
            return Optional.empty(); // the address belongs to an account again: Keycloak's answer stands
        }
        return session.users().searchForUserByUserAttributeStream(realm, RecoveryUsernameAttributes.RETIRED_LOGIN_EMAIL,
                        address.get().value())
                .filter(RecoveryUsernameAttributes::usesRecoveryUsername)
                .filter(UserModel::isEnabled)
                .findFirst();
    }

    private void answerForRetired(AuthenticationFlowContext context, UserModel user, String password) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (realm.isBruteForceProtected() && (protector.isTemporarilyDisabled(session, realm, user)
                || protector.isPermanentlyLockedOut(session, realm, user))) {
            return;
        }
        if (password == null || password.isEmpty() || !user.credentialManager().isValid(UserCredentialModel.password(password))) {
            if (realm.isBruteForceProtected()) {
                protector.failedLogin(realm, user, session.getContext().getConnection(), session.getContext().getUri(),
                        Set.of(PasswordCredentialModel.TYPE));
            }
            return;
        }
        context.getEvent().clone().user(user).detail(RecoveryUsernames.DETAIL_RECOVERY_USERNAME, "sent_earlier")
                .error(ERROR_RETIRED);
        context.form().setErrors(java.util.List.of()); // this message instead of "invalid username or password"
        context.failureChallenge(AuthenticationFlowError.INVALID_USER,
                challenge(context, MESSAGE_RETIRED, org.keycloak.services.validation.Validation.FIELD_USERNAME));
    }
}
