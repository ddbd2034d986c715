package io.alpenlock.authenticators.recovery.idv;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.alpenlock.authenticators.sms.PhoneAttributes;
import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.recovery.ContactMasking;
import io.alpenlock.core.sms.SmsMessage;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.theme.Theme;

/**
 * What the person hears after an administrator's decision: the reset link (e-mail to the address they gave or to
 * the account's address, or SMS to the account's verified number) or the rejection (at the address they gave, or
 * by SMS to the number they gave). Always in the language of the request's page, with the name they gave.
 */
final class IdentityVerificationNotices {

    /** Where an approval's link may go. */
    enum Contact {
        REQUEST_EMAIL("request-email"), ACCOUNT_EMAIL("account-email"), ACCOUNT_PHONE("account-phone");

        private final String value;

        Contact(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        static Optional<Contact> parse(String value) {
            return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
        }
    }

    /** A contact an approval may use, with the address as shown to the administrator. */
    record Option(Contact contact, String shown) {
    }

    /** Whether the notice went out. */
    enum Outcome { SENT, NOT_SENT, SMS_BUDGET_USED_UP }

    static final String APPROVED_TEMPLATE = "alpenlock-identity-verification-approved.ftl";
    static final String REJECTED_TEMPLATE = "alpenlock-identity-verification-rejected.ftl";

    private static final Logger LOG = Logger.getLogger(IdentityVerificationNotices.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    IdentityVerificationNotices(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The contacts an approval may use for this request: none when it matches no account. */
    static List<Option> options(IdentityVerificationRequestEntity request, UserModel user) {
        List<Option> options = new ArrayList<>();
        if (user == null) {
            return options;
        }
        if (request.getContactEmail() != null) {
            options.add(new Option(Contact.REQUEST_EMAIL, request.getContactEmail()));
        }
        if (user.getEmail() != null && !user.getEmail().isBlank()) {
            options.add(new Option(Contact.ACCOUNT_EMAIL, ContactMasking.maskEmail(user.getEmail())));
        }
        PhoneAttributes.verifiedNumber(user)
                .ifPresent(number -> options.add(new Option(Contact.ACCOUNT_PHONE, number.masked())));
        return options;
    }

    Outcome sendLink(IdentityVerificationRequestEntity request, UserModel user, Contact contact, String link,
            long hours) {
        Locale locale = locale(request);
        if (contact == Contact.ACCOUNT_PHONE) {
            E164Number number = PhoneAttributes.verifiedNumber(user).orElseThrow();
            return sms(number, message(locale, "alpenlockIdvApprovedSms",
                    "{0}: your identity was confirmed. Set a new password with this link (valid {1} hours, once): {2}",
                    realmLabel(), String.valueOf(hours), link));
        }
        String address = contact == Contact.REQUEST_EMAIL ? request.getContactEmail() : user.getEmail();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockLink", link);
        attributes.put("alpenlockLinkHours", String.valueOf(hours));
        return email(request, address, "alpenlockIdvApprovedSubject", APPROVED_TEMPLATE, attributes);
    }

    Outcome sendRejection(IdentityVerificationRequestEntity request, String reason) {
        if (request.getContactEmail() != null) {
            Map<String, Object> attributes = new HashMap<>();
            if (reason != null) {
                attributes.put("alpenlockReason", reason);
            }
            return email(request, request.getContactEmail(), "alpenlockIdvRejectedSubject", REJECTED_TEMPLATE, attributes);
        }
        Locale locale = locale(request);
        String text = message(locale, "alpenlockIdvRejectedSms",
                "{0}: we could not confirm your identity, so your request was declined.", realmLabel());
        if (reason != null) {
            text = text + " " + reason;
        }
        return sms(E164Number.parse(request.getContactPhone()).orElseThrow(), text);
    }

    private Outcome email(IdentityVerificationRequestEntity request, String address, String subjectKey,
            String template, Map<String, Object> attributes) {
        // a stand-in user carrying the language and the name the person gave, so the e-mail speaks to them
        LightweightUserAdapter recipient = new LightweightUserAdapter(session, realm, null);
        recipient.setUsername(address);
        recipient.setEmail(address);
        recipient.setFirstName(request.getFullName());
        recipient.setSingleAttribute(UserModel.LOCALE, locale(request).toLanguageTag());
        attributes.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        attributes.put("alpenlockFullName", request.getFullName());
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient)
                    .send(subjectKey, List.of(realmLabel()), template, attributes, address);
            return Outcome.SENT;
        } catch (EmailException e) {
            LOG.errorf("Identity verification notice for request %s in realm %s not sent: %s", request.getId(),
                    realm.getName(), e.getMessage());
            return Outcome.NOT_SENT;
        }
    }

    private Outcome sms(E164Number number, String text) {
        String clientIp = session.getContext().getConnection() == null ? "127.0.0.1"
                : session.getContext().getConnection().getRemoteAddr();
        if (!new SmsBudgetStore(session.singleUseObjects())
                .take(SmsSettings.of(realm).budgets(), number, clientIp, Instant.ofEpochMilli(Time.currentTimeMillis()))
                .allowed()) {
            return Outcome.SMS_BUDGET_USED_UP;
        }
        String body = text.length() > SmsMessage.MAX_BODY_LENGTH ? text.substring(0, SmsMessage.MAX_BODY_LENGTH) : text;
        if (!session.getProvider(SmsSenderProvider.class).send(new SmsMessage(number.value(), body)).isSent()) {
            LOG.warnf("Identity verification SMS to %s in realm %s not sent", number.masked(), realm.getName());
            return Outcome.NOT_SENT;
        }
        return Outcome.SENT;
    }

    private String message(Locale locale, String key, String fallback, Object... arguments) {
        String pattern = fallback;
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(key, fallback);
        } catch (IOException e) {
            LOG.warnf("Login theme messages not readable (%s); SMS text in English", e.getMessage());
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Locale locale(IdentityVerificationRequestEntity request) {
        return request.getLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(request.getLocale());
    }

    private String realmLabel() {
        return realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName()
                : realm.getDisplayName();
    }
}
