package io.alpenlock.organizations.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.organizations.jpa.OrganizationRoleStore;
import io.alpenlock.organizations.mapper.OrganizationRoleMapper;
import io.alpenlock.organizations.notices.MembershipNotices;
import io.alpenlock.organizations.notices.RoleBeforeChange;
import io.alpenlock.organizations.products.InvalidProductException;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.roles.Decision;
import io.alpenlock.organizations.roles.RefusalReason;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.RealmManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * {@code /realms/{realm}/alpenlock-organizations/admin/…}: what a realm administrator does with members'
 * roles until the self-service API exists. Authenticated like Keycloak's admin REST API (a bearer token of
 * this realm or of the master realm) and authorised like its organization-member endpoints (manage the
 * organization and the user). The administrator may set any role; only the organization's invariants
 * apply ({@link io.alpenlock.organizations.roles.MembershipRules#decideForRealmAdministrator}).
 *
 * <p>Answers: 200 with the stored role; 400 for a bad body or grants that do not fit the role; 401 without a
 * valid token; 403 without the permission; 404 for an unknown organization or a user who is not a member;
 * 409 when it would remove the last legal representative, or when another change of the same organization
 * held its lock too long (try again). Errors are {@code {"error": "...", "error_description": "..."}}.
 */
public class OrganizationsAdminResource {

    private static final Logger LOG = Logger.getLogger(OrganizationsAdminResource.class);

    private final KeycloakSession session;

    OrganizationsAdminResource(KeycloakSession session) {
        this.session = session;
    }

    @PUT
    @Path("organizations/{organizationId}/members/{userId}/role")
    @Produces(MediaType.APPLICATION_JSON)
    public Response setRole(@PathParam("organizationId") String organizationId, @PathParam("userId") String userId,
            InputStream in) {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);

        ProductCatalogue catalogue;
        try {
            catalogue = ProductCatalogue.fromSetting(realm.getAttribute(OrganizationRoleMapper.PRODUCTS_ATTRIBUTE));
        } catch (InvalidProductException e) {
            return error(Response.Status.CONFLICT, "invalid_product_catalogue", "The realm attribute "
                    + OrganizationRoleMapper.PRODUCTS_ATTRIBUTE + " is not valid: " + e.getMessage());
        }
        RoleRequest request;
        try {
            request = RoleRequest.parse(read(in), catalogue);
        } catch (RoleRequest.Invalid e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }

        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations == null ? null : organizations.getById(organizationId);
        if (organization == null) {
            return error(Response.Status.NOT_FOUND, "not_found", "No such organization in this realm.");
        }
        permissions.orgs().requireManage(organization);
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null || !organizations.isMember(organization, user)) {
            return error(Response.Status.NOT_FOUND, "not_found", "No such member of this organization.");
        }
        permissions.users().requireManage(user);

        Decision decision;
        String oldRole;
        try {
            oldRole = RoleBeforeChange.read(session, organization.getId(), user.getId());
            decision = new OrganizationRoleStore(session).setRoleAsRealmAdministrator(realm.getId(),
                            organization.getId(), user.getId(), request.role(), request.grants())
                    .orElse(null);
        } catch (PessimisticLockException | LockTimeoutException e) {
            session.getTransactionManager().setRollbackOnly();
            LOG.debugf("Role change in organization %s waited too long for its lock", organization.getId());
            return error(Response.Status.CONFLICT, "busy",
                    "Another change of this organization's members is in progress: try again.");
        }
        if (decision == null) {
            return error(Response.Status.NOT_FOUND, "not_found", "No such organization in this realm.");
        }
        if (!decision.isAllowed()) {
            RefusalReason reason = decision.refusal().orElseThrow();
            Response.Status status = reason == RefusalReason.LAST_LEGAL_REPRESENTATIVE
                    ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            return error(status, reason.code(), reason.message());
        }
        MembershipNotices.of(session).roleChanged(realm, organization, user, oldRole, request.role().wireName(),
                permissions.adminAuth().getUser().getUsername());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organization.getId());
        body.put("userId", user.getId());
        body.put("role", request.role().wireName());
        Map<String, String> products = new LinkedHashMap<>();
        request.grants().asMap().forEach((product, access) -> products.put(product.value(), access.wireName()));
        body.put("products", products);
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    /**
     * Checks the bearer token as Keycloak's admin REST API does (401 when missing or invalid), then that its
     * realm may administer this one (403); leaves the session's realm as it was.
     */
    private AdminPermissionEvaluator authenticate(RealmModel realm) {
        AdminAuth auth;
        try {
            auth = AdminRoot.authenticateRealmAdminRequest(session);
        } finally {
            session.getContext().setRealm(realm);
        }
        if (!RealmManager.isAdministrationRealm(auth.getRealm()) && !auth.getRealm().equals(realm)) {
            throw new ForbiddenException();
        }
        return AdminPermissions.evaluator(session, realm, auth);
    }

    private static byte[] read(InputStream in) throws RoleRequest.Invalid {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] body = in.readNBytes(RoleRequest.MAX_BODY_BYTES + 1);
            return body;
        } catch (IOException e) {
            throw new RoleRequest.Invalid("The body could not be read.");
        }
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
