package io.alpenlock.mailbox.links;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bodies of the administrators' link API, read strictly: a JSON object of at most {@value #MAX_BODY_BYTES} bytes,
 * known fields only, right types.
 */
public final class LinkRequest {

    public static final int MAX_BODY_BYTES = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code POST links}: {@code {"userId": "...", "address": "...", "mayChangePassword": true}}. */
    public record Create(String userId, String address, boolean mayChangePassword) {
    }

    /**
     * {@code PUT links/{id}}: {@code {"mayChangePassword": false}} and/or {@code {"unified": false}}; an
     * administrator can end a unification but not start one (only the account holder can, by setting the password).
     */
    public record Update(Boolean mayChangePassword, Boolean unified) {
    }

    private LinkRequest() {
    }

    public static Create create(byte[] body) throws InvalidLinkException {
        JsonNode json = object(body, "userId", "address", "mayChangePassword");
        String userId = text(json, "userId", true);
        if (userId.length() > 255) {
            throw new InvalidLinkException("userId is too long.");
        }
        String address = MailboxAddress.normalize(text(json, "address", true));
        Boolean may = bool(json, "mayChangePassword");
        return new Create(userId, address, may != null && may);
    }

    public static Update update(byte[] body) throws InvalidLinkException {
        JsonNode json = object(body, "mayChangePassword", "unified");
        Boolean may = bool(json, "mayChangePassword");
        Boolean unified = bool(json, "unified");
        if (may == null && unified == null) {
            throw new InvalidLinkException("Give mayChangePassword and/or unified.");
        }
        if (Boolean.TRUE.equals(unified)) {
            throw new InvalidLinkException("Only the account holder can unify the passwords (on the mailbox page);"
                    + " an administrator can only end it (\"unified\": false).");
        }
        return new Update(may, unified);
    }

    private static JsonNode object(byte[] body, String... allowed) throws InvalidLinkException {
        if (body == null || body.length == 0) {
            throw new InvalidLinkException("The body must be a JSON object.");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidLinkException("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidLinkException("The body is not valid JSON.");
        } catch (IOException e) {
            throw new InvalidLinkException("The body could not be read.");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidLinkException("The body must be a JSON object.");
        }
        var names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!java.util.List.of(allowed).contains(name)) {
                throw new InvalidLinkException("Unknown field '" + (name.length() > 40 ? name.substring(0, 40) : name)
                        + "'.");
            }
        }
        return json;
    }

    private static String text(JsonNode json, String field, boolean required) throws InvalidLinkException {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidLinkException(field + " is required.");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidLinkException(field + " must be a non-empty string.");
        }
        return node.asText().strip();
    }

    private static Boolean bool(JsonNode json, String field) throws InvalidLinkException {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new InvalidLinkException(field + " must be true or false.");
        }
        return node.booleanValue();
    }
}
