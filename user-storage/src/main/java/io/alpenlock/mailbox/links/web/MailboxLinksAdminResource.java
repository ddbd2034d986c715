package io.alpenlock.mailbox.links.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.RealmManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.AdminRoot;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

import io.alpenlock.mailbox.deletion.web.DeletionChecks;
import io.alpenlock.mailbox.links.InvalidLinkException;
import io.alpenlock.mailbox.links.LinkRequest;
import io.alpenlock.mailbox.links.MailboxAddress;
import io.alpenlock.mailbox.links.MailboxLink;
import io.alpenlock.mailbox.links.jpa.MailboxLinkStore;

/**
 * {@code /realms/{realm}/alpenlock-mailboxes/admin/links}: realm administrators manage which accounts consult which
 * mailbox. Authenticated like Keycloak's admin REST API (bearer token of this realm or of the master realm) and
 * authorised like its user endpoints: listing needs view-users (or query-users with a userId of a user one may
 * view), changes need manage-users on the link's user.
 *
 * <p>{@code POST deletion-check} runs the deleted-mailbox check of this realm now (manage-users) and answers its
 * summary ({@link DeletionChecks}).
 *
 * <p>Answers: 200/201/204; 400 bad body or a mailbox the mail realm does not have; 401 no valid token; 403 no
 * permission; 404 unknown link or user; 409 the link exists already; 503 the mail realm or its directory cannot
 * answer. Errors are {@code {"error": "...", "error_description": "..."}}.
 */
public class MailboxLinksAdminResource {

    private final KeycloakSession session;
    private AdminAuth auth;

    MailboxLinksAdminResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("links")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("userId") String userId, @QueryParam("address") String address) {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);
        MailboxLinkStore store = new MailboxLinkStore(session);
        List<MailboxLink> links;
        if (userId != null) {
            UserModel user = userId.length() > 255 ? null : session.users().getUserById(realm, userId);
            if (user == null) {
                return error(Response.Status.NOT_FOUND, "not_found", "No such user in this realm.");
            }
            permissions.users().requireView(user);
            links = store.ofUser(realm.getId(), user.getId());
        } else {
            permissions.users().requireView();
            if (address != null) {
                try {
                    links = store.ofAddress(realm.getId(), MailboxAddress.normalize(address));
                } catch (InvalidLinkException e) {
                    return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
                }
            } else {
                links = store.ofRealm(realm.getId());
            }
        }
        return Response.ok(links.stream().map(MailboxLinksAdminResource::json).toList())
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("links/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);
        Optional<MailboxLink> link = new MailboxLinkStore(session).byId(realm.getId(), id);
        if (link.isEmpty()) {
            permissions.users().requireView();
            return error(Response.Status.NOT_FOUND, "not_found", "No such mailbox link in this realm.");
        }
        UserModel user = session.users().getUserById(realm, link.get().userId());
        if (user == null) {
            permissions.users().requireView();
        } else {
            permissions.users().requireView(user);
        }
        return Response.ok(json(link.get())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(InputStream in) {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);
        LinkRequest.Create request;
        try {
            request = LinkRequest.create(read(in));
        } catch (InvalidLinkException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        UserModel user = session.users().getUserById(realm, request.userId());
        if (user == null) {
            permissions.users().requireManage();
            return error(Response.Status.NOT_FOUND, "not_found", "No such user in this realm.");
        }
        permissions.users().requireManage(user);
        Optional<MailboxRealm> mail = MailboxRealm.of(session, realm);
        if (mail.isEmpty()) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "mail_realm_missing", "This realm's mail realm does not"
                    + " exist (realm attribute alpenlockMailboxRealm, default 'mail').");
        }
        try {
            if (mail.get().mailbox(request.address()).isEmpty()) {
                return error(Response.Status.BAD_REQUEST, "unknown_mailbox", "The mail realm '"
                        + mail.get().realm().getName() + "' has no mailbox with this address.");
            }
        } catch (ModelException e) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "mailbox_directory_unavailable",
                    "The mailbox directory cannot answer now: try again later.");
        }
        Optional<MailboxLink> created = new MailboxLinkStore(session)
                .create(realm.getId(), user.getId(), request.address(), request.mayChangePassword());
        if (created.isEmpty()) {
            return error(Response.Status.CONFLICT, "link_exists", "This user is already linked to this mailbox.");
        }
        URI location = session.getContext().getUri().getAbsolutePathBuilder().path(created.get().id()).build();
        return Response.created(location).entity(json(created.get())).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("links/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, InputStream in) {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);
        MailboxLinkStore store = new MailboxLinkStore(session);
        Optional<MailboxLink> link = store.byId(realm.getId(), id);
        if (link.isEmpty()) {
            permissions.users().requireManage();
            return error(Response.Status.NOT_FOUND, "not_found", "No such mailbox link in this realm.");
        }
        requireManage(permissions, realm, link.get());
        LinkRequest.Update request;
        try {
            request = LinkRequest.update(read(in));
        } catch (InvalidLinkException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        }
        MailboxLink updated = link.get();
        if (request.mayChangePassword() != null) {
            updated = store.setMayChangePassword(realm.getId(), id, request.mayChangePassword()).orElseThrow();
        }
        if (Boolean.FALSE.equals(request.unified())) {
            updated = store.setUnified(realm.getId(), id, false).orElseThrow();
        }
        return Response.ok(json(updated)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("links/{id}")
    public Response delete(@PathParam("id") String id) {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);
        MailboxLinkStore store = new MailboxLinkStore(session);
        Optional<MailboxLink> link = store.byId(realm.getId(), id);
        if (link.isEmpty()) {
            permissions.users().requireManage();
            return error(Response.Status.NOT_FOUND, "not_found", "No such mailbox link in this realm.");
        }
        requireManage(permissions, realm, link.get());
        store.delete(realm.getId(), id);
        return Response.noContent().build();
    }

    /**
     * {@code POST deletion-check}: runs the deleted-mailbox check of this realm now (manage-users) and answers its
     * summary; recorded as an admin event.
     */
    @POST
    @Path("deletion-check")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deletionCheck() {
        RealmModel realm = session.getContext().getRealm();
        AdminPermissionEvaluator permissions = authenticate(realm);
        permissions.users().requireManage();
        DeletionChecks.Summary summary = new DeletionChecks(session,
                MailboxLinksRealmResourceProviderFactory.deletionCheck(session)).run(realm);
        new AdminEventBuilder(realm, auth, session, session.getContext().getConnection())
                .operation(OperationType.ACTION).resource("ALPENLOCK_MAILBOX")
                .resourcePath("alpenlock-mailboxes", "admin", "deletion-check")
                .detail("alpenlock_status", summary.status())
                .detail("alpenlock_checked", Integer.toString(summary.checked()))
                .detail("alpenlock_not_found", Integer.toString(summary.notFound()))
                .representation(summary.json()).success();
        return Response.ok(summary.json()).header("Cache-Control", "no-store").build();
    }

    private void requireManage(AdminPermissionEvaluator permissions, RealmModel realm, MailboxLink link) {
        UserModel user = session.users().getUserById(realm, link.userId());
        if (user == null) {
            permissions.users().requireManage();
        } else {
            permissions.users().requireManage(user);
        }
    }

    static Map<String, Object> json(MailboxLink link) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", link.id());
        body.put("userId", link.userId());
        body.put("address", link.address());
        body.put("mayChangePassword", link.mayChangePassword());
        body.put("unified", link.unified());
        body.put("createdTimestamp", link.createdAt());
        return body;
    }

    /** Bearer token checked as Keycloak's admin REST API does (401), then that its realm may administer this one (403). */
    private AdminPermissionEvaluator authenticate(RealmModel realm) {
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

    private static byte[] read(InputStream in) throws InvalidLinkException {
        if (in == null) {
            return new byte[0];
        }
        try {
            return in.readNBytes(LinkRequest.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidLinkException("The body could not be read.");
        }
    }

    static Response error(Response.Status status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
