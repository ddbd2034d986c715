package io.alpenlock.organizations.notices;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Renders one organization e-mail from the realm's e-mail theme in the recipient's language (their
 * {@code locale} attribute, else the realm's default) and sends it with Keycloak's own e-mail sender, in a
 * transaction of its own (called after the change committed).
 */
final class MembershipMailer {

    /**
     * The time zone of the times written in e-mails: the security e-mails' setting
     * {@code --spi-events-listener--alpenlock-notifications--time-zone} (event-listeners module), so that every
     * Alpenlock e-mail of a server uses the same zone; the server's zone when unset.
     */
    static final String TIME_ZONE_SPI = "eventsListener";
    static final String TIME_ZONE_PROVIDER = "alpenlock-notifications";
    static final String TIME_ZONE_OPTION = "time-zone";

    private static final Logger LOG = Logger.getLogger(MembershipMailer.class);

    private MembershipMailer() {
    }

    static ZoneId zone() {
        String configured = Config.scope(TIME_ZONE_SPI, TIME_ZONE_PROVIDER).get(TIME_ZONE_OPTION);
        if (configured == null || configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    /**
     * Sends to one user, if they still exist and have an e-mail address.
     *
     * @param attributes the template attributes for the recipient's locale and the zone
     */
    static void send(KeycloakSessionFactory factory, String realmId, String userId, String notice, String subjectKey,
            List<Object> subjectArguments, String template, BiFunction<Locale, ZoneId, Map<String, Object>> attributes) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> sendIn(session, realmId, userId, notice, subjectKey,
                subjectArguments, template, attributes));
    }

    private static void sendIn(KeycloakSession session, String realmId, String userId, String notice, String subjectKey,
            List<Object> subjectArguments, String template, BiFunction<Locale, ZoneId, Map<String, Object>> attributes) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            LOG.debugf("No e-mail address for user %s in realm %s; %s notice not sent", userId, realm.getName(), notice);
            return;
        }
        Locale locale = session.getContext().resolveLocale(user);
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(subjectKey, subjectArguments, template, attributes.apply(locale, zone()));
        } catch (EmailException e) {
            // The cause may carry SMTP server text but never the message body.
            LOG.errorf("Could not send the %s notice to user %s in realm %s: %s", notice, userId, realm.getName(),
                    e.getMessage());
        }
    }
}
