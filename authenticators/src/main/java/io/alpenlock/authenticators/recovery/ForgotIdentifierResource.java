package io.alpenlock.authenticators.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.alpenlock.authenticators.recoveryemail.RecoveryEmailAttributes;
import io.alpenlock.authenticators.recoveryemail.RecoveryEmailMailer;
import io.alpenlock.authenticators.recoveryemail.RecoveryEmailSettings;
import io.alpenlock.authenticators.sms.PhoneAttributes;
import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.phone.PhoneNumberResult;
import io.alpenlock.core.phone.PhoneNumbers;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.recovery.RecoveryEmailAddress;
import io.alpenlock.core.sms.SmsMessage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.theme.Theme;

/**
 * "Forgot your login identifier?" ({@code /realms/{realm}/alpenlock/forgot-identifier}): the person types their
 * mobile number (and, when the realm asks for it, their recovery e-mail address, then picks SMS or e-mail) and, if
 * verified accounts use it (them), gets their login identifier(s) there; each matched account's login address is told. The answer is the same
 * page, status and work whether or not anything matched (DESIGN.md: no enumeration): the request checks the input
 * and takes the number's and the IP's SMS budgets; looking the accounts up and sending the SMS happen after the
 * response, in a background task, so neither shows in the answer or its time.
 */
public class ForgotIdentifierResource {

    static final String FORM = "alpenlock-forgot-identifier.ftl";
    static final String FIELD_NUMBER = ForgotIdentifierRequest.FIELD_NUMBER;
    static final String FIELD_EMAIL = ForgotIdentifierRequest.FIELD_EMAIL;
    static final String MAIL_TEMPLATE = "alpenlock-forgot-identifier.ftl";
    static final String MAIL_SUBJECT = "alpenlockForgotIdentifierMailSubject";
    private static final Logger LOG = Logger.getLogger(ForgotIdentifierResource.class);
    private static final int MAX_IDENTIFIERS = 5;
    /**
     * The background work starts after a random pause, so that its load does not land on the requests right
     * after a matching one (which would let someone time their next request instead of this one).
     */
    private static final int MIN_DELAY_MILLIS = 300;
    private static final int DELAY_SPREAD_MILLIS = 1000;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final KeycloakSession session;
    private final ScheduledExecutorService background;

