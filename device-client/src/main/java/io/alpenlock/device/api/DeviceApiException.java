package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The device API refused a request, answered something unexpected, or did not answer.
 *
 * <p>{@link #status()} is the HTTP status, or {@link #NO_RESPONSE} (0) when no answer came ({@code timeout},
 * {@code connection_failed}, {@code interrupted}). {@link #error()} and {@link #errorDescription()} are the server's
 * {@code error} and {@code error_description} when it sent them (made printable and cut to a sane length), otherwise
 * a code derived from the status. The message never holds a DPoP proof, a token or a secret: only the status and
 * those two texts.
 */
public final class DeviceApiException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final int NO_RESPONSE = 0;
    static final int MAX_ERROR_LENGTH = 64;
    static final int MAX_DESCRIPTION_LENGTH = 300;

    private final int status;
    private final String error;
    private final String errorDescription;

    public DeviceApiException(int status, String error, String errorDescription) {
        super(message(status, error, errorDescription), null, false, false);
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.errorDescription = Objects.requireNonNull(errorDescription, "errorDescription");
    }

    /** From an error answer: {@code {"error": …, "error_description": …}} when the body has it. */
    static DeviceApiException fromResponse(int status, byte[] body) {
        JsonNode json = ApiJson.parseQuietly(body);
        String error = json != null && json.path("error").isTextual() ? json.get("error").textValue() : null;
        String description = json != null && json.path("error_description").isTextual()
                ? json.get("error_description").textValue() : null;
        return new DeviceApiException(status,
                error == null || error.isBlank() ? errorForStatus(status) : Printable.of(error, MAX_ERROR_LENGTH),
                description == null ? "HTTP " + status + " without an error description"
                        : Printable.of(description, MAX_DESCRIPTION_LENGTH));
    }

    /** A 2xx answer that does not have the shape docs/device-api.md promises. */
    static DeviceApiException invalidResponse(int status, String description) {
        return new DeviceApiException(status, "invalid_response", description);
    }

    static DeviceApiException noResponse(String error, String description) {
        return new DeviceApiException(NO_RESPONSE, error, description);
    }

    private static String errorForStatus(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            default -> status >= 500 ? "server_error" : "http_" + status;
        };
    }

    private static String message(int status, String error, String description) {
        return status == NO_RESPONSE ? error + ": " + description
                : error + " (HTTP " + status + "): " + description;
    }

    /** The HTTP status, or {@link #NO_RESPONSE} when the server did not answer. */
    public int status() {
        return status;
    }

    public boolean hasResponse() {
        return status != NO_RESPONSE;
    }

    public String error() {
        return error;
    }

    public String errorDescription() {
        return errorDescription;
    }
}
