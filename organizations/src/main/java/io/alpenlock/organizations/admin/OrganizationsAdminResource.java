package io.alpenlock.organizations.admin;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.organizations.api.ApiResponses;
import io.alpenlock.organizations.api.Bodies;
import io.alpenlock.organizations.api.ProductsView;
import io.alpenlock.organizations.membership.Caller;
import io.alpenlock.organizations.membership.MembershipException;
import io.alpenlock.organizations.membership.MembershipService;
import io.alpenlock.organizations.membership.Views.MemberView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.RealmManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * {@code /realms/{realm}/alpenlock-organizations/admin/…}: what a realm administrator does with the members of
 * the realm's organizations: list them with roles and products, see the product catalogue, set a role (with
 * products), invite by e-mail address, remove. Authenticated like Keycloak's admin REST API (a bearer token of
 * this realm or of the master realm) and authorised like its organization endpoints (manage organizations;
 * manage the user for changes of a member) <b>before</b> anything is looked up, so that callers without the
 * permission cannot tell existing organizations from unknown ones. The administrator is not bound by the
 * organization's hierarchy; only its invariants apply
 * ({@link io.alpenlock.organizations.roles.MembershipRules#decideForRealmAdministrator}). Every change goes
 * through {@link MembershipService} (admin event, e-mail to the member).
 *
 * <p>Answers: 200/202/204; 400 for a bad body or grants that do not fit the role; 401 without a valid token; 403
 * without the permission; 404 for an unknown organization or a user who is not a member; 409 when it would remove
 * the last legal representative, or when another change of the same organization held its lock too long (try
 * again). Errors are {@code {"error": "...", "error_description": "..."}}.
 */
public class OrganizationsAdminResource {

    private final KeycloakSession session;

    OrganizationsAdminResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("organizations/{organizationId}/members")
    @Produces(MediaType.APPLICATION_JSON)
    public Response members(@PathParam("organizationId") String organizationId) {
        return run(false, (service, permissions) -> ApiResponses.ok(service.members(organizationId)));
    }

    @GET
    @Path("products")
    @Produces(MediaType.APPLICATION_JSON)
    public Response products() {
        return run(false, (service, permissions) -> ApiResponses.ok(ProductsView.of(service.catalogue())));
    }

    @PUT
    @Path("organizations/{organizationId}/members/{userId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setRole(@PathParam("organizationId") String organizationId, @PathParam("userId") String userId,
            InputStream in) {
        return run(true, (service, permissions) -> {
            Bodies.RoleChange request = Bodies.roleChange(in, service.catalogue());
            requireManageUser(permissions, userId);
            MemberView member = service.changeRole(organizationId, userId, request.role(), request.grants());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("organizationId", organizationId);
            body.put("userId", member.id());
            body.put("role", member.role());
            body.put("products", member.products());
            return ApiResponses.ok(body);
        });
    }

    @POST
    @Path("organizations/{organizationId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("organizationId") String organizationId, InputStream in) {
        return run(true, (service, permissions) -> {
            Bodies.Invitation invitation = Bodies.invitation(in, service.catalogue());
            service.invite(organizationId, invitation.email(), invitation.role(), invitation.grants());
            return ApiResponses.status(Response.Status.ACCEPTED, Map.of("status", "invited",
                    "description", "If this address belongs to an account of this realm, it is now a member."));
        });
    }

    @DELETE
    @Path("organizations/{organizationId}/members/{userId}")
    public Response remove(@PathParam("organizationId") String organizationId, @PathParam("userId") String userId) {
        return run(true, (service, permissions) -> {
            requireManageUser(permissions, userId);
            service.remove(organizationId, userId);
            return ApiResponses.noContent();
        });
    }

    private interface Operation {
        Response apply(MembershipService service, AdminPermissionEvaluator permissions);
    }

    private Response run(boolean change, Operation operation) {
        RealmModel realm = session.getContext().getRealm();
        AdminAuth auth = authenticate(realm);
        AdminPermissionEvaluator permissions = AdminPermissions.evaluator(session, realm, auth);
        // authorise first: the same 403 whether or not the organization exists
        if (change) {
            permissions.orgs().requireManage();
        } else {
            permissions.orgs().requireView();
        }
        try {
            return operation.apply(new MembershipService(session, realm, Caller.realmAdministrator(auth)), permissions);
        } catch (MembershipException e) {
            session.getTransactionManager().setRollbackOnly();
            return ApiResponses.error(e);
        }
    }

    /** Changing a member also needs the right to manage that user (as Keycloak's own member endpoints). */
    private void requireManageUser(AdminPermissionEvaluator permissions, String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(session.getContext().getRealm(), userId);
        if (user != null) {
            permissions.users().requireManage(user);
        }
    }

    /**
     * Checks the bearer token as Keycloak's admin REST API does (401 when missing or invalid), then that its
     * realm may administer this one (403); leaves the session's realm as it was.
     */
    private AdminAuth authenticate(RealmModel realm) {
        AdminAuth auth;
        try {
            auth = AdminRoot.authenticateRealmAdminRequest(session);
        } finally {
            session.getContext().setRealm(realm);
        }
        if (!RealmManager.isAdministrationRealm(auth.getRealm()) && !auth.getRealm().equals(realm)) {
            throw new ForbiddenException();
        }
        return auth;
    }
}