    /** @param background runs the SMS after the response (owned by the resource's factory, one per node) */
    public ForgotIdentifierResource(KeycloakSession session, ScheduledExecutorService background) {
        this.session = session;
        this.background = background;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        boolean ask = RecoveryEmailSettings.of(session.getContext().getRealm()).askInForgotIdentifier();
        return form(ForgotIdentifierRequest.empty(ask), null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> params) {
        RealmModel realm = session.getContext().getRealm();
        ForgotIdentifierRequest request = ForgotIdentifierRequest.read(params,
                RecoveryEmailSettings.of(realm).askInForgotIdentifier());
        SmsSettings settings = SmsSettings.of(realm);
        PhoneNumberResult result = PhoneNumbers.normalise(request.typedNumber(), settings.phone());
        if (result instanceof PhoneNumberResult.Rejected rejected) {
            return form(request, FIELD_NUMBER, rejected.problem().messageKey(), null);
        }
        RecoveryEmailAddress.Checked address = null;
        if (request.askEmail()) {
            address = RecoveryEmailAddress.check(request.typedEmail(), null);
            if (!address.isValid()) {
                return form(request, FIELD_EMAIL, address.problemKey(), null);
            }
        }
        E164Number number = ((PhoneNumberResult.Valid) result).number();
        SmsBudgetStore budgets = new SmsBudgetStore(session.singleUseObjects());
        String ip = session.getContext().getConnection().getRemoteAddr();
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        boolean byEmail = request.byEmail() && address != null;
        MultiBudgetDecision budget = byEmail
                ? budgets.takeForAddress(settings.budgets(), address.destination(), ip, now)
                : budgets.take(settings.budgets(), number, ip, now);
        if (!budget.allowed()) {
            return form(request, byEmail ? FIELD_EMAIL : FIELD_NUMBER,
                    byEmail ? "alpenlockRecoveryEmailBudgetUsedUp" : "alpenlockSmsBudgetUsedUp", null);
        }
        IdentifierLookup lookup = new IdentifierLookup(realm.getId(), number, address == null ? null : address.address(), byEmail,
                session.getContext().resolveLocale(null), ip);
        lookUpAndSendLater(lookup);
        return form(ForgotIdentifierRequest.empty(request.askEmail()), null, null,
                request.askEmail() ? "alpenlockForgotIdentifierSentEither" : "alpenlockForgotIdentifierSent");
    }

    /** What the background task needs from the request. */
    record IdentifierLookup(String realmId, E164Number number, String recoveryEmail, boolean byEmail, Locale locale,
            String clientIp) {
    }

    /**
     * Looks the accounts up and sends the identifiers in a background task, for every request alike: the request
     * itself does the same work whether or not an account matches.
     */
    private void lookUpAndSendLater(IdentifierLookup lookup) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        long delayMillis = MIN_DELAY_MILLIS + RANDOM.nextInt(DELAY_SPREAD_MILLIS);
        background.schedule(() -> KeycloakModelUtils.runJobInTransaction(factory, job -> {
            RealmModel realm = job.realms().getRealm(lookup.realmId());
            if (realm == null) {
                return;
            }
            job.getContext().setRealm(realm);
            E164Number number = lookup.number();
            List<UserModel> users = job.users().searchForUserByUserAttributeStream(realm, PhoneAttributes.PHONE_NUMBER, number.value())
                    .filter(user -> PhoneAttributes.verifiedNumber(user).filter(number::equals).isPresent())
                    .filter(user -> lookup.recoveryEmail() == null || RecoveryEmailAttributes.verifiedAddress(user)
                            .filter(a -> RecoveryEmailAddress.sameAddress(a, lookup.recoveryEmail())).isPresent())
                    .filter(UserModel::isEnabled)
                    .sorted(java.util.Comparator.comparing(UserModel::getUsername))
                    .limit(MAX_IDENTIFIERS)
                    .toList();
            if (users.isEmpty()) {
                return;
            }
            List<String> identifiers = users.stream().map(UserModel::getUsername).toList();
            if (lookup.byEmail()) {
                RecoveryEmailMailer.send(job, realm, users.get(0), lookup.recoveryEmail(), null, MAIL_SUBJECT, MAIL_TEMPLATE,
                        Map.of("alpenlockIdentifiers", identifiers));
            } else {
                var sent = job.getProvider(SmsSenderProvider.class)
                        .send(new SmsMessage(number.value(), text(job, realm, identifiers, lookup.locale())));
                if (!sent.isSent()) {
                    LOG.warnf("Login identifier SMS to %s in realm %s not sent: %s", number.masked(), realm.getName(),
                            sent.getClass().getSimpleName());
                }
            }
            users.forEach(user -> IdentifierRequestedNotice.send(job, realm, user, lookup.byEmail(), lookup.clientIp()));
        }), delayMillis, TimeUnit.MILLISECONDS);
    }

    private static String text(KeycloakSession session, RealmModel realm, List<String> identifiers, Locale locale) {
        String realmLabel = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName();
        String pattern = "Your login at {0}: {1}";
        try {
            pattern = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale)
                    .getProperty("alpenlockForgotIdentifierSms", pattern);
        } catch (java.io.IOException e) {
            LOG.warnf("Login theme messages not readable (%s); SMS text in English", e.getMessage());
        }
        return new java.text.MessageFormat(pattern, locale).format(new Object[] {realmLabel, String.join(", ", identifiers)});
    }

    private Response form(ForgotIdentifierRequest request, String field, String error, String info) {
        Map<String, String> attributes = new java.util.HashMap<>();
        attributes.put("typed", request.echoNumber());
        attributes.put("typedEmail", request.echoEmail());
        attributes.put("askEmail", String.valueOf(request.askEmail()));
        attributes.put("channel", request.byEmail() ? "email" : "sms");
        attributes.put("action", session.getContext().getUri().getRequestUri().getPath());
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setAttribute("alpenlockForgotIdentifier", attributes);
        if (error != null) {
            form.addError(new FormMessage(field, error));
        }
        if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(FORM);
    }
}
