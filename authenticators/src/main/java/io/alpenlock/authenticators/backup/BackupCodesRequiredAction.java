package io.alpenlock.authenticators.backup;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import io.alpenlock.authenticators.lifecycle.SecondFactors;
import io.alpenlock.core.backup.BackupCodeGenerator;
import io.alpenlock.core.backup.BackupCodePrompt;
import io.alpenlock.core.backup.BackupCodePrompt.Page;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.theme.Theme;

/**
 * The backup-codes step of a sign-in (what it shows is decided by {@link BackupCodePrompt}):
 * <ul>
 *   <li>a set of new codes, shown once: generated on the first display and kept in the sign-in (a refresh
 *       shows the same set), stored only when the user ticks "I have stored these codes safely"; it replaces
 *       any earlier set;</li>
 *   <li>after a sign-in with a code: how many are left (one click on), with the offer of a new set when two
 *       or fewer are left, and a new set required when none is.</li>
 * </ul>
 * New codes are shown only to a user who authenticated afresh with a second factor: in the sign-in itself
 * (or who just set one up in it), or, from the account console ({@code kc_action}), within the action's
 * maximum authentication age (5 minutes unless configured), after which Keycloak asks for the password and
 * the second factor again. A sign-in that only reused an SSO session leaves the step for the next full one.
 */
public class BackupCodesRequiredAction implements RequiredActionProvider {

    /** Default "Maximum Age of Authentication" for new codes from the account console. */
    static final int DEFAULT_MAX_AUTH_AGE_SECONDS = 300;
    private static final String DEFAULT_LABEL = "Backup codes";

    private final SecureRandom random = new SecureRandom();

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public int getMaxAuthAge(KeycloakSession session) {
        RealmModel realm = session == null ? null : session.getContext().getRealm();
        RequiredActionConfigModel config = realm == null ? null
                : realm.getRequiredActionConfigByAlias(BackupCodesRequiredActionFactory.PROVIDER_ID);
        if (config != null && config.containsConfigKey(Constants.MAX_AUTH_AGE_KEY)) {
            try {
                int configured = RequiredActionFactory.parseMaxAuthAge(config);
                if (configured >= 0) {
                    return configured;
                }
            } catch (NumberFormatException e) {
                // refused by the console's validation; fall back to the default
            }
        }
        return DEFAULT_MAX_AUTH_AGE_SECONDS;
    }

