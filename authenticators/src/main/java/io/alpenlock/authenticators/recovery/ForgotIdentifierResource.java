package io.alpenlock.authenticators.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.alpenlock.authenticators.sms.PhoneAttributes;
import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.SmsSenderProvider;
import io.alpenlock.core.phone.E164Number;
import io.alpenlock.core.phone.PhoneNumberResult;
import io.alpenlock.core.phone.PhoneNumbers;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
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
 * mobile number and, if verified accounts use it, gets their login identifier(s) by SMS. The answer is the same
 * page, status and work whether or not anything matched (DESIGN.md: no enumeration): the request checks the input
 * and takes the number's and the IP's SMS budgets; looking the accounts up and sending the SMS happen after the
 * response, in a background task, so neither shows in the answer or its time.
 */
public class ForgotIdentifierResource {

    static final String FORM = "alpenlock-forgot-identifier.ftl";
    static final String FIELD_NUMBER = "phoneNumber";
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
        return form("", null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> params) {
        RealmModel realm = session.getContext().getRealm();
        String typed = params == null ? null : params.getFirst(FIELD_NUMBER);
        SmsSettings settings = SmsSettings.of(realm);
        PhoneNumberResult result = PhoneNumbers.normalise(typed, settings.phone());
        if (result instanceof PhoneNumberResult.Rejected rejected) {
            return form(typed, rejected.problem().messageKey(), null);
        }
        E164Number number = ((PhoneNumberResult.Valid) result).number();
        MultiBudgetDecision budget = new SmsBudgetStore(session.singleUseObjects()).take(settings.budgets(), number,
                session.getContext().getConnection().getRemoteAddr(), Instant.ofEpochMilli(Time.currentTimeMillis()));
        if (!budget.allowed()) {
            return form(typed, "alpenlockSmsBudgetUsedUp", null);
        }
        lookUpAndSendLater(realm.getId(), number, session.getContext().resolveLocale(null));
        return form("", null, "alpenlockForgotIdentifierSent");
    }

    /**
     * Looks the accounts up and sends the SMS in a background task, for every number alike: the request itself
     * does the same work whether or not an account matches.
     */
    private void lookUpAndSendLater(String realmId, E164Number number, Locale locale) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        long delayMillis = MIN_DELAY_MILLIS + RANDOM.nextInt(DELAY_SPREAD_MILLIS);
        background.schedule(() -> KeycloakModelUtils.runJobInTransaction(factory, job -> {
            RealmModel realm = job.realms().getRealm(realmId);
            if (realm == null) {
                return;
            }
            job.getContext().setRealm(realm);
            List<String> identifiers = job.users().searchForUserByUserAttributeStream(realm, PhoneAttributes.PHONE_NUMBER, number.value())
                    .filter(user -> PhoneAttributes.verifiedNumber(user).filter(number::equals).isPresent())
                    .filter(UserModel::isEnabled)
                    .map(UserModel::getUsername)
                    .sorted()
                    .limit(MAX_IDENTIFIERS)
                    .toList();
            if (identifiers.isEmpty()) {
                return;
            }
            var sent = job.getProvider(SmsSenderProvider.class)
                    .send(new SmsMessage(number.value(), text(job, realm, identifiers, locale)));
            if (!sent.isSent()) {
                LOG.warnf("Login identifier SMS to %s in realm %s not sent: %s", number.masked(), realm.getName(),
                        sent.getClass().getSimpleName());
            }
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

    private Response form(String typed, String error, String info) {
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setAttribute("alpenlockForgotIdentifier", Map.of("typed", typed == null ? "" : typed,
                        "action", session.getContext().getUri().getRequestUri().getPath()));
        if (error != null) {
            form.addError(new FormMessage(FIELD_NUMBER, error));
        }
        if (info != null) {
            form.setInfo(info);
        }
        return form.createForm(FORM);
    }
}
