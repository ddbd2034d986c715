package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One open login challenge of {@code GET /challenges}: a sign-in waiting for this device's answer.
 *
 * @param id             opaque; what {@code POST /challenges/{id}} answers
 * @param credentialId   the enrolment (local account) it is for
 * @param numberMatching whether the approval must carry the number shown on the login page
 * @param choices        the numbers to pick from (empty without number matching)
 * @param client         the application being signed in to, e.g. {@code Demo webmail} (null when not given)
 * @param location       where the sign-in comes from, e.g. {@code Bern, Switzerland}; null when unknown
 */
public record Challenge(String id, String credentialId, Instant expiresAt, boolean numberMatching,
        List<Integer> choices, String client, String browser, String os, String ipAddress, String location) {

    public Challenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        choices = List.copyOf(choices);
    }

    /** Whether {@code number} may be sent with an approval: one of the choices (any number when none are given). */
    public boolean offers(int number) {
        return choices.isEmpty() || choices.contains(number);
    }

    static Challenge fromJson(JsonNode json, int status) throws DeviceApiException {
        String what = "an entry of the challenges answer";
        if (json == null || !json.isObject()) {
            throw DeviceApiException.invalidResponse(status, what + " is not a JSON object");
        }
        Instant expiresAt = ApiJson.instant(json.get("expiresAt"));
        if (expiresAt == null) {
            throw DeviceApiException.invalidResponse(status, what + " has no expiresAt");
        }
        List<Integer> choices = new ArrayList<>();
        JsonNode choicesNode = json.get("choices");
        if (choicesNode != null && !choicesNode.isNull()) {
            if (!choicesNode.isArray()) {
                throw DeviceApiException.invalidResponse(status, what + " has choices that are not an array");
            }
            for (JsonNode choice : choicesNode) {
                if (!choice.isInt()) {
                    throw DeviceApiException.invalidResponse(status, what + " has a choice that is not a number");
                }
                choices.add(choice.intValue());
            }
        }
        JsonNode numberMatching = json.get("numberMatching");
        if (numberMatching != null && !numberMatching.isBoolean()) {
            throw DeviceApiException.invalidResponse(status, what + " has a numberMatching that is not a boolean");
        }
        return new Challenge(
                ApiJson.requiredText(json, "id", status, what),
                ApiJson.requiredText(json, "credentialId", status, what),
                expiresAt,
                numberMatching == null ? !choices.isEmpty() : numberMatching.booleanValue(),
                choices,
                ApiJson.optionalText(json, "client"),
                ApiJson.optionalText(json, "browser"),
                ApiJson.optionalText(json, "os"),
                ApiJson.optionalText(json, "ipAddress"),
                ApiJson.optionalText(json, "location"));
    }
}
