package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The answer to {@code POST /enrollments} (201): the account the device is now enrolled with, and the TOTP settings
 * for the offline code, which the server gives exactly once.
 */
public record Enrollment(String credentialId, String realm, String username, String issuer, String label,
        TotpSettings totp) {

    public Enrollment {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(totp, "totp");
    }

    /** @param requestedLabel used when the answer has no {@code label} (docs/device-api.md does not promise one) */
    static Enrollment fromJson(JsonNode json, int status, String requestedLabel) throws DeviceApiException {
        String what = "the enrolment answer";
        if (json == null || !json.isObject()) {
            throw DeviceApiException.invalidResponse(status, what + " is not a JSON object");
        }
        String label = ApiJson.optionalText(json, "label");
        JsonNode totp = json.get("totp");
        if (totp == null || !totp.isObject()) {
            throw DeviceApiException.invalidResponse(status, what + " has no totp object");
        }
        TotpSettings settings;
        try {
            settings = TotpSettings.fromJson(totp);
        } catch (IllegalArgumentException e) {
            throw DeviceApiException.invalidResponse(status, what + ": " + e.getMessage());
        }
        return new Enrollment(
                ApiJson.requiredText(json, "credentialId", status, what),
                ApiJson.requiredText(json, "realm", status, what),
                ApiJson.requiredText(json, "username", status, what),
                ApiJson.requiredText(json, "issuer", status, what),
                label == null || label.isBlank() ? requestedLabel : label,
                settings);
    }
}