    /**
     * Stops the sign-in after a code was used, and at a full sign-in when codes run low or out, or when a user
     * with a second factor has none (a set deleted by an administrator, 2FA set up before backup codes existed).
     */
    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(BackupCodeNotes.DONE) != null) {
            return;
        }
        boolean justUsed = authSession.getAuthNote(BackupCodeNotes.USED_REMAINING) != null;
        boolean fresh = SecondFactors.passedInThisSignIn(authSession);
        if (!justUsed && !fresh) {
            return;
        }
        BackupCodeCredentialProvider provider = BackupCodeCredentialProvider.of(context.getSession());
        Optional<BackupCodeCredentialModel> current = justUsed ? Optional.empty() : provider.current(context.getUser());
        int remaining = current.map(provider::remaining).orElse(0);
        boolean stop = BackupCodePrompt.worthAStop(current.isPresent(), remaining, justUsed, fresh)
                || !justUsed && current.isEmpty() && SecondFactors.hasAny(context.getUser())
                && BackupCodeActivation.isOffered(context.getRealm());
        if (stop) {
            authSession.addRequiredAction(BackupCodesRequiredActionFactory.PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Situation now = situation(context);
        switch (now.page()) {
            case LATER -> context.ignore();
            case NOTHING -> finish(context);
            default -> show(context, now, null);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> params = context.getHttpRequest().getDecodedFormParameters();
        String action = params.getFirst(BackupCodePages.FIELD_ACTION);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (BackupCodePages.ACTION_NEW_SET.equals(action)) {
            authSession.setAuthNote(BackupCodeNotes.NEW_SET_ASKED, "true");
        }
        Situation now = situation(context);
        if (isCodesPage(now.page()) && BackupCodePages.ACTION_STORE.equals(action)) {
            List<String> codes = BackupCodeNotes.pendingCodes(authSession);
            if (codes.isEmpty()) {
                show(context, now, null);
            } else if (!"on".equals(params.getFirst(BackupCodePages.FIELD_STORED))) {
                show(context, now, BackupCodePages.ERROR_NOT_STORED);
            } else {
                store(context, codes, now.hasCodes());
            }
            return;
        }
        if (BackupCodePages.ACTION_CONTINUE.equals(action)
                && (now.page() == Page.CODES_LEFT || now.page() == Page.RUNNING_LOW || now.page() == Page.NOTHING)) {
            finish(context);
            return;
        }
        if (now.page() == Page.LATER || now.page() == Page.NOTHING) {
            finish(context);
            return;
        }
        show(context, now, null);
    }

    @Override
    public void initiatedActionCanceled(KeycloakSession session, AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(BackupCodeNotes.PENDING_CODES);
        authSession.removeAuthNote(BackupCodeNotes.NEW_SET_ASKED);
    }

    private void show(RequiredActionContext context, Situation now, String errorKey) {
        if (isCodesPage(now.page())) {
            AuthenticationSessionModel authSession = context.getAuthenticationSession();
            List<String> codes = BackupCodeNotes.pendingCodes(authSession);
            if (codes.isEmpty()) {
                codes = BackupCodeGenerator.newSet(random);
                BackupCodeNotes.setPendingCodes(authSession, codes);
            }
            context.challenge(BackupCodePages.codes(context, now.page(), codes, errorKey));
        } else {
            context.challenge(BackupCodePages.status(context, now.page(), now.remaining(), now.justUsed()));
        }
    }

    /** Stores the codes on the page as the user's only set and ends the step. */
    private void store(RequiredActionContext context, List<String> codes, boolean replacing) {
        BackupCodeCredentialModel stored = BackupCodeCredentialProvider.of(context.getSession())
                .replaceAll(context.getRealm(), context.getUser(), codes, label(context));
        // An event of its own: the sign-in's LOGIN event must not look like a sign-in with a backup code.
        context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, BackupCodeCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, stored.getId())
                .detail(BackupCodeEvents.CHANGE, replacing ? BackupCodeEvents.REGENERATED : BackupCodeEvents.ACTIVATED)
                .detail(BackupCodeEvents.REMAINING, String.valueOf(stored.data().total()))
                .success();
        context.getAuthenticationSession().removeAuthNote(BackupCodeNotes.PENDING_CODES);
        context.getAuthenticationSession().removeAuthNote(BackupCodeNotes.NEW_SET_ASKED);
        finish(context);
    }

    /** Ends the step for this sign-in; a sign-in made with a code keeps saying so in its LOGIN event. */
    private void finish(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String usedRemaining = authSession.getAuthNote(BackupCodeNotes.USED_REMAINING);
        if (usedRemaining != null) {
            context.getEvent().detail(Details.CREDENTIAL_TYPE, BackupCodeCredentialModel.TYPE)
                    .detail(BackupCodeEvents.REMAINING, usedRemaining);
        }
        authSession.removeAuthNote(BackupCodeNotes.USED_REMAINING);
        authSession.setAuthNote(BackupCodeNotes.DONE, "true");
        context.success();
    }

    /** "Backup codes" in the user's language, as the set's label in the account and admin consoles. */
    private static String label(RequiredActionContext context) {
        try {
            Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
            Properties messages = context.getSession().theme().getTheme(Theme.Type.LOGIN)
                    .getEnhancedMessages(context.getRealm(), locale);
            String label = messages.getProperty("alpenlockBackupCodesCredentialLabel");
            return label == null || label.isBlank() ? DEFAULT_LABEL : label;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_LABEL;
        }
    }

    private static boolean isCodesPage(Page page) {
        return page == Page.NEW_CODES || page == Page.REPLACEMENT_CODES || page == Page.REQUIRED_REPLACEMENT;
    }

    private record Situation(Page page, boolean hasCodes, int remaining, boolean justUsed) {
    }

    private static Situation situation(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        BackupCodeCredentialProvider provider = BackupCodeCredentialProvider.of(context.getSession());
        Optional<BackupCodeCredentialModel> current = provider.current(user);
        int remaining = current.map(provider::remaining).orElse(0);
        boolean justUsed = authSession.getAuthNote(BackupCodeNotes.USED_REMAINING) != null;
        boolean explicit = BackupCodesRequiredActionFactory.PROVIDER_ID.equals(authSession.getClientNote(Constants.KC_ACTION));
        boolean asked = explicit || authSession.getAuthNote(BackupCodeNotes.NEW_SET_ASKED) != null;
        // Keycloak re-authenticates an account-console request older than the maximum age before it gets here.
        boolean fresh = explicit || authSession.getAuthNote(BackupCodeNotes.SECOND_FACTOR_SET_UP) != null
                || SecondFactors.passedInThisSignIn(authSession);
        Page page = BackupCodePrompt.decide(new BackupCodePrompt.Situation(SecondFactors.hasAny(user), current.isPresent(),
                remaining, justUsed, asked, explicit, fresh));
        return new Situation(page, current.isPresent(), remaining, justUsed);
    }

    @Override
    public void close() {
    }
}
