package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxEntry;
import io.alpenlock.core.outbox.OutboxJson;
import io.alpenlock.core.outbox.OutboxPage;
import io.alpenlock.core.outbox.OutboxQuery;
import io.alpenlock.core.outbox.OutboxStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/alpenlock-outbox/}: the dev outbox page, and {@code …/messages} as JSON
 * ({@code ?channel=SMS|PUSH|EMAIL&to=…&limit=…}). Shows only the entries of the realm in the URL. Not final:
 * JAX-RS runtimes may subclass resource classes.
 */
public class OutboxResource {

    static final int REFRESH_SECONDS = 3;
    private static final String HTML_UTF8 = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=utf-8";

    private final KeycloakSession session;
    private final OutboxStore store;

    OutboxResource(KeycloakSession session, OutboxStore store) {
        this.session = session;
        this.store = store;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        String realm = DevOutbox.realmName(session);
        List<OutboxEntry> entries = store.list(OutboxQuery.forRealm(realm));
        return noStore(Response.ok(OutboxPage.render(realm, entries, REFRESH_SECONDS), HTML_UTF8))
                .header("Content-Security-Policy", OutboxPage.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    @GET
    @Path("messages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response messages(@QueryParam("channel") String channel, @QueryParam("to") String to,
            @QueryParam("limit") String limit) {
        OutboxQuery query;
        try {
            query = OutboxQuery.fromRequest(DevOutbox.realmName(session), channel, to, limit);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        return noStore(Response.ok(OutboxJson.messages(query.realm(), store.list(query)), JSON_UTF8)).build();
    }

    private static Response badRequest(String message) {
        return noStore(Response.status(Response.Status.BAD_REQUEST).type(JSON_UTF8)
                .entity(OutboxJson.error(message))).build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder) {
        return builder.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }
}
