package io.alpenlock.mailbox;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.locale.LocaleUpdaterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.storage.UserStorageProvider;

import io.alpenlock.core.ratelimit.RateBudget;
import io.alpenlock.mailbox.check.CheckBudgetKeys;
import io.alpenlock.mailbox.check.MailboxCheckConfig;

/**
 * GET shows the form; POST answers "works" or "does not work", the same way (same page, same status, at least
 * {@link MailboxCheckConfig#minimumAnswer()}) whether the address is unknown, the password wrong, the mailbox
 * disabled or locked by brute-force protection. Each failure is a {@code LOGIN_ERROR} event and, for a known
 * mailbox, a failure for the realm's brute-force detector, as a login would be. Budgets per client IP and per
 * address are taken before anything is checked. The form carries a single-use CSRF token, also set as a
 * {@code SameSite=Strict} cookie, both required and equal. Not final: JAX-RS runtimes may subclass resource classes.
 */
public class MailboxCheckResource {

    static final String TEMPLATE = "alpenlock-mailbox-check.ftl";
    static final String COOKIE = "ALPENLOCK_MAILBOX_CHECK";
    static final String AUTH_METHOD = "alpenlock-mailbox-check";
    private static final String CSRF_PREFIX = "alpenlock-mailbox-check-csrf:";
    private static final int CSRF_SECONDS = 15 * 60;
    private static final int MAX_ADDRESS = 320;
    private static final int MAX_PASSWORD = 4096;
    private static final Logger LOG = Logger.getLogger(MailboxCheckResource.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final MailboxCheckConfig config;
    private final RealmModel realm;

    public MailboxCheckResource(KeycloakSession session, MailboxCheckConfig config) {
        this.session = session;
        this.config = config;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        requireMailboxRealm();
        return page(Response.Status.OK, null, null, "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response check(MultivaluedMap<String, String> form) {
        requireMailboxRealm();
        long start = System.nanoTime();
        String address = first(form, "address").trim();
        String password = first(form, "password");
        if (!csrfValid(first(form, "csrf"))) {
            return page(Response.Status.BAD_REQUEST, "alpenlockMailboxCheckExpired", null, address);
        }
        if (address.isEmpty() || password.isEmpty() || address.length() > MAX_ADDRESS
                || password.length() > MAX_PASSWORD) {
            return page(Response.Status.BAD_REQUEST, "alpenlockMailboxCheckFails", null, address);
        }
        String ip = session.getContext().getConnection().getRemoteAddr();
        Map<String, RateBudget> budgets = new LinkedHashMap<>();
        budgets.put(CheckBudgetKeys.ip(realm.getId(), ip), config.perIp());
        budgets.put(CheckBudgetKeys.address(realm.getId(), address), config.perAddress());
        if (!new MailboxCheckBudgets(session.getProvider(SingleUseObjectProvider.class))
                .take(budgets, Instant.ofEpochMilli(Time.currentTimeMillis()))) {
            event(address, null).error(Errors.SLOW_DOWN);
            return padded(start, page(Response.Status.TOO_MANY_REQUESTS, "alpenlockMailboxCheckTooMany", null,
                    address));
        }
        Outcome outcome;
        try {
            outcome = verify(address, password);
        } catch (RuntimeException e) {
            // a directory that cannot answer (StorageUnavailableException from a look-up, or anything else)
            LOG.warnf("mailbox check in realm '%s' could not reach the directory: %s", realm.getName(),
                    e.getClass().getSimpleName());
            outcome = Outcome.UNAVAILABLE;
        }
        return padded(start, switch (outcome) {
            case WORKS -> page(Response.Status.OK, null, "alpenlockMailboxCheckWorks", address);
            case UNAVAILABLE -> page(Response.Status.SERVICE_UNAVAILABLE,
                    DirectoryDownAtLogin.MESSAGE, null, address);
            case FAILS -> page(Response.Status.OK, "alpenlockMailboxCheckFails", null, address);
        });
    }

    private enum Outcome { WORKS, FAILS, UNAVAILABLE }

    private Outcome verify(String address, String password) {
        UserModel user = session.users().getUserByUsername(realm, address);
        if (user == null) {
            user = session.users().getUserByEmail(realm, address);
        }
        if (user == null) {
            event(address, null).error(Errors.USER_NOT_FOUND);
            return Outcome.FAILS;
        }
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (realm.isBruteForceProtected() && (protector.isPermanentlyLockedOut(session, realm, user)
                || protector.isTemporarilyDisabled(session, realm, user))) {
            event(address, user).error(Errors.USER_TEMPORARILY_DISABLED);
            return Outcome.FAILS;
        }
        if (!user.isEnabled()) {
            event(address, user).error(Errors.USER_DISABLED);
            return Outcome.FAILS;
        }
        boolean valid = user.credentialManager().isValid(UserCredentialModel.password(password));
        if (Boolean.TRUE.equals(session.getAttribute(DirectoryDownAtLogin.SESSION_FLAG))) {
            return Outcome.UNAVAILABLE;
        }
        if (!valid) {
            event(address, user).error(Errors.INVALID_USER_CREDENTIALS);
            if (realm.isBruteForceProtected()) {
                protector.failedLogin(realm, user, session.getContext().getConnection(),
                        session.getContext().getUri(), null);
            }
            return Outcome.FAILS;
        }
        if (realm.isBruteForceProtected()) {
            protector.successfulLogin(realm, user, session.getContext().getConnection(),
                    session.getContext().getUri(), null);
        }
        return Outcome.WORKS;
    }

    private EventBuilder event(String address, UserModel user) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGIN_ERROR)
                .detail(Details.USERNAME, address.length() > 255 ? address.substring(0, 255) : address)
                .detail(Details.AUTH_METHOD, AUTH_METHOD);
        return user == null ? event : event.user(user);
    }

