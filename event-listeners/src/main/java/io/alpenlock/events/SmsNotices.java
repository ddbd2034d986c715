package io.alpenlock.events;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;
import io.alpenlock.events.notification.PasswordResetNotice;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * SMS security notices, next to the e-mail, for accounts with a verified mobile number (the user-profile attributes
 * {@value #PHONE_NUMBER} and {@value #PHONE_NUMBER_VERIFIED} of the authenticators module). The text comes from the
 * realm's e-mail theme in the user's language; it names no code, link or full address.
 */
final class SmsNotices {

    static final String PHONE_NUMBER = "phoneNumber";
    static final String PHONE_NUMBER_VERIFIED = "phoneNumberVerified";
    static final String PASSWORD_RESET_TEXT = "alpenlockPasswordResetSms";
    private static final Logger LOG = Logger.getLogger(SmsNotices.class);

    private SmsNotices() {
    }

    static void passwordReset(KeycloakSession session, RealmModel realm, UserModel user, PasswordResetNotice notice,
            Locale locale, ZoneId zone, String realmLabel) {
        if (!"true".equals(user.getFirstAttribute(PHONE_NUMBER_VERIFIED))) {
            return;
        }
        E164Number number = E164Number.parse(user.getFirstAttribute(PHONE_NUMBER)).orElse(null);
        SmsSenderProvider sms = session.getProvider(SmsSenderProvider.class);
        if (number == null || sms == null) {
            return;
        }
        String pattern = "{0}: the password of your account {1} was reset on {2} through {3}. Not you? Contact support now.";
        String channel = notice.channelKey();
        try {
            Properties messages = session.theme().getTheme(Theme.Type.EMAIL).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(PASSWORD_RESET_TEXT, pattern);
            channel = messages.getProperty(notice.channelKey(), channel);
        } catch (IOException e) {
            LOG.warnf("E-mail theme messages not readable (%s); SMS notice in English", e.getMessage());
        }
        String text = new MessageFormat(pattern, locale).format(new Object[] {realmLabel, user.getUsername(),
                notice.time(locale, zone), channel});
        SmsResult result = sms.send(new SmsMessage(number.value(), text));
        if (!result.isSent()) {
            LOG.warnf("Password-reset SMS notice to %s in realm %s not sent: %s", number.masked(), realm.getName(),
                    result.getClass().getSimpleName());
        }
    }
}
