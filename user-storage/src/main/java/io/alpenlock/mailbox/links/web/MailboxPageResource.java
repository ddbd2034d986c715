package io.alpenlock.mailbox.links.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.storage.ReadOnlyException;

import io.alpenlock.mailbox.links.InvalidLinkException;
import io.alpenlock.mailbox.links.MailboxAddress;
import io.alpenlock.mailbox.links.MailboxLink;
import io.alpenlock.mailbox.links.MailboxPasswordForm;
import io.alpenlock.mailbox.links.Unification;
import io.alpenlock.mailbox.links.jpa.MailboxLinkStore;

/**
 * {@code /realms/{realm}/alpenlock-mailboxes/}: the account holder's mailbox page (login theme template
 * {@value #TEMPLATE}). Authenticated by the browser's single sign-on session of this realm; without one it sends
 * the browser to the login of the client {@value #CLIENT_ID} and back. Forms carry a per-session token kept as a
 * user-session note (cluster-wide), compared in constant time.
 *
 * <p>Actions ({@code action} form field): {@code link} (address + current mailbox password, checked like a login
 * of the mail realm), {@code change} (new mailbox password; optionally unify), {@code separate} (undo unification),
 * {@code unlink} (remove the account's link to a mailbox: without {@code confirm=yes} the page asks to confirm first;
 * a unified link's unification ends with it, both passwords staying as they are).
 */
public class MailboxPageResource {

    public static final String CLIENT_ID = "alpenlock-mailboxes";
    static final String TEMPLATE = "alpenlock-mailboxes.ftl";
    static final String CSRF_NOTE = "alpenlock.mailboxes.csrf";
    static final String CSRF_FIELD = "alpenlockToken";
    public static final String LINK_CREDENTIAL_TYPE = "alpenlock-mailbox-link";
    static final String PASSWORD_CREDENTIAL_TYPE = "alpenlock-mailbox-password";
    static final String VIA_LINK = "mailbox-link";
    static final String VIA_PAGE = "mailbox-page";

