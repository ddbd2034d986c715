package io.alpenlock.authenticators.device;

import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse;

/**
 * The body of {@code POST /challenges/{id}}, read strictly: {@code {"action":"approve","number":47}},
 * {@code {"action":"deny"}} or {@code {"action":"not-me"}}. Unknown fields, wrong types and a number
 * outside 10..99 are refused; {@code number} belongs to {@code approve} only.
 */
final class ChallengeAnswerRequest {

    private static final Set<String> FIELDS = Set.of("action", "number");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private ChallengeAnswerRequest() {
    }

    static ChallengeResponse parse(byte[] body) {
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
        JsonNode action = node.get("action");
        if (action == null || action.isNull()) {
            throw DeviceError.badRequest("Missing field: action");
        }
        if (!action.isTextual()) {
            throw DeviceError.badRequest("action must be a string");
        }
        JsonNode number = node.get("number");
        switch (action.asText()) {
            case "approve":
                if (number == null || number.isNull()) {
                    return new ChallengeResponse.Approve(0);
                }
                if (!number.isInt() || number.asInt() < 10 || number.asInt() > 99) {
                    throw DeviceError.badRequest("number must be an integer from 10 to 99");
                }
                return new ChallengeResponse.Approve(number.asInt());
            case "deny":
                noNumber(number);
                return new ChallengeResponse.Deny();
            case "not-me":
                noNumber(number);
                return new ChallengeResponse.NotMe();
            default:
                throw DeviceError.badRequest("action must be one of approve, deny, not-me");
        }
    }

    private static void noNumber(JsonNode number) {
        if (number != null) {
            throw DeviceError.badRequest("number is only sent with approve");
        }
    }
}
