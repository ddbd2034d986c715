package io.alpenlock.authenticators.device;

import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The body of {@code POST /enrollments}, read strictly: unknown fields and wrong types are refused. */
record EnrollmentRequest(String token, String label, String platform, String pushToken) {

    static final int MAX_LABEL = 64;
    static final int MAX_PUSH_TOKEN = 4096;
    static final Set<String> PLATFORMS = Set.of("android", "ios", "cli", "other");
    private static final Set<String> FIELDS = Set.of("token", "label", "platform", "pushToken");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** With an enrolment link: {@code token} is required. */
    static EnrollmentRequest parse(byte[] body) {
        return parse(body, true);
    }

    /**
     * @param withLink true for the "from a computer" way (the link's {@code token} is required), false for
     *                 "from this mobile" (the app's access token authorises; {@code token} must be absent)
     */
    static EnrollmentRequest parse(byte[] body, boolean withLink) {
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
            if (!FIELDS.contains(name)) {
                throw DeviceError.badRequest("Unknown field: " + (name.length() > 40 ? name.substring(0, 40) : name));
            }
        });
        if (!withLink && node.has("token")) {
            throw DeviceError.badRequest("Send either an enrolment link token or an access token, not both");
        }
        String token = withLink ? text(node, "token", true, 512) : null;
        String label = text(node, "label", true, MAX_LABEL).strip();
        String platform = text(node, "platform", true, 16);
        String pushToken = text(node, "pushToken", false, MAX_PUSH_TOKEN);
        if (label.isEmpty()) {
            throw DeviceError.badRequest("label must not be blank");
        }
        if (!PLATFORMS.contains(platform)) {
            throw DeviceError.badRequest("platform must be one of android, ios, cli, other");
        }
        return new EnrollmentRequest(token, label, platform, pushToken);
    }

    private static String text(JsonNode node, String field, boolean required, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw DeviceError.badRequest("Missing field: " + field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw DeviceError.badRequest(field + " must be a string");
        }
        if (value.asText().length() > maxLength) {
            throw DeviceError.badRequest(field + " is longer than " + maxLength + " characters");
        }
        return value.asText();
    }
}
