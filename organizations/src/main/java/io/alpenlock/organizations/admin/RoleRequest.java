package io.alpenlock.organizations.admin;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alpenlock.organizations.products.InvalidProductException;
import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.OrganizationRole;

/**
 * The body of "set a member's role": {@code {"role": "collaborator", "products": {"mail": "use"}}}.
 * {@code products} is optional (none). Anything else is refused with a message for the caller.
 *
 * @param role   the role asked for
 * @param grants the product permissions asked for, all in the realm's catalogue
 */
record RoleRequest(OrganizationRole role, ProductGrants grants) {

    /** Largest body read; a role and 50 grants fit in far less. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for a body that cannot be a role request; the message is safe to return. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static RoleRequest parse(byte[] body, ProductCatalogue catalogue) throws Invalid {
        if (body == null || body.length == 0) {
            throw new Invalid("A JSON body is required: {\"role\": \"collaborator\", \"products\": {\"mail\": \"use\"}}.");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new Invalid("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new Invalid("The body is not valid JSON.");
        }
        if (json == null || !json.isObject()) {
            throw new Invalid("The body must be a JSON object.");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("role") && !name.equals("products")) {
                throw new Invalid("Unknown field '" + printable(name) + "': expected role and products.");
            }
        }
        JsonNode role = json.get("role");
        if (role == null || !role.isTextual()) {
            throw new Invalid("'role' is required and must be a string.");
        }
        OrganizationRole parsedRole;
        try {
            parsedRole = OrganizationRole.parse(role.asText());
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
        return new RoleRequest(parsedRole, grants(json.get("products"), catalogue));
    }

    private static ProductGrants grants(JsonNode products, ProductCatalogue catalogue) throws Invalid {
        if (products == null || products.isNull()) {
            return ProductGrants.NONE;
        }
        if (!products.isObject()) {
            throw new Invalid("'products' must be an object of product id to \"use\" or \"manage\".");
        }
        Map<ProductId, ProductAccess> grants = new LinkedHashMap<>();
        try {
            for (Iterator<Map.Entry<String, JsonNode>> fields = products.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isTextual()) {
                    throw new Invalid("The access to product '" + printable(field.getKey())
                            + "' must be \"use\" or \"manage\".");
                }
                grants.put(catalogue.require(field.getKey()), ProductAccess.parse(field.getValue().asText()));
            }
            return ProductGrants.of(catalogue, grants);
        } catch (InvalidProductException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static String printable(String text) {
        String shown = text.length() > 50 ? text.substring(0, 50) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
