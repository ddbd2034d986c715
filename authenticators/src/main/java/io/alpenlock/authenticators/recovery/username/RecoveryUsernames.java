package io.alpenlock.authenticators.recovery.username;

import java.io.IOException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.alpenlock.authenticators.sms.PhoneAttributes;
import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.recovery.LoginAddress;
import io.alpenlock.core.sms.SmsMessage;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * The recovery side of "the mailbox used as a login identifier was deleted" (docs/recovery.md). Called by the
 * admin endpoint ({@link RecoveryUsernameAdminResource}) and by the mailbox federation's deletion detection:
 *
 * <pre>{@code
 * RecoveryUsernames.Outcome outcome = new RecoveryUsernames().loginMailboxDeleted(session, realm, "anna@example.org");
 * }</pre>
 *
 * When an account of {@code realm} has the address as its username or e-mail, it gets a unique recovery username
 * (initials + 5 digits), which becomes its username; the address stops being its e-mail; the account must choose
 * a new login e-mail ({@link UpdateLoginEmailRequiredActionFactory}) at its next sign-in, and its sessions end.
 * The recovery username goes by SMS to the verified mobile number and by e-mail to the verified recovery address
 * (each when the account has one), in the user's language, and an {@code UPDATE_EMAIL} event records it.
 *
 * <p>Idempotent: a second call for the same address finds the account by the retired address and changes and
 * sends nothing ({@link Status#ALREADY_ASSIGNED}). Runs in the caller's transaction; SMS and e-mail are handed
 * over during the call. Stateless; safe on any node.
 */
public final class RecoveryUsernames {

    /** What {@link #loginMailboxDeleted} did. */
    public enum Status {
        /** A recovery username was given now. */
        ASSIGNED,
        /** An earlier call already gave one (nothing changed, nothing sent). */
        ALREADY_ASSIGNED,
        /** No account of the realm has this address as its login identifier. */
        NO_ACCOUNT
    }

    /**
     * @param userId           the account, null for {@code NO_ACCOUNT}
     * @param recoveryUsername the account's recovery username, null for {@code NO_ACCOUNT}
     * @param smsSent          an SMS with it was handed to the SMS gateway in this call
     * @param emailSent        an e-mail with it was handed to the SMTP server in this call
     */
    public record Outcome(Status status, String userId, String recoveryUsername, boolean smsSent, boolean emailSent) {
    }

    /** Event detail naming why the login e-mail changed. */
    public static final String DETAIL_REASON_VALUE = "login_mailbox_deleted";
    static final String DETAIL_RECOVERY_USERNAME = "alpenlock_recovery_username";
    static final String EMAIL_TEMPLATE = "alpenlock-recovery-username.ftl";

    private static final Logger LOG = Logger.getLogger(RecoveryUsernames.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * @param address the deleted mailbox's address (any case, surrounding spaces ignored)
     * @throws IllegalArgumentException when {@code address} is not an e-mail address
     * @throws io.alpenlock.core.recovery.NoFreeUsernameException when ten random candidates were all taken
     */
    public Outcome loginMailboxDeleted(KeycloakSession session, RealmModel realm, String address) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(realm, "realm");
        LoginAddress login = LoginAddress.parse(address)
                .orElseThrow(() -> new IllegalArgumentException("not an e-mail address"));
        Optional<UserModel> account = accountWithLogin(session, realm, login.value());
        if (account.isEmpty()) {
            return session.users().searchForUserByUserAttributeStream(realm, RecoveryUsernameAttributes.RETIRED_LOGIN_EMAIL, login.value())
                    .filter(RecoveryUsernameAttributes::usesRecoveryUsername)
                    .findFirst()
                    .map(user -> new Outcome(Status.ALREADY_ASSIGNED, user.getId(), user.getUsername(), false, false))
                    .orElse(new Outcome(Status.NO_ACCOUNT, null, null, false, false));
        }
        UserModel user = account.get();
        String recoveryUsername = newRecoveryUsername(session, realm, user, login);
        user.setUsername(recoveryUsername);
        if (login.value().equalsIgnoreCase(user.getEmail())) {
            user.setEmail(null);
            user.setEmailVerified(false);
        }
        user.setSingleAttribute(RecoveryUsernameAttributes.RECOVERY_USERNAME, recoveryUsername);
        user.setSingleAttribute(RecoveryUsernameAttributes.RETIRED_LOGIN_EMAIL, login.value());
        ensureRequiredActionRegistered(realm);
        user.addRequiredAction(UpdateLoginEmailRequiredActionFactory.PROVIDER_ID);
        session.sessions().removeUserSessions(realm, user);

        Locale locale = RecoveryUsernameAttributes.locale(realm, user);
        boolean smsSent = sendSms(session, realm, user, recoveryUsername, locale);
        boolean emailSent = sendEmail(session, realm, user, recoveryUsername, login.value());
        new EventBuilder(realm, session).event(EventType.UPDATE_EMAIL).user(user)
                .detail(Details.REASON, DETAIL_REASON_VALUE)
                .detail(Details.PREVIOUS_EMAIL, login.value())
                .detail(Details.USERNAME, recoveryUsername)
                .detail("alpenlock_sms_sent", Boolean.toString(smsSent))
                .detail("alpenlock_email_sent", Boolean.toString(emailSent))
                .success();
        return new Outcome(Status.ASSIGNED, user.getId(), recoveryUsername, smsSent, emailSent);
    }

    /**
     * Realms created before Alpenlock was installed do not have the required action yet; without it Keycloak would
     * skip it and let the recovery username in for good. (An action an administrator disabled stays disabled.)
     */
    private static void ensureRequiredActionRegistered(RealmModel realm) {
        if (realm.getRequiredActionProviderByAlias(UpdateLoginEmailRequiredActionFactory.PROVIDER_ID) != null) {
            return;
        }
        RequiredActionProviderModel action = new RequiredActionProviderModel();
        action.setAlias(UpdateLoginEmailRequiredActionFactory.PROVIDER_ID);
        action.setProviderId(UpdateLoginEmailRequiredActionFactory.PROVIDER_ID);
        action.setName(UpdateLoginEmailRequiredActionFactory.DISPLAY_TEXT);
        action.setEnabled(true);
        action.setDefaultAction(false);
        action.setPriority(UpdateLoginEmailRequiredActionFactory.PRIORITY);
        realm.addRequiredActionProvider(action);
    }

    private static Optional<UserModel> accountWithLogin(KeycloakSession session, RealmModel realm, String address) {
        UserModel byUsername = session.users().getUserByUsername(realm, address);
        if (byUsername != null) {
            return Optional.of(byUsername);
        }
        return Optional.ofNullable(session.users().getUserByEmail(realm, address));
    }

    private static String newRecoveryUsername(KeycloakSession session, RealmModel realm, UserModel user, LoginAddress login) {
        String first = user.getFirstName();
        String last = user.getLastName();
        if (io.alpenlock.core.recovery.RecoveryUsernames.FALLBACK_INITIALS
                .equals(io.alpenlock.core.recovery.RecoveryUsernames.initials(first, last))) {
            String[] parts = login.nameParts();
            first = parts[0];
            last = parts[1];
        }
        return new io.alpenlock.core.recovery.RecoveryUsernames(RANDOM).generate(first, last,
                candidate -> session.users().getUserByUsername(realm, candidate) != null);
    }

    private static boolean sendSms(KeycloakSession session, RealmModel realm, UserModel user, String recoveryUsername, Locale locale) {
        Optional<E164Number> number = PhoneAttributes.verifiedNumber(user);
        if (number.isEmpty()) {
            return false;
        }
        String pattern = "{0}: the mailbox you signed in with no longer exists. Your recovery username is {1}. "
                + "Sign in with it and your usual password, then choose a new login e-mail.";
        try {
            pattern = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale)
                    .getProperty("alpenlockRecoveryUsernameSms", pattern);
        } catch (IOException e) {
            LOG.warnf("Login theme messages not readable (%s); SMS text in English", e.getMessage());
        }
        String text = new MessageFormat(pattern, locale).format(new Object[] {RecoveryUsernameAttributes.realmLabel(realm), recoveryUsername});
        var result = session.getProvider(SmsSenderProvider.class).send(new SmsMessage(number.get().value(), text));
        if (!result.isSent()) {
            LOG.warnf("Recovery username SMS to %s in realm %s not sent: %s", number.get().masked(), realm.getName(),
                    result.getClass().getSimpleName());
        }
        return result.isSent();
    }

    private static boolean sendEmail(KeycloakSession session, RealmModel realm, UserModel user, String recoveryUsername,
            String retiredAddress) {
        Optional<String> recoveryEmail = RecoveryUsernameAttributes.verifiedRecoveryEmail(user);
        if (recoveryEmail.isEmpty()) {
            return false;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        attributes.put("alpenlockRecoveryUsername", recoveryUsername);
        attributes.put("alpenlockRetiredLoginEmail", retiredAddress);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send("alpenlockRecoveryUsernameSubject", List.of(RecoveryUsernameAttributes.realmLabel(realm)),
                            EMAIL_TEMPLATE, attributes, recoveryEmail.get());
            return true;
        } catch (EmailException e) {
            LOG.errorf("Could not send the recovery username e-mail of user %s in realm %s: %s", user.getId(),
                    realm.getName(), e.getMessage());
            return false;
        }
    }
}
