package io.alpenlock.organizations.page;

import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.alpenlock.organizations.membership.Caller;
import io.alpenlock.organizations.membership.MembershipException;
import io.alpenlock.organizations.membership.MembershipService;
import io.alpenlock.organizations.membership.Views.MemberView;
import io.alpenlock.organizations.membership.Views.OrganizationView;
import io.alpenlock.organizations.products.Product;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.roles.OrganizationRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * {@code /realms/{realm}/alpenlock-organizations/members}: the members page of the {@code alpenlock} theme. The
 * signed-in user (browser SSO session of the realm; without one, they go through the account console, which signs
 * them in and links back here) sees their organizations and members, and changes roles, product permissions,
 * removes members, leaves or creates organizations. Forms carry a per-session CSRF token kept as a user-session
 * note (cluster-wide, no JVM state). Every change goes through {@link MembershipService}; a refusal shows the
 * rule's message in the user's language.
 */
public class MembersPage {

    static final String TEMPLATE = "alpenlock-organization-members.ftl";
    static final String CSRF_NOTE = "alpenlock.organizations.csrf";
    /**
     * The account console route of the "Organization members" entry ({@code content.json} of the alpenlock account
     * theme). Keycloak 26.7's console gives a content module a page only when its path is the literal route
     * {@code content/:componentId} (keycloak/keycloak#41433, fixed in 26.8).
     */
    static final String ACCOUNT_CONSOLE_ENTRY = ":componentId";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    public MembersPage(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("org") String organizationId) {
        AuthenticationManager.AuthResult auth = signedIn();
        if (auth == null) {
            return toLogin();
        }
        return render(auth, organizationId, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult auth = signedIn();
        if (auth == null) {
            return toLogin();
        }
        String organizationId = form.getFirst("org");
        if (!csrfMatches(auth.session(), form.getFirst("csrf"))) {
            return render(auth, organizationId, null, "csrf");
        }
        String action = form.getFirst("action") == null ? "" : form.getFirst("action");
        MembershipService service = service(auth);
        try {
            PageActions.Outcome outcome = PageActions.apply(service, action, form);
            return render(auth, outcome.organizationId(), outcome.done(), null);
        } catch (MembershipException e) {
            session.getTransactionManager().setRollbackOnly();
            return render(auth, organizationId, null, e.code());
        }
    }

    private Response render(AuthenticationManager.AuthResult auth, String organizationId, String done, String refused) {
        MembershipService service = service(auth);
        Map<String, Object> page = new LinkedHashMap<>();
        List<OrganizationView> mine;
        ProductCatalogue catalogue;
        try {
            mine = service.myOrganizations();
            catalogue = service.catalogue();
        } catch (MembershipException e) {
            mine = List.of();
            catalogue = ProductCatalogue.DEMO;
            refused = refused == null ? e.code() : refused;
        }
        OrganizationView selected = mine.stream().filter(o -> o.id().equals(organizationId)).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0));
        List<MemberView> members = List.of();
        if (selected != null) {
            try {
                members = service.members(selected.id());
            } catch (MembershipException e) {
                refused = refused == null ? e.code() : refused;
            }
        }
        page.put("organizations", mine);
        page.put("selected", selected);
        page.put("members", members);
        page.put("me", auth.user().getId());
        page.put("manages", selected != null && OrganizationRole.parse(selected.role()).managesMembers());
        page.put("roles", java.util.Arrays.stream(OrganizationRole.values()).map(OrganizationRole::wireName).toList());
        page.put("products", catalogue.products().stream().map(MembersPage::product).toList());
        page.put("roleLabels", PageMessages.ROLES);
        page.put("accessLabels", PageMessages.ACCESS);
        page.put("csrf", csrfToken(auth.session()));
        page.put("action", session.getContext().getUri().getAbsolutePath().toString());
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class).setUser(auth.user())
                .setAttribute("alpenlockOrg", page);
        if (refused != null) {
            forms.setError(PageMessages.refused(refused));
        } else if (done != null) {
            forms.setSuccess(PageMessages.DONE.get(done));
        }
        Response response = forms.createForm(TEMPLATE);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        return response;
    }

    private static Map<String, String> product(Product product) {
        return Map.of("id", product.id().value(), "name", product.displayName());
    }

    private MembershipService service(AuthenticationManager.AuthResult auth) {
        RealmModel realm = session.getContext().getRealm();
        ClientModel console = realm.getClientByClientId(Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        if (console == null) {
            console = realm.getClientByClientId(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
        }
        return new MembershipService(session, realm, Caller.member(new AdminAuth(realm, null, auth.user(), console)));
    }

    private AuthenticationManager.AuthResult signedIn() {
        return AuthenticationManager.authenticateIdentityCookie(session, session.getContext().getRealm(), true);
    }

    /** Without a session: the account console signs the person in; its "Organization members" entry leads back. */
    private Response toLogin() {
        RealmModel realm = session.getContext().getRealm();
        URI console = session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName())
                .path("account").path("content").path(ACCOUNT_CONSOLE_ENTRY).build();
        return Response.seeOther(console).header("Cache-Control", "no-store").build();
    }

    private static String csrfToken(UserSessionModel userSession) {
        String token = userSession.getNote(CSRF_NOTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            userSession.setNote(CSRF_NOTE, token);
        }
        return token;
    }

    private static boolean csrfMatches(UserSessionModel userSession, String sent) {
        String expected = userSession.getNote(CSRF_NOTE);
        return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
