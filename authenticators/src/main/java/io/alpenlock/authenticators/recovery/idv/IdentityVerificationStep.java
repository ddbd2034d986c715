package io.alpenlock.authenticators.recovery.idv;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.authenticators.sms.SmsBudgetStore;
import io.alpenlock.authenticators.sms.SmsSettings;
import io.alpenlock.core.phone.PhoneNumbers;
import io.alpenlock.core.ratelimit.MultiBudgetDecision;
import io.alpenlock.core.recovery.idv.IdentityVerificationInput;
import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "I have access to none of these", inside the forgotten-password channel step: a form (full name, contact
 * e-mail and/or mobile number, message) whose pages and answers are the same whether the identifier typed
 * before belongs to an account or not. A valid request takes the realm's budgets (per client IP and per
 * identifier), is stored with the identifier and the matching account (if any), and the person is told that
 * support will contact them.
 */
public final class IdentityVerificationStep {

    /** Authentication-session note: {@code form} while the form is shown, {@code sent} once a request is stored. */
    static final String NOTE = "alpenlock.recovery.idv";
    /** The value of {@code alpenlockAction} that opens the form (the channel page's link). */
    public static final String OPEN = "identity-verification";
    static final String FORM = "alpenlock-identity-verification.ftl";
    static final String SENT = "alpenlock-identity-verification-sent.ftl";

    private IdentityVerificationStep() {
    }

    /**
     * Answers the channel step's POST when it belongs to this form.
     *
     * @param showChannels shows the channel page again (the form's "back" button)
     * @return false when the POST is not for this form (the channel step handles it)
     */
    public static boolean handle(AuthenticationFlowContext context, MultivaluedMap<String, String> form,
            Runnable showChannels) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String state = authSession.getAuthNote(NOTE);
        String action = form.getFirst("alpenlockAction");
        if (state == null) {
            if (!OPEN.equals(action)) {
                return false;
            }
            authSession.setAuthNote(NOTE, "form");
            // Keycloak's page layout shows the typed identifier only when it matched an account, unless this note
            // is set: with it, every identifier is shown alike, so the pages do not tell whether an account exists
            authSession.setAuthNote(AbstractUsernameFormAuthenticator.USERNAME_HIDDEN, "true");
            context.challenge(formPage(context, Map.of(), Map.of(), null));
        } else if ("sent".equals(state)) {
            context.challenge(page(context).createForm(SENT));
        } else if ("channels".equals(action)) {
            authSession.removeAuthNote(NOTE);
            showChannels.run();
        } else {
            submit(context, form);
        }
        return true;
    }

    private static void submit(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        RealmModel realm = context.getRealm();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {IdentityVerificationInput.FIELD_NAME, IdentityVerificationInput.FIELD_EMAIL,
                IdentityVerificationInput.FIELD_PHONE, IdentityVerificationInput.FIELD_MESSAGE}) {
            String value = form.getFirst(field);
            // echoed back into the form (escaped by the template), cut so a huge post is not sent back whole
            typed.put(field, value == null ? "" : value.length() > 2000 ? value.substring(0, 2000) : value);
        }
        IdentityVerificationInput.Validation validation = IdentityVerificationInput.validate(
                typed.get(IdentityVerificationInput.FIELD_NAME), typed.get(IdentityVerificationInput.FIELD_EMAIL),
                typed.get(IdentityVerificationInput.FIELD_PHONE), form.getFirst(IdentityVerificationInput.FIELD_MESSAGE),
                text -> PhoneNumbers.normalise(text, SmsSettings.of(realm).phone()));
        if (!validation.isValid()) {
            context.challenge(formPage(context, typed, validation.errors(), null));
            return;
        }
        IdentityVerificationPolicy policy = IdentityVerificationAdminResourceFactory.policy(context.getSession());
        String identifier = identifier(context);
        String clientIp = context.getConnection().getRemoteAddr();
        MultiBudgetDecision budget = new SmsBudgetStore(context.getSession().singleUseObjects())
                .take(policy.budgets(realm.getId(), identifier, clientIp), Instant.ofEpochMilli(Time.currentTimeMillis()));
        UserModel user = context.getUser();
        if (!budget.allowed()) {
            IdentityVerificationEvents.of(context.getEvent().clone(), null, null)
                    .error(IdentityVerificationEvents.ERROR_BUDGET);
            context.challenge(formPage(context, typed, Map.of(), "alpenlockIdvTooMany"));
            return;
        }
        IdentityVerificationRequestEntity request = new IdentityVerificationStore(context.getSession(), policy,
                IdentityVerificationAdminResourceFactory.clock(policy))
                .create(realm, identifier, user == null ? null : user.getId(), validation.input().orElseThrow(),
                        context.getSession().getContext().resolveLocale(user).toLanguageTag(),
                        context.getAuthenticationSession().getClient().getClientId());
        IdentityVerificationEvents.of(context.getEvent().clone(), IdentityVerificationEvents.CREATED, request.getId())
                .detail(IdentityVerificationEvents.ACCOUNT, String.valueOf(user != null))
                .success();
        context.getAuthenticationSession().setAuthNote(NOTE, "sent");
        context.challenge(page(context).createForm(SENT));
    }

    private static String identifier(AuthenticationFlowContext context) {
        String typed = context.getAuthenticationSession().getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        if (typed == null && context.getUser() != null) {
            typed = context.getUser().getUsername();
        }
        return typed == null ? "" : typed.strip();
    }

    private static LoginFormsProvider page(AuthenticationFlowContext context) {
        return context.form().setAttribute("alpenlockIdvRetentionHours",
                String.valueOf(IdentityVerificationAdminResourceFactory.policy(context.getSession()).retention().toHours()));
    }

    private static Response formPage(AuthenticationFlowContext context, Map<String, String> typed,
            Map<String, String> errors, String globalError) {
        LoginFormsProvider page = page(context).setAttribute("alpenlockIdv", typed);
        errors.forEach((field, key) -> page.addError(new FormMessage(field, key)));
        if (globalError != null) {
            page.setError(globalError);
        }
        return page.createForm(FORM);
    }
}
