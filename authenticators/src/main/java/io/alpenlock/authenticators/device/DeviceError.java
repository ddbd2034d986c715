package io.alpenlock.authenticators.device;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 4xx answer of the device API: {@code {"error": "...", "error_description": "..."}}. */
public final class DeviceError extends WebApplicationException {

    private DeviceError(int status, String error, String description) {
        super(Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description))
                .build());
    }

    public static DeviceError badRequest(String description) {
        return new DeviceError(400, "invalid_request", description);
    }

    public static DeviceError unauthorized(String error, String description) {
        return new DeviceError(401, error, description);
    }

    public static DeviceError notFound() {
        return notFound("No such enrolment for this device key");
    }

    public static DeviceError notFound(String description) {
        return new DeviceError(404, "not_found", description);
    }

    public static DeviceError tooLarge() {
        return new DeviceError(413, "invalid_request", "Request body too large");
    }

    public static DeviceError conflict(String description) {
        return new DeviceError(409, "conflict", description);
    }
}
