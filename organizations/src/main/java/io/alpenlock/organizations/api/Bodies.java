package io.alpenlock.organizations.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alpenlock.organizations.membership.MembershipException;
import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.OrganizationRole;

/**
 * Strict reading of the JSON bodies of the organizations API: at most {@value #MAX_BODY_BYTES} bytes, one JSON
 * object, only the documented fields, each of the documented type, no duplicate keys, nothing after the object.
 * Every problem is a {@link MembershipException} of kind {@code INVALID} with a message safe to return.
 */
public final class Bodies {

    /** Largest body read; a role and 50 grants fit in far less. */
    public static final int MAX_BODY_BYTES = 16 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** {@code {"name": "Acme SA", "alias": "acme"}} */
    public record CreateOrganization(String name, String alias) {
    }

    /** {@code {"role": "collaborator", "products": {"mail": "use"}}}; products optional. */
    public record RoleChange(OrganizationRole role, ProductGrants grants) {
    }

    /** {@code {"email": "…", "role": "collaborator", "products": {…}}}; role optional (collaborator). */
    public record Invitation(String email, OrganizationRole role, ProductGrants grants) {
    }

    private Bodies() {
    }

    public static CreateOrganization createOrganization(InputStream in) {
        JsonNode json = object(in, Set.of("name", "alias"));
        return new CreateOrganization(text(json, "name", true), text(json, "alias", true));
    }

    public static RoleChange roleChange(InputStream in, ProductCatalogue catalogue) {
        JsonNode json = object(in, Set.of("role", "products"));
        return new RoleChange(role(text(json, "role", true)), grants(json.get("products"), catalogue));
    }

    /** {@code {"products": {"mail": "use", "drive": "manage"}}} ({@code {}} withdraws them all). */
    public static ProductGrants products(InputStream in, ProductCatalogue catalogue) {
        JsonNode json = object(in, Set.of("products"));
        if (json.get("products") == null) {
            throw invalid("'products' is required: an object of product id to \"use\" or \"manage\".");
        }
        return grants(json.get("products"), catalogue);
    }

    public static Invitation invitation(InputStream in, ProductCatalogue catalogue) {
        JsonNode json = object(in, Set.of("email", "role", "products"));
        String role = text(json, "role", false);
        return new Invitation(text(json, "email", true),
                role == null ? OrganizationRole.COLLABORATOR : role(role), grants(json.get("products"), catalogue));
    }

    private static JsonNode object(InputStream in, Set<String> fields) {
        byte[] body;
        try {
            body = in == null ? new byte[0] : in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw invalid("The body could not be read.");
        }
        if (body.length == 0) {
            throw invalid("A JSON body is required: a JSON object.");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new MembershipException(MembershipException.Kind.INVALID, "body_too_large",
                    "The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw invalid("The body is not valid JSON (or repeats a field).");
        }
        if (json == null || !json.isObject()) {
            throw invalid("The body must be a JSON object.");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw invalid("Unknown field '" + printable(name) + "': expected " + String.join(", ", fields.stream().sorted().toList()) + ".");
            }
        }
        return json;
    }

    private static String text(JsonNode json, String field, boolean required) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid("'" + field + "' is required and must be a string.");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw invalid("'" + field + "' must be a string.");
        }
        return value.asText();
    }

    private static OrganizationRole role(String text) {
        try {
            return OrganizationRole.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MembershipException(MembershipException.Kind.INVALID, "invalid_role", e.getMessage());
        }
    }

    private static ProductGrants grants(JsonNode products, ProductCatalogue catalogue) {
        if (products == null || products.isNull()) {
            return ProductGrants.NONE;
        }
        if (!products.isObject()) {
            throw invalid("'products' must be an object of product id to \"use\" or \"manage\".");
        }
        Map<ProductId, ProductAccess> grants = new LinkedHashMap<>();
        try {
            for (Iterator<Map.Entry<String, JsonNode>> fields = products.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isTextual()) {
                    throw invalid("The access to product '" + printable(field.getKey()) + "' must be \"use\" or \"manage\".");
                }
                grants.put(catalogue.require(field.getKey()), ProductAccess.parse(field.getValue().asText()));
            }
            return ProductGrants.of(catalogue, grants);
        } catch (IllegalArgumentException e) {
            throw new MembershipException(MembershipException.Kind.INVALID, "invalid_products", e.getMessage());
        }
    }

    private static MembershipException invalid(String message) {
        return new MembershipException(MembershipException.Kind.INVALID, "invalid_request", message);
    }

    private static String printable(String text) {
        String shown = text.length() > 50 ? text.substring(0, 50) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
