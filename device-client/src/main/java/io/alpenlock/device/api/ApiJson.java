package io.alpenlock.device.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading and writing the JSON of the device API (Jackson trees; unknown fields in answers are ignored). */
final class ApiJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private ApiJson() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The parsed body, or null when it is empty or not JSON. */
    static JsonNode parseQuietly(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** A text member that must be there and not be blank. */
    static String requiredText(JsonNode node, String field, int status, String what)
            throws DeviceApiException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw DeviceApiException.invalidResponse(status, what + " has no " + field);
        }
        return value.textValue();
    }

    /** A text member that may be missing (null then). */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** An instant given as epoch milliseconds or ISO-8601 text; null when missing or not readable. */
    static Instant instant(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Instant.ofEpochMilli(value.longValue());
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.textValue());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** A whole-number member that must be there and fit an int. */
    static int requiredInt(JsonNode node, String field, int status, String what) throws DeviceApiException {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw DeviceApiException.invalidResponse(status, what + " has no whole number " + field);
        }
        return value.intValue();
    }
}
