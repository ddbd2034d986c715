package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One entry of {@code GET /accounts}: an enrolment of this device key in the realm, as the server knows it.
 *
 * @param createdAt when it was enrolled, or null when the server did not say (epoch milliseconds or ISO-8601)
 */
public record RemoteAccount(String credentialId, String realm, String username, String issuer, String label,
        Instant createdAt) {

    static RemoteAccount fromJson(JsonNode json, int status) throws DeviceApiException {
        String what = "an entry of the accounts answer";
        if (json == null || !json.isObject()) {
            throw DeviceApiException.invalidResponse(status, what + " is not a JSON object");
        }
        return new RemoteAccount(
                ApiJson.requiredText(json, "credentialId", status, what),
                ApiJson.optionalText(json, "realm"),
                ApiJson.optionalText(json, "username"),
                ApiJson.optionalText(json, "issuer"),
                ApiJson.optionalText(json, "label"),
                ApiJson.instant(json.get("createdAt")));
    }
}
