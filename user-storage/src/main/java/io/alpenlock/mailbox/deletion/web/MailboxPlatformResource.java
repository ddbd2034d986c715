package io.alpenlock.mailbox.deletion.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import io.alpenlock.mailbox.deletion.DeletionRequest;
import io.alpenlock.mailbox.deletion.InvalidDeletionRequestException;

/**
 * {@code POST /realms/{realm}/alpenlock-mailboxes/platform/mailbox-deleted}: the mail platform says that mailboxes no
 * longer exist. Authenticated by a bearer token of this realm (client credentials of a confidential client) whose
 * user (the client's service account) has the realm role {@value #ROLE}; then each address goes through
 * {@link DeletedMailboxes}. The answer is the same whether an address belonged to anything or not.
 *
 * <p>Answers: 200 {@code {"processed": [...]}}; 401 no or invalid token; 403 without the role; 415 not JSON; 413
 * body over {@value DeletionRequest#MAX_BODY_BYTES} bytes; 400 anything else wrong with the body. Errors are
 * {@code {"error": "...", "error_description": "..."}} and change nothing. Each accepted call is an admin event
 * (operation {@code ACTION}, resource type {@value #RESOURCE_TYPE}), each removed link a user event.
 */
public class MailboxPlatformResource {

    public static final String ROLE = "alpenlock-mail-platform";
    static final String RESOURCE_TYPE = "ALPENLOCK_MAILBOX";

    private final KeycloakSession session;

    public MailboxPlatformResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("mailbox-deleted")
    @Produces(MediaType.APPLICATION_JSON)
    public Response mailboxDeleted(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream in) {
        RealmModel realm = session.getContext().getRealm();
        HttpHeaders headers = session.getContext().getRequestHeaders();
        if (AppAuthManager.extractAuthorizationHeaderToken(headers) == null) {
            return unauthorized();
        }
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(realm)
                .setConnection(session.getContext().getConnection()).setHeaders(headers).authenticate();
        if (auth == null || auth.user() == null) {
            return unauthorized();
        }
        RoleModel role = realm.getRole(ROLE);
        if (role == null || !auth.user().hasRole(role)) {
            return error(Response.Status.FORBIDDEN, "forbidden", "The token lacks the realm role " + ROLE + ".");
        }
        if (!json(contentType)) {
            return error(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Send the body as application/json.");
        }
        byte[] body;
        try {
            body = in == null ? new byte[0] : in.readNBytes(DeletionRequest.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "The body could not be read.");
        }
        if (body.length > DeletionRequest.MAX_BODY_BYTES) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "invalid_request",
                    "The body is larger than " + DeletionRequest.MAX_BODY_BYTES + " bytes.");
        }
        List<String> addresses;
        try {
            addresses = DeletionRequest.addresses(body);
        } catch (InvalidDeletionRequestException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        DeletedMailboxes deleted = new DeletedMailboxes(session);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        int links = 0;
        int recoveries = 0;
        for (String address : addresses) {
            DeletedMailboxes.Outcome outcome = deleted.mailboxDeleted(realm, address, DeletedMailboxes.VIA_PLATFORM);
            links += outcome.linksRemoved();
            recoveries += "assigned".equals(outcome.recovery()) ? 1 : 0;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("address", address);
            entry.put("linksRemoved", outcome.linksRemoved());
            entry.put("recovery", outcome.recovery());
            outcomes.add(entry);
        }
        new AdminEventBuilder(realm, new AdminAuth(realm, auth.token(), auth.user(), auth.client()), session,
                session.getContext().getConnection())
                .operation(OperationType.ACTION).resource(RESOURCE_TYPE)
                .resourcePath("alpenlock-mailboxes", "platform", "mailbox-deleted")
                .detail("alpenlock_addresses", Integer.toString(addresses.size()))
                .detail("alpenlock_links_removed", Integer.toString(links))
                .detail("alpenlock_recovery_usernames", Integer.toString(recoveries))
                .representation(Map.of("addresses", addresses, "outcomes", outcomes))
                .success();
        return Response.ok(Map.of("processed", addresses)).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType()
                    && !type.isWildcardSubtype();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").header("Cache-Control", "no-store")
                .entity(Map.of("error", "unauthorized", "error_description",
                        "A valid bearer token of this realm is required.")).build();
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
