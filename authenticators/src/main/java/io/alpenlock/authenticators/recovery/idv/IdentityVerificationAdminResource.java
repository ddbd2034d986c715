package io.alpenlock.authenticators.recovery.idv;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alpenlock.core.recovery.idv.IdentityVerificationPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/alpenlock-identity-verification}: realm administrators (manage-users) list pending
 * identity verification requests, look at one, approve it (a one-time reset link goes to the contact they pick) or
 * reject it (the person is told). Keycloak authenticates the caller as for its own admin API (401 without a valid
 * token); 403 without manage-users. Errors are {@code {"error": "...", "error_description": "..."}}, never a 500
 * for bad input. See docs/recovery.md for the reference.
 */
public class IdentityVerificationAdminResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 8192;
    private static final int MAX_REASON = 500;
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]|[\\p{Cc}&&[^\\n\\r\\t]]");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final IdentityVerificationPolicy policy;
    private final IdentityVerificationStore store;

    IdentityVerificationAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent, IdentityVerificationPolicy policy) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
        this.policy = policy;
        this.store = new IdentityVerificationStore(session, policy, IdentityVerificationAdminResourceFactory.clock(policy));
    }

    /** Pending requests, oldest first; requests past their retention are never listed. */
    @GET
    @Path("requests")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        auth.users().requireManage();
        List<Map<String, Object>> requests = store.pending(realm).stream().map(this::view).toList();
        return ok(Map.of("requests", requests));
    }

    @GET
    @Path("requests/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response show(@PathParam("id") String id) {
        auth.users().requireManage();
        return store.find(realm, id).map(r -> ok(view(r))).orElseGet(IdentityVerificationAdminResource::notFound);
    }

    /** Body {@code {"contact": "request-email" | "account-email" | "account-phone"}}. */
    @POST
    @Path("requests/{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id, InputStream body) {
        auth.users().requireManage();
        JsonNode json;
        try {
            json = read(body);
        } catch (BadRequest e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        Optional<IdentityVerificationRequestEntity> found = store.find(realm, id);
        if (found.isEmpty()) {
            return notFound();
        }
        IdentityVerificationRequestEntity request = found.get();
        if (request.getStatus() != IdentityVerificationRequestEntity.Status.PENDING) {
            return error(Response.Status.CONFLICT, "already_decided", "This request was already "
                    + request.getStatus().name().toLowerCase() + ".");
        }
        UserModel user = request.getUserId() == null ? null : session.users().getUserById(realm, request.getUserId());
        if (user == null) {
            return error(Response.Status.CONFLICT, "no_account",
                    "This request matches no account: it can only be rejected.");
        }
        auth.users().requireManage(user);
        String contactText = json.path("contact").isTextual() ? json.path("contact").asText() : null;
        Optional<IdentityVerificationNotices.Contact> contact = IdentityVerificationNotices.Contact.parse(contactText);
        if (contact.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "invalid_request",
                    "\"contact\" must be \"request-email\", \"account-email\" or \"account-phone\".");
        }
        boolean available = IdentityVerificationNotices.options(request, user).stream()
                .anyMatch(o -> o.contact() == contact.get());
        if (!available) {
            return error(Response.Status.BAD_REQUEST, "contact_unavailable",
                    "This request or its account has no such contact: " + contact.get().value() + ".");
        }
        int expiration = Time.currentTime() + (int) policy.linkLifespan().toSeconds();
        IdentityVerificationResetToken token = new IdentityVerificationResetToken(user.getId(), expiration,
                request.getId(), clientIdFor(request));
        String link = LoginActionsService.actionTokenProcessor(session.getContext().getUri())
                .queryParam(Constants.KEY, token.serialize(session, realm, session.getContext().getUri()))
                .build(realm.getName()).toString();
        IdentityVerificationNotices.Outcome outcome = new IdentityVerificationNotices(session, realm)
                .sendLink(request, user, contact.get(), link, policy.linkLifespan().toHours());
        if (outcome != IdentityVerificationNotices.Outcome.SENT) {
            IdentityVerificationEvents.of(session, realm, IdentityVerificationEvents.APPROVED, request.getId())
                    .user(user).detail(IdentityVerificationEvents.SENT_TO, contact.get().value())
                    .error(IdentityVerificationEvents.ERROR_NOT_SENT);
            return notSent(outcome);
        }
        decide(request, IdentityVerificationRequestEntity.Status.APPROVED, contact.get().value());
        IdentityVerificationEvents.of(session, realm, IdentityVerificationEvents.APPROVED, request.getId())
                .user(user).detail(IdentityVerificationEvents.SENT_TO, contact.get().value()).success();
        adminEvent.operation(OperationType.ACTION).resourcePath(session.getContext().getUri())
                .representation(Map.of("request", request.getId(), "status", "approved", "sentTo",
                        contact.get().value()))
                .success();
        return ok(Map.of("id", request.getId(), "status", "approved", "sentTo", contact.get().value()));
    }

    /** Body (optional) {@code {"reason": "..."}}, at most 500 characters, no markup; it is sent to the person. */
    @POST
    @Path("requests/{id}/reject")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") String id, InputStream body) {
        auth.users().requireManage();
        JsonNode json;
        try {
            json = read(body);
        } catch (BadRequest e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        JsonNode reasonNode = json.path("reason");
        if (!reasonNode.isMissingNode() && !reasonNode.isNull() && !reasonNode.isTextual()) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "\"reason\" must be a string.");
        }
        String reason = reasonNode.isTextual() && !reasonNode.asText().isBlank() ? reasonNode.asText().strip() : null;
        if (reason != null && (reason.length() > MAX_REASON || MARKUP.matcher(reason).find())) {
            return error(Response.Status.BAD_REQUEST, "invalid_request",
                    "\"reason\" must be plain text of at most " + MAX_REASON + " characters.");
        }
        Optional<IdentityVerificationRequestEntity> found = store.find(realm, id);
        if (found.isEmpty()) {
            return notFound();
        }
        IdentityVerificationRequestEntity request = found.get();
        if (request.getStatus() != IdentityVerificationRequestEntity.Status.PENDING) {
            return error(Response.Status.CONFLICT, "already_decided", "This request was already "
                    + request.getStatus().name().toLowerCase() + ".");
        }
        IdentityVerificationNotices.Outcome outcome = new IdentityVerificationNotices(session, realm)
                .sendRejection(request, reason);
        if (outcome != IdentityVerificationNotices.Outcome.SENT) {
            IdentityVerificationEvents.of(session, realm, IdentityVerificationEvents.REJECTED, request.getId())
                    .user(request.getUserId()).error(IdentityVerificationEvents.ERROR_NOT_SENT);
            return notSent(outcome);
        }
        decide(request, IdentityVerificationRequestEntity.Status.REJECTED,
                request.getContactEmail() != null ? "request-email" : "request-phone");
        IdentityVerificationEvents.of(session, realm, IdentityVerificationEvents.REJECTED, request.getId())
                .user(request.getUserId()).detail(IdentityVerificationEvents.SENT_TO, request.getSentTo())
                .detail("reason_given", String.valueOf(reason != null)).success();
        adminEvent.operation(OperationType.ACTION).resourcePath(session.getContext().getUri())
                .representation(Map.of("request", request.getId(), "status", "rejected"))
                .success();
        return ok(Map.of("id", request.getId(), "status", "rejected", "sentTo", request.getSentTo()));
    }

    /**
     * Test only, and only with {@code test-clock-enabled=true}: moves this realm's identity verification clock
     * ({@code {"offsetSeconds": n}}) and tells how many rows of the realm the table holds, expired or not.
     */
    @PUT
    @Path("test-clock")
    @Produces(MediaType.APPLICATION_JSON)
    public Response setTestClock(InputStream body) {
        auth.realm().requireManageRealm();
        if (!policy.testClock()) {
            return notFound();
        }
        JsonNode json;
        try {
            json = read(body);
        } catch (BadRequest e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        if (!json.path("offsetSeconds").canConvertToLong()) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "\"offsetSeconds\" must be a number.");
        }
        realm.setAttribute(IdentityVerificationClock.OFFSET_ATTRIBUTE, String.valueOf(json.path("offsetSeconds").asLong()));
        return testClock();
    }

    @GET
    @Path("test-clock")
    @Produces(MediaType.APPLICATION_JSON)
    public Response testClock() {
        auth.realm().requireManageRealm();
        if (!policy.testClock()) {
            return notFound();
        }
        return ok(Map.of("now", store.now(realm).toString(), "stored", store.countStored(realm)));
    }

    private Map<String, Object> view(IdentityVerificationRequestEntity request) {
        UserModel user = request.getUserId() == null ? null : session.users().getUserById(realm, request.getUserId());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", request.getId());
        view.put("status", request.getStatus().name().toLowerCase());
        view.put("createdAt", Instant.ofEpochMilli(request.getCreatedAt()).toString());
        view.put("expiresAt", store.expiresAt(request).toString());
        view.put("identifier", request.getIdentifier());
        view.put("userId", user == null ? null : user.getId());
        view.put("username", user == null ? null : user.getUsername());
        view.put("fullName", request.getFullName());
        view.put("contactEmail", request.getContactEmail());
        view.put("contactPhone", request.getContactPhone());
        view.put("message", request.getMessage());
        view.put("locale", request.getLocale());
        view.put("approvalContacts", IdentityVerificationNotices.options(request, user).stream()
                .map(o -> Map.of("contact", o.contact().value(), "address", o.shown())).toList());
        if (request.getSentTo() != null) {
            view.put("sentTo", request.getSentTo());
        }
        return view;
    }

    private void decide(IdentityVerificationRequestEntity request, IdentityVerificationRequestEntity.Status status,
            String sentTo) {
        request.setStatus(status);
        request.setDecidedAt(store.now(realm).toEpochMilli());
        request.setSentTo(sentTo);
    }

    /** The client the person was signing in to, when it still exists; otherwise Keycloak's system client. */
    private String clientIdFor(IdentityVerificationRequestEntity request) {
        if (request.getClientId() == null) {
            return null;
        }
        ClientModel client = realm.getClientByClientId(request.getClientId());
        return client != null && client.isEnabled() ? client.getClientId() : null;
    }

    private static JsonNode read(InputStream body) throws BadRequest {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BadRequest("The body is larger than " + MAX_BODY + " bytes.");
            }
            if (bytes.length == 0) {
                return JSON.createObjectNode();
            }
            JsonNode json = JSON.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw new BadRequest("The body must be a JSON object.");
            }
            return json;
        } catch (IOException e) {
            throw new BadRequest("The body is not valid JSON.");
        }
    }

    private static Response notSent(IdentityVerificationNotices.Outcome outcome) {
        return outcome == IdentityVerificationNotices.Outcome.SMS_BUDGET_USED_UP
                ? error(Response.Status.TOO_MANY_REQUESTS, "sms_budget_used_up",
                        "Too many SMS went to this number recently; try later or pick another contact.")
                : error(Response.Status.BAD_GATEWAY, "not_sent",
                        "The message could not be sent; the request is still pending.");
    }

    private static Response notFound() {
        return error(Response.Status.NOT_FOUND, "not_found", "No such request (it may have expired).");
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }

    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
