package io.alpenlock.mailbox.deletion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.alpenlock.mailbox.links.InvalidLinkException;
import io.alpenlock.mailbox.links.MailboxAddress;

/**
 * The body of the mail platform's "mailbox deleted" call, read strictly: a JSON object of at most
 * {@value #MAX_BODY_BYTES} bytes with either {@code "address": "..."} or {@code "addresses": [...]} (1 to
 * {@value #MAX_ADDRESSES} addresses), nothing else. Addresses come back normalised ({@link MailboxAddress}), without
 * duplicates, in the order given.
 */
public final class DeletionRequest {

    public static final int MAX_BODY_BYTES = 16 * 1024;
    public static final int MAX_ADDRESSES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeletionRequest() {
    }

    /** @throws InvalidDeletionRequestException with a message for the caller; {@code body} longer than the limit included */
    public static List<String> addresses(byte[] body) throws InvalidDeletionRequestException {
        if (body == null || body.length == 0) {
            throw new InvalidDeletionRequestException("The body must be a JSON object.");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidDeletionRequestException("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidDeletionRequestException("The body is not valid JSON.");
        } catch (IOException e) {
            throw new InvalidDeletionRequestException("The body could not be read.");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidDeletionRequestException("The body must be a JSON object.");
        }
        var names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("address") && !name.equals("addresses")) {
                throw new InvalidDeletionRequestException("Unknown field '"
                        + (name.length() > 40 ? name.substring(0, 40) : name) + "'.");
            }
        }
        boolean one = json.has("address");
        boolean many = json.has("addresses");
        if (one == many) {
            throw new InvalidDeletionRequestException("Give either \"address\" or \"addresses\".");
        }
        List<JsonNode> values = new ArrayList<>();
        if (one) {
            values.add(json.get("address"));
        } else {
            JsonNode list = json.get("addresses");
            if (!list.isArray() || list.isEmpty()) {
                throw new InvalidDeletionRequestException("\"addresses\" must be a non-empty array.");
            }
            if (list.size() > MAX_ADDRESSES) {
                throw new InvalidDeletionRequestException("At most " + MAX_ADDRESSES + " addresses per call.");
            }
            list.forEach(values::add);
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (JsonNode value : values) {
            if (value == null || !value.isTextual()) {
                throw new InvalidDeletionRequestException("Each address must be a string.");
            }
            try {
                addresses.add(MailboxAddress.normalize(value.asText()));
            } catch (InvalidLinkException e) {
                throw new InvalidDeletionRequestException(e.getMessage());
            }
        }
        return List.copyOf(addresses);
    }
}
