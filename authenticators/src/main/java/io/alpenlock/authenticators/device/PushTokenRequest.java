package io.alpenlock.authenticators.device;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alpenlock.core.push.PushMessage;

/** The body of {@code PUT /push-token}: {@code {"pushToken":"…"}} or {@code {"pushToken":null}}, nothing else. */
final class PushTokenRequest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private PushTokenRequest() {
    }

    /** The new token, or null to clear it. */
    static String parse(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (Exception e) {
            throw DeviceError.badRequest("Body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw DeviceError.badRequest("Body must be a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!name.equals("pushToken")) {
                throw DeviceError.badRequest("Unknown field: " + (name.length() > 40 ? name.substring(0, 40) : name));
            }
        });
        if (!node.has("pushToken")) {
            throw DeviceError.badRequest("Missing field: pushToken (null clears it)");
        }
        JsonNode token = node.get("pushToken");
        if (token.isNull()) {
            return null;
        }
        if (!token.isTextual()) {
            throw DeviceError.badRequest("pushToken must be a string or null");
        }
        try {
            PushMessage.withReference(token.asText(), "check");
        } catch (IllegalArgumentException e) {
            throw DeviceError.badRequest("pushToken is not a valid FCM registration token");
        }
        return token.asText();
    }
}
