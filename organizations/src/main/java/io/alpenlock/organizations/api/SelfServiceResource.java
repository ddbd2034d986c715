package io.alpenlock.organizations.api;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

import io.alpenlock.organizations.membership.Caller;
import io.alpenlock.organizations.membership.MembershipException;
import io.alpenlock.organizations.membership.MembershipService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * {@code /realms/{realm}/alpenlock-organizations/me/…}: the self-service organizations API for the members of
 * the realm's organizations. Authenticated like Keycloak's account REST API: a bearer access token of this realm,
 * for a user (not a service account), with the {@code account} client in its audience (the default for tokens of
 * every client whose users hold Keycloak's default account roles). Every operation goes through
 * {@link MembershipService}, so the organization's rules decide.
 *
 * <p>Answers: 200/201/202/204; 400 for a bad body; 401 without a valid token; 403 for a refused change; 404 for an
 * unknown organization, one the caller does not belong to (the same answer), or an unknown member; 409 for the
 * last legal representative, an unchanged role, or a concurrent change. Errors are
 * {@code {"error": "...", "error_description": "..."}}.
 */
public class SelfServiceResource {

    private final KeycloakSession session;

    public SelfServiceResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("organizations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response myOrganizations() {
        return run(service -> ApiResponses.ok(service.myOrganizations()));
    }

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        return run(service -> {
            Bodies.CreateOrganization request = Bodies.createOrganization(body);
            return ApiResponses.status(Response.Status.CREATED, service.create(request.name(), request.alias()));
        });
    }

    @GET
    @Path("organizations/{organizationId}/members")
    @Produces(MediaType.APPLICATION_JSON)
    public Response members(@PathParam("organizationId") String organizationId) {
        return run(service -> ApiResponses.ok(service.members(organizationId)));
    }

    @GET
    @Path("organizations/{organizationId}/products")
    @Produces(MediaType.APPLICATION_JSON)
    public Response products(@PathParam("organizationId") String organizationId) {
        return run(service -> {
            service.members(organizationId); // 404 unless the caller belongs to it
            return ApiResponses.ok(ProductsView.of(service.catalogue()));
        });
    }

    @POST
    @Path("organizations/{organizationId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("organizationId") String organizationId, InputStream body) {
        return run(service -> {
            Bodies.Invitation invitation = Bodies.invitation(body, service.catalogue());
            service.invite(organizationId, invitation.email(), invitation.role(), invitation.grants());
            return ApiResponses.status(Response.Status.ACCEPTED, Map.of("status", "invited",
                    "description", "If this address belongs to an account of this realm, it is now a member."));
        });
    }

    @PUT
    @Path("organizations/{organizationId}/members/{userId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeRole(@PathParam("organizationId") String organizationId,
            @PathParam("userId") String userId, InputStream body) {
        return run(service -> {
            Bodies.RoleChange change = Bodies.roleChange(body, service.catalogue());
            return ApiResponses.ok(service.changeRole(organizationId, userId, change.role(), change.grants()));
        });
    }

    @PUT
    @Path("organizations/{organizationId}/members/{userId}/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setProducts(@PathParam("organizationId") String organizationId,
            @PathParam("userId") String userId, InputStream body) {
        return run(service -> ApiResponses.ok(service.setProducts(organizationId, userId,
                Bodies.products(body, service.catalogue()))));
    }

    @DELETE
    @Path("organizations/{organizationId}/members/{userId}")
    public Response remove(@PathParam("organizationId") String organizationId, @PathParam("userId") String userId) {
        return run(service -> {
            service.remove(organizationId, userId);
            return ApiResponses.noContent();
        });
    }

    @POST
    @Path("organizations/{organizationId}/leave")
    public Response leave(@PathParam("organizationId") String organizationId) {
        return run(service -> {
            service.leave(organizationId);
            return ApiResponses.noContent();
        });
    }

    private interface Operation {
        Response apply(MembershipService service);
    }

    private Response run(Operation operation) {
        RealmModel realm = session.getContext().getRealm();
        AdminAuth auth;
        try {
            auth = authenticate(realm);
        } catch (MembershipException e) {
            return ApiResponses.error(Response.Status.UNAUTHORIZED, e.code(), e.getMessage());
        }
        try {
            return operation.apply(new MembershipService(session, realm, Caller.member(auth)));
        } catch (MembershipException e) {
            session.getTransactionManager().setRollbackOnly();
            return ApiResponses.error(e);
        }
    }

    /** Like Keycloak's account REST API: a user's bearer token of this realm, for the {@code account} audience. */
    private AdminAuth authenticate(RealmModel realm) {
        Supplier<MembershipException> unauthorized = () -> new MembershipException(MembershipException.Kind.INVALID,
                "invalid_token", "A valid bearer access token of this realm is required.");
        AuthenticationManager.AuthResult result = new AppAuthManager.BearerTokenAuthenticator(session)
                .setRealm(realm).authenticate();
        if (result == null) {
            throw unauthorized.get();
        }
        AccessToken token = result.token();
        if (!token.hasAudience(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID)) {
            throw new MembershipException(MembershipException.Kind.INVALID, "invalid_token",
                    "The access token is not meant for this API (its audience lacks '"
                            + Constants.ACCOUNT_MANAGEMENT_CLIENT_ID + "').");
        }
        if (result.user().getServiceAccountClientLink() != null) {
            throw new MembershipException(MembershipException.Kind.INVALID, "invalid_token",
                    "Service accounts cannot use this API.");
        }
        ClientModel client = token.getIssuedFor() == null ? null : realm.getClientByClientId(token.getIssuedFor());
        if (client == null) {
            throw unauthorized.get();
        }
        return new AdminAuth(realm, token, result.user(), client);
    }
}