    private static final Logger LOG = Logger.getLogger(MailboxPageResource.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final RealmModel realm;

    MailboxPageResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        AuthenticationManager.AuthResult auth = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (auth == null || auth.user() == null || !auth.user().isEnabled()) {
            return toLogin();
        }
        if (session.getContext().getUri().getQueryParameters().containsKey("code")) {
            // back from the login: drop code/state/iss from the address bar
            return Response.seeOther(pageUri()).build();
        }
        return view(auth, Response.Status.OK, null, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act() {
        AuthenticationManager.AuthResult auth = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (auth == null || auth.user() == null || !auth.user().isEnabled()) {
            return Response.seeOther(pageUri()).build();
        }
        MultivaluedMap<String, String> form = session.getContext().getHttpRequest().getDecodedFormParameters();
        if (!tokenMatches(auth.session(), form.getFirst(CSRF_FIELD))) {
            return render(auth, Response.Status.FORBIDDEN, "alpenlockMailboxExpiredForm", null, null);
        }
        String action = form.getFirst("action");
        if ("link".equals(action)) {
            return link(auth, form);
        }
        if ("change".equals(action)) {
            return change(auth, form);
        }
        if ("separate".equals(action)) {
            return separate(auth, form);
        }
        if ("unlink".equals(action)) {
            return unlink(auth, form);
        }
        return render(auth, Response.Status.BAD_REQUEST, "alpenlockMailboxUnknownAction", null, null);
    }

    // --- actions ------------------------------------------------------------------------------------------------

    private Response link(AuthenticationManager.AuthResult auth, MultivaluedMap<String, String> form) {
        UserModel user = auth.user();
        String password = form.getFirst("password");
        String address;
        try {
            address = MailboxAddress.normalize(form.getFirst("address"));
        } catch (InvalidLinkException e) {
            return render(auth, Response.Status.BAD_REQUEST, "alpenlockMailboxBadAddress", null, null);
        }
        if (password == null || password.isEmpty() || password.length() > MailboxPasswordForm.MAX_PASSWORD_LENGTH) {
            return render(auth, Response.Status.BAD_REQUEST, "alpenlockMailboxPasswordMissing", null, address);
        }
        MailboxLinkStore store = new MailboxLinkStore(session);
        if (store.of(realm.getId(), user.getId(), address).isPresent()) {
            return render(auth, Response.Status.CONFLICT, "alpenlockMailboxAlreadyLinked", null, null);
        }
        Optional<MailboxRealm> mail = MailboxRealm.of(session, realm);
        if (mail.isEmpty()) {
            return render(auth, Response.Status.SERVICE_UNAVAILABLE, "alpenlockMailboxUnavailable", null, address);
        }
        EventBuilder event = event(auth, EventType.UPDATE_CREDENTIAL_ERROR)
                .detail("credential_type", LINK_CREDENTIAL_TYPE).detail("alpenlock_mailbox", address);
        switch (mail.get().checkPassword(address, password, VIA_LINK)) {
            case LOCKED -> {
                event.error("user_temporarily_disabled");
                return render(auth, Response.Status.TOO_MANY_REQUESTS, "alpenlockMailboxLocked", null, address);
            }
            case INVALID -> {
                event.error("invalid_user_credentials");
                return render(auth, Response.Status.BAD_REQUEST, "alpenlockMailboxWrongPassword", null, address);
            }
            default -> {
                // valid
            }
        }
        // Proving the mailbox password is proving control of the mailbox: the account may change it.
        Optional<MailboxLink> created = store.create(realm.getId(), user.getId(), address, true);
        if (created.isEmpty()) {
            return render(auth, Response.Status.CONFLICT, "alpenlockMailboxAlreadyLinked", null, null);
        }
        event(auth, EventType.UPDATE_CREDENTIAL).detail("credential_type", LINK_CREDENTIAL_TYPE)
                .detail("alpenlock_mailbox", address).success();
        return view(auth, Response.Status.OK, null, null, "alpenlockMailboxLinked", address);
    }

    private Response change(AuthenticationManager.AuthResult auth, MultivaluedMap<String, String> form) {
        UserModel user = auth.user();
        MailboxLinkStore store = new MailboxLinkStore(session);
        Optional<MailboxLink> found = linkOf(user, form.getFirst("address"), store);
        if (found.isEmpty()) {
            return render(auth, Response.Status.NOT_FOUND, "alpenlockMailboxNotLinked", null, null);
        }
        MailboxLink link = found.get();
        EventBuilder failure = event(auth, EventType.UPDATE_CREDENTIAL_ERROR)
                .detail("credential_type", PASSWORD_CREDENTIAL_TYPE).detail("alpenlock_mailbox", link.address());
        if (!link.mayChangePassword()) {
            failure.error("not_allowed");
            return render(auth, Response.Status.FORBIDDEN, "alpenlockMailboxNotPermitted", null, null);
        }
        String password = form.getFirst("password-new");
        MailboxPasswordForm.Problem problem = MailboxPasswordForm.check(password, form.getFirst("password-confirm"));
        if (problem != null) {
            failure.error("invalid_input");
            return render(auth, Response.Status.BAD_REQUEST, switch (problem) {
                case MISSING -> "alpenlockMailboxPasswordMissing";
                case MISMATCH -> "notMatchPasswordMessage";
                case TOO_LONG -> "alpenlockMailboxPasswordTooLong";
            }, null, null);
        }
        Optional<MailboxRealm> mail = MailboxRealm.of(session, realm);
        Optional<UserModel> mailbox;
        try {
            mailbox = mail.isEmpty() ? Optional.empty() : mail.get().mailbox(link.address());
        } catch (ModelException e) {
            failure.error("mailbox_directory_unavailable");
            return render(auth, Response.Status.SERVICE_UNAVAILABLE, "alpenlockMailboxUnavailable", null, null);
        }
        if (mailbox.isEmpty()) {
            failure.error("user_not_found");
            return render(auth, Response.Status.CONFLICT, "alpenlockMailboxGone", null, null);
        }
        PolicyError policy = mail.get().policy(mailbox.get(), password);
        if (policy != null) {
            failure.error("password_rejected");
            return render(auth, Response.Status.BAD_REQUEST, policy.getMessage(), policy.getParameters(), null);
        }
        long links = store.countOfAddress(realm.getId(), link.address());
        boolean allowed = Unification.of(user.getUsername(), link, links).allowed();
        boolean unify = allowed && (link.unified() || "on".equals(form.getFirst("unify")));
        if (unify) {
            try {
                MailboxRealm.withoutSync(session, () ->
                        user.credentialManager().updateCredential(UserCredentialModel.password(password, false)));
            } catch (ModelException e) {
                // the accounts realm's own policy refused it: nothing changed yet
                failure.error("password_rejected");
                return render(auth, Response.Status.BAD_REQUEST, e.getMessage(), e.getParameters(), null);
            }
        }
        try {
            mail.get().setPassword(mailbox.get(), password, VIA_PAGE);
        } catch (ReadOnlyException e) {
            // an IMAP (or read-only JDBC) directory: the password lives on the mail platform only
            session.getTransactionManager().setRollbackOnly();
            failure.error("mailbox_read_only");
            return render(auth, Response.Status.CONFLICT, "alpenlockMailboxPasswordManagedElsewhere", null, null);
        } catch (ModelException e) {
            session.getTransactionManager().setRollbackOnly();
            LOG.warnf("realm %s: mailbox password not changed: %s", realm.getName(), e.getMessage());
            failure.error("mailbox_directory_unavailable");
            return render(auth, Response.Status.SERVICE_UNAVAILABLE, "alpenlockMailboxNotChanged", null, null);
        }
        if (unify != link.unified()) {
            link = store.setUnified(realm.getId(), link.id(), unify).orElseThrow();
        }
        if (!allowed && link.unified()) {
            link = store.setUnified(realm.getId(), link.id(), false).orElseThrow();
        }
        event(auth, EventType.UPDATE_CREDENTIAL).detail("credential_type", PASSWORD_CREDENTIAL_TYPE)
                .detail("alpenlock_mailbox", link.address()).detail("alpenlock_unified", Boolean.toString(unify))
                .success();
        if (unify) {
            // the account password changed too: the usual "password changed" security e-mail follows from this
            event(auth, EventType.UPDATE_CREDENTIAL).detail("credential_type", "password")
                    .detail("alpenlock_mailbox", link.address()).success();
        }
        new MailboxNotices(session).passwordChanged(realm, user, link.address(), unify);
        return view(auth, Response.Status.OK, null, null,
                unify ? "alpenlockMailboxPasswordChangedUnified" : "alpenlockMailboxPasswordChanged", link.address());
    }

    private Response separate(AuthenticationManager.AuthResult auth, MultivaluedMap<String, String> form) {
        MailboxLinkStore store = new MailboxLinkStore(session);
        Optional<MailboxLink> link = linkOf(auth.user(), form.getFirst("address"), store);
        if (link.isEmpty()) {
            return render(auth, Response.Status.NOT_FOUND, "alpenlockMailboxNotLinked", null, null);
        }
        if (!link.get().unified()) {
            return render(auth, Response.Status.CONFLICT, "alpenlockMailboxNotUnified", null, null);
        }
        store.setUnified(realm.getId(), link.get().id(), false);
        event(auth, EventType.UPDATE_CREDENTIAL).detail("credential_type", PASSWORD_CREDENTIAL_TYPE)
                .detail("alpenlock_mailbox", link.get().address()).detail("alpenlock_unified", "false").success();
        return view(auth, Response.Status.OK, null, null, "alpenlockMailboxSeparated", link.get().address());
    }

    /**
     * Removes the account's link to one of its mailboxes, after a confirmation step. The mailbox and its password are
     * untouched; a unification ends with the link (both passwords keep their current value, and account password
     * changes no longer reach the mailbox: {@link MailboxPasswordSync} only follows existing unified links).
     */
    private Response unlink(AuthenticationManager.AuthResult auth, MultivaluedMap<String, String> form) {
        MailboxLinkStore store = new MailboxLinkStore(session);
        Optional<MailboxLink> found = linkOf(auth.user(), form.getFirst("address"), store);
        if (found.isEmpty()) {
            return render(auth, Response.Status.NOT_FOUND, "alpenlockMailboxNotLinked", null, null);
        }
        MailboxLink link = found.get();
        if (!"yes".equals(form.getFirst("confirm"))) {
            return page(auth, Response.Status.OK, null, null, null, null, link.address());
        }
        store.delete(realm.getId(), link.id());
        event(auth, EventType.REMOVE_CREDENTIAL).detail("credential_type", LINK_CREDENTIAL_TYPE)
                .detail("alpenlock_mailbox", link.address()).detail("alpenlock_unified", Boolean.toString(link.unified()))
                .success();
        return view(auth, Response.Status.OK, null, null,
                link.unified() ? "alpenlockMailboxUnlinkedUnified" : "alpenlockMailboxUnlinked", link.address());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Optional<MailboxLink> linkOf(UserModel user, String address, MailboxLinkStore store) {
        try {
            return store.of(realm.getId(), user.getId(), MailboxAddress.normalize(address));
        } catch (InvalidLinkException e) {
            return Optional.empty();
        }
    }

    private EventBuilder event(AuthenticationManager.AuthResult auth, EventType type) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection()).event(type)
                .user(auth.user()).detail("username", auth.user().getUsername());
        if (auth.session() != null) {
            event.session(auth.session());
        }
        ClientModel client = realm.getClientByClientId(CLIENT_ID);
        if (client != null) {
            event.client(client);
        }
        return event;
    }

    /** An error: the page again with the message; {@code typedAddress} refills the link form. */
    private Response render(AuthenticationManager.AuthResult auth, Response.Status status, String error,
                            Object[] errorParameters, String typedAddress) {
        return view(auth, status, error, errorParameters, null, typedAddress);
    }

    private Response view(AuthenticationManager.AuthResult auth, Response.Status status, String error,
                          Object[] errorParameters, String success, String address) {
        return page(auth, status, error, errorParameters, success, address, null);
    }

    /** The page; {@code confirmUnlink}: the linked address whose removal the page asks to confirm (or null). */
    private Response page(AuthenticationManager.AuthResult auth, Response.Status status, String error,
                          Object[] errorParameters, String success, String address, String confirmUnlink) {
        UserModel user = auth.user();
        MailboxLinkStore store = new MailboxLinkStore(session);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MailboxLink link : store.ofUser(realm.getId(), user.getId())) {
            Unification unification = Unification.of(user.getUsername(), link,
                    store.countOfAddress(realm.getId(), link.address()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("address", link.address());
            row.put("mayChangePassword", link.mayChangePassword());
            row.put("unified", link.unified() && unification.allowed());
            row.put("unificationOffered", unification.allowed() && !link.unified());
            row.put("confirmUnlink", link.address().equals(confirmUnlink));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("links", rows);
        model.put("action", actionUri().toString());
        model.put("token", token(auth.session()));
        model.put("accountUrl", UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                .path("realms").path(realm.getName()).path("account").path("").build().toString());
        model.put("typedAddress", success == null && address != null ? address : "");
        String requested = requestedLocale();
        if (requested != null) {
            // the language menu's choice (kc_locale), as Keycloak's login pages honour it
            session.setAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE, requested);
        }
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class).setUser(user)
                .setAttribute("alpenlockMailboxes", model).setStatus(status);
        if (error != null) {
            forms.setError(error, errorParameters == null ? new Object[0] : errorParameters);
        } else if (success != null) {
            forms.setSuccess(success, address);
        }
        return forms.createForm(TEMPLATE);
    }

    private Response toLogin() {
        ClientModel client = realm.getClientByClientId(CLIENT_ID);
        if (client == null || !client.isEnabled()) {
            LOG.warnf("realm %s: the mailbox page needs the client '%s' (see docs/mailbox-federation.md)",
                    realm.getName(), CLIENT_ID);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("The mailbox page is not set up in this realm.").build();
        }
        UriBuilder login = UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                .path("realms").path(realm.getName()).path("protocol/openid-connect/auth")
                .queryParam("client_id", CLIENT_ID)
                .queryParam("redirect_uri", pageUri().toString())
                .queryParam("response_type", "code")
                .queryParam("scope", "openid");
        String locale = requestedLocale();
        if (locale != null) {
            login.queryParam("ui_locales", locale);
        }
        return Response.seeOther(login.build()).build();
    }

    private URI pageUri() {
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms").path(realm.getName())
                .path(MailboxLinksRealmResourceProviderFactory.PROVIDER_ID).path("").build();
    }

    private URI actionUri() {
        UriBuilder action = UriBuilder.fromUri(pageUri());
        String locale = requestedLocale();
        if (locale != null) {
            action.queryParam("kc_locale", locale);
        }
        return action.build();
    }

    private String requestedLocale() {
        String locale = session.getContext().getUri().getQueryParameters().getFirst("kc_locale");
        return locale != null && locale.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") ? locale : null;
    }

    /** The session's form token, created at its first page view. */
    private String token(UserSessionModel userSession) {
        if (userSession == null) {
            return "";
        }
        String token = userSession.getNote(CSRF_NOTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            userSession.setNote(CSRF_NOTE, token);
        }
        return token;
    }

    private static boolean tokenMatches(UserSessionModel userSession, String sent) {
        String expected = userSession == null ? null : userSession.getNote(CSRF_NOTE);
        return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
