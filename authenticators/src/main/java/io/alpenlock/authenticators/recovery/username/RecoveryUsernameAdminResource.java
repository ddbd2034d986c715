package io.alpenlock.authenticators.recovery.username;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.recovery.LoginAddress;
import io.alpenlock.core.recovery.NoFreeUsernameException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.RealmManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;
import org.keycloak.util.JsonSerialization;

/**
 * {@code POST /realms/{realm}/alpenlock/admin/login-mailbox-deleted} with {@code {"address": "anna@example.org"}}:
 * a realm administrator (a bearer token of this realm or of the master realm, with manage-users) tells Alpenlock
 * that a mailbox used as a login identifier was deleted; {@link RecoveryUsernames} does the rest.
 *
 * <p>Answers: 200 {@code {"status": "assigned" | "already_assigned", "userId", "recoveryUsername", "smsSent",
 * "emailSent"}}; 404 {@code no_account} when no account has that login identifier; 400 for a body that is not
 * such JSON or an address that is not one; 401/403 as Keycloak's admin API; 409 when no free recovery username
 * was found (try again). Errors are {@code {"error", "error_description"}}; nothing changes on any error.
 */
public class RecoveryUsernameAdminResource {

    static final int MAX_BODY_BYTES = 4096;

    private final KeycloakSession session;

    public RecoveryUsernameAdminResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("login-mailbox-deleted")
    @Produces(MediaType.APPLICATION_JSON)
    public Response loginMailboxDeleted(InputStream in) {
        RealmModel realm = session.getContext().getRealm();
        authenticate(realm).users().requireManage();
        String address;
        try {
            address = address(in);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        RecoveryUsernames.Outcome outcome;
        try {
            outcome = new RecoveryUsernames().loginMailboxDeleted(session, realm, address);
        } catch (NoFreeUsernameException e) {
            session.getTransactionManager().setRollbackOnly();
            return error(Response.Status.CONFLICT, "busy", "No free recovery username was found; try again.");
        }
        if (outcome.status() == RecoveryUsernames.Status.NO_ACCOUNT) {
            return error(Response.Status.NOT_FOUND, "no_account",
                    "No account of this realm has this address as its login identifier.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status() == RecoveryUsernames.Status.ASSIGNED ? "assigned" : "already_assigned");
        body.put("userId", outcome.userId());
        body.put("recoveryUsername", outcome.recoveryUsername());
        body.put("smsSent", outcome.smsSent());
        body.put("emailSent", outcome.emailSent());
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    private static String address(InputStream in) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("The body could not be read.");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        JsonNode json;
        try {
            json = bytes.length == 0 ? null : JsonSerialization.mapper.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("The body is not JSON: expected {\"address\": \"…\"}.");
        }
        if (json == null || !json.isObject() || !json.has("address")) {
            throw new IllegalArgumentException("Expected {\"address\": \"…\"}.");
        }
        JsonNode address = json.get("address");
        if (!address.isTextual() || LoginAddress.parse(address.asText()).isEmpty()) {
            throw new IllegalArgumentException("\"address\" must be an e-mail address of at most "
                    + LoginAddress.MAX_LENGTH + " characters.");
        }
        return address.asText();
    }

    /** As Keycloak's admin REST API: 401 without a valid token, 403 for a token of another (non-master) realm. */
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

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
