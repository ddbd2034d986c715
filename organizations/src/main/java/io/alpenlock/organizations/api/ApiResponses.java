package io.alpenlock.organizations.api;

import java.util.Map;

import io.alpenlock.organizations.membership.MembershipException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The shapes of the organizations API's answers: JSON, never cached, errors as {@code {"error", "error_description"}}. */
public final class ApiResponses {

    private ApiResponses() {
    }

    public static Response ok(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    public static Response status(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(body).build();
    }

    public static Response noContent() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    public static Response error(MembershipException e) {
        Response.Status status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return error(status, e.code(), e.getMessage());
    }

    public static Response error(Response.Status status, String error, String description) {
        return status(status, Map.of("error", error, "error_description", description));
    }
}
