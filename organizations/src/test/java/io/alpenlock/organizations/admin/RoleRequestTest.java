package io.alpenlock.organizations.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.OrganizationRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RoleRequestTest {

    private static RoleRequest parse(String body) throws RoleRequest.Invalid {
        return RoleRequest.parse(body.getBytes(StandardCharsets.UTF_8), ProductCatalogue.DEMO);
    }

    @Test
    void roleAndProductsAreRead() throws Exception {
        RoleRequest request = parse("{\"role\": \" Collaborator \", \"products\": {\"mail\": \"use\", \"drive\": \"MANAGE\"}}");

        assertThat(request.role()).isEqualTo(OrganizationRole.COLLABORATOR);
        assertThat(request.grants().asMap()).containsExactly(
                Map.entry(ProductId.of("drive"), ProductAccess.MANAGE), Map.entry(ProductId.of("mail"), ProductAccess.USE));
    }

    @Test
    void productsAreOptional() throws Exception {
        assertThat(parse("{\"role\": \"administrator\"}").grants().isEmpty()).isTrue();
        assertThat(parse("{\"role\": \"administrator\", \"products\": null}").grants().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                                    | A JSON body is required",
            "{                                                     | not valid JSON",
            "[]                                                    | must be a JSON object",
            "{}                                                    | 'role' is required",
            "{\"role\": 3}                                         | 'role' is required",
            "{\"role\": \"owner\"}                                 | Unknown organization role 'owner'",
            "{\"role\": \"external\", \"extra\": 1}                | Unknown field 'extra'",
            "{\"role\": \"external\", \"products\": [\"mail\"]}    | 'products' must be an object",
            "{\"role\": \"external\", \"products\": {\"mail\": 1}} | product 'mail' must be",
            "{\"role\": \"external\", \"products\": {\"fax\": \"use\"}} | Unknown product 'fax'",
            "{\"role\": \"external\", \"products\": {\"mail\": \"own\"}} | Unknown product access 'own'",
    })
    void badBodiesAreRefusedWithAMessage(String body, String message) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(RoleRequest.Invalid.class).hasMessageContaining(message);
    }

    @Test
    void oversizedBodiesAreRefused() {
        byte[] big = new byte[RoleRequest.MAX_BODY_BYTES + 1];
        assertThatThrownBy(() -> RoleRequest.parse(big, ProductCatalogue.DEMO)).hasMessageContaining("larger than");
    }
}
