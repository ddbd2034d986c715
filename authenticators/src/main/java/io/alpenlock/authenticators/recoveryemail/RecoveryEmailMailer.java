package io.alpenlock.authenticators.recoveryemail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sends one of the realm's e-mail-theme templates about {@code user} to another address than the login one (the
 * recovery address, or the one it replaces), in the user's language, through Keycloak's own e-mail sender. Only the
 * recipient differs from an ordinary e-mail to the user.
 */
public final class RecoveryEmailMailer {

    private static final Logger LOG = Logger.getLogger(RecoveryEmailMailer.class);

    private RecoveryEmailMailer() {
    }

    /** The user as the e-mail sender sees it: the same account, reached at {@code address}. */
    public static UserModel reachedAt(UserModel user, String address) {
        return new UserModelDelegate(user) {
            @Override
            public String getEmail() {
                return address;
            }
        };
    }

    /** @return whether the e-mail was handed to the SMTP server */
    public static boolean send(KeycloakSession session, RealmModel realm, UserModel user, String address,
            AuthenticationSessionModel authSession, String subjectKey, String template, Map<String, Object> attributes) {
        try {
            EmailTemplateProvider mail = session.getProvider(EmailTemplateProvider.class).setRealm(realm)
                    .setUser(reachedAt(user, address));
            if (authSession != null) {
                mail.setAuthenticationSession(authSession);
            }
            // Keycloak adds its own attributes (user, realm, locale...) to the map: give it a mutable copy
            mail.send(subjectKey, List.of(realmLabel(realm)), template, new HashMap<>(attributes));
            return true;
        } catch (EmailException e) {
            // the SMTP server's text may follow; never the body (it may hold a code)
            LOG.errorf("Could not send %s for user %s in realm %s: %s", template, user.getId(), realm.getName(), e.getMessage());
            return false;
        }
    }

    public static String realmLabel(RealmModel realm) {
        return realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
    }
}
