package io.alpenlock.organizations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.alpenlock.organizations.membership.MembershipException;
import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.OrganizationRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodiesTest {

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRoleChangeReadsTheRoleAndItsProducts() {
        Bodies.RoleChange change = Bodies.roleChange(body("{\"role\": \" Collaborator \", \"products\": {\"mail\": \"use\", \"drive\": \"MANAGE\"}}"),
                ProductCatalogue.DEMO);

        assertThat(change.role()).isEqualTo(OrganizationRole.COLLABORATOR);
        assertThat(change.grants().asMap()).containsExactly(
                Map.entry(ProductId.of("drive"), ProductAccess.MANAGE), Map.entry(ProductId.of("mail"), ProductAccess.USE));
    }

    @Test
    void productsAreOptionalInARoleChangeAndAnInvitationIsACollaboratorByDefault() {
        assertThat(Bodies.roleChange(body("{\"role\": \"administrator\", \"products\": null}"), ProductCatalogue.DEMO)
                .grants().isEmpty()).isTrue();
        Bodies.Invitation invitation = Bodies.invitation(body("{\"email\": \"a@b.example\"}"), ProductCatalogue.DEMO);
        assertThat(invitation.role()).isEqualTo(OrganizationRole.COLLABORATOR);
        assertThat(invitation.grants().isEmpty()).isTrue();
    }

    @Test
    void setProductsNeedsTheProductsFieldAndAnEmptyObjectWithdrawsThemAll() {
        assertThat(Bodies.products(body("{\"products\": {}}"), ProductCatalogue.DEMO).isEmpty()).isTrue();
        assertThatThrownBy(() -> Bodies.products(body("{}"), ProductCatalogue.DEMO))
                .hasMessageContaining("'products' is required");
    }

    @Test
    void createReadsNameAndAlias() {
        Bodies.CreateOrganization create = Bodies.createOrganization(body("{\"name\": \"Acme SA\", \"alias\": \"acme\"}"));
        assertThat(create).isEqualTo(new Bodies.CreateOrganization("Acme SA", "acme"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                                    | A JSON body is required",
            "{                                                     | not valid JSON",
            "[]                                                    | must be a JSON object",
            "{}                                                    | 'role' is required",
            "{\"role\": 3}                                         | 'role' must be a string",
            "{\"role\": \"owner\"}                                 | Unknown organization role 'owner'",
            "{\"role\": \"external\", \"extra\": 1}                | Unknown field 'extra'",
            "{\"role\": \"external\", \"role\": \"external\"}      | repeats a field",
            "{\"role\": \"external\"} {}                           | not valid JSON",
            "{\"role\": \"external\", \"products\": [\"mail\"]}    | 'products' must be an object",
            "{\"role\": \"external\", \"products\": {\"mail\": 1}} | product 'mail' must be",
            "{\"role\": \"external\", \"products\": {\"fax\": \"use\"}} | Unknown product 'fax'",
            "{\"role\": \"external\", \"products\": {\"mail\": \"own\"}} | Unknown product access 'own'",
    })
    void badBodiesAreRefusedAsInvalidWithAMessage(String text, String message) {
        assertThatThrownBy(() -> Bodies.roleChange(body(text), ProductCatalogue.DEMO))
                .isInstanceOfSatisfying(MembershipException.class,
                        e -> assertThat(e.kind()).isEqualTo(MembershipException.Kind.INVALID))
                .hasMessageContaining(message);
    }

    @Test
    void oversizedBodiesAreRefusedWithoutReadingThemWhole() {
        byte[] big = new byte[Bodies.MAX_BODY_BYTES * 4];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> Bodies.roleChange(new ByteArrayInputStream(big), ProductCatalogue.DEMO))
                .isInstanceOfSatisfying(MembershipException.class, e -> assertThat(e.code()).isEqualTo("body_too_large"))
                .hasMessageContaining("larger than");
    }
}