    private void requireMailboxRealm() {
        boolean federated = realm != null && realm.getComponentsStream(realm.getId(),
                        UserStorageProvider.class.getName())
                .anyMatch(c -> MailboxUserStorageProviderFactory.PROVIDER_ID.equals(c.getProviderId()));
        if (!federated) {
            throw new NotFoundException();
        }
    }

    /**
     * {@code ?kc_locale=de} (the theme's language menu) picks the page's language, as on Keycloak's own pages, and is
     * remembered in Keycloak's locale cookie for the answer.
     */
    private void applyRequestedLocale() {
        String requested = session.getContext().getUri().getQueryParameters()
                .getFirst(LocaleSelectorProvider.KC_LOCALE_PARAM);
        if (requested != null && realm.isInternationalizationEnabled()
                && realm.getSupportedLocalesStream().anyMatch(requested::equals)) {
            session.setAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE, requested);
            session.getProvider(LocaleUpdaterProvider.class).updateLocaleCookie(requested);
        }
    }

    /** The form with a fresh CSRF token (single use), and an error or success message. */
    private Response page(Response.Status status, String error, String success, String address) {
        applyRequestedLocale();
        String token = newCsrfToken();
        boolean secure = "https".equalsIgnoreCase(session.getContext().getUri().getRequestUri().getScheme());
        String path = session.getContext().getUri().getAbsolutePath().getPath();
        String action = session.getContext().getUri().getAbsolutePath().toString();
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class)
                .setAttribute("alpenlockMailboxCheck", Map.of("action", action, "csrf", token,
                        "address", address == null ? "" : address));
        if (error != null) {
            forms.setError(error);
        }
        if (success != null) {
            forms.setSuccess(success);
        }
        forms.setStatus(status);
        Response rendered = forms.createForm(TEMPLATE);
        return Response.fromResponse(rendered).status(status)
                .header("Set-Cookie", COOKIE + "=" + token + "; Path=" + path + "; Max-Age=" + CSRF_SECONDS
                        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""))
                .header("Cache-Control", "no-store").build();
    }

    private String newCsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.getProvider(SingleUseObjectProvider.class).put(CSRF_PREFIX + token, CSRF_SECONDS, Map.of());
        return token;
    }

    private boolean csrfValid(String formToken) {
        String cookie = cookie();
        if (formToken.isEmpty() || cookie == null || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        // single use, cluster-wide: a token answers one submission
        return session.getProvider(SingleUseObjectProvider.class).remove(CSRF_PREFIX + formToken) != null;
    }

    private String cookie() {
        var cookies = session.getContext().getHttpRequest().getHttpHeaders().getCookies();
        var c = cookies.get(COOKIE);
        return c == null ? null : c.getValue();
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form == null ? null : form.getFirst(name);
        return value == null ? "" : value;
    }

    /** Sleeps until the answer is at least the minimum time old: the time must not tell what was checked. */
    private Response padded(long startNanos, Response response) {
        long left = config.minimumAnswer().toMillis() - (System.nanoTime() - startNanos) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }
}
