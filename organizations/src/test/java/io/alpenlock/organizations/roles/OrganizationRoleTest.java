package io.alpenlock.organizations.roles;

import static io.alpenlock.organizations.roles.OrganizationRole.ADMINISTRATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.COLLABORATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.EXTERNAL;
import static io.alpenlock.organizations.roles.OrganizationRole.LEGAL_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationRoleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            legal-representative     | LEGAL_REPRESENTATIVE
            administrator            | ADMINISTRATOR
            collaborator             | COLLABORATOR
            external                 | EXTERNAL
            '  Legal-Representative ' | LEGAL_REPRESENTATIVE
            ADMINISTRATOR            | ADMINISTRATOR
            '\\tCollaborator\\n'     | COLLABORATOR
            """)
    void parsesWireNamesIgnoringCaseAndSurroundingSpaces(String text, OrganizationRole expected) {
        assertThat(OrganizationRole.parse(text.replace("\\t", "\t").replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "owner", "admin", "legal_representative", "LEGAL_REPRESENTATIVE", "legal representative",
            "external-", "collaborators"})
    void refusesAnythingElseNamingTheAcceptedRoles(String text) {
        assertThatThrownBy(() -> OrganizationRole.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown organization role '" + text.strip() + "'")
                .hasMessageEndingWith("expected one of legal-representative, administrator, collaborator, external.");
    }

    @Test
    void aVeryLongOrControlCharacterInputIsShortenedInTheMessage() {
        assertThatThrownBy(() -> OrganizationRole.parse("x".repeat(500) + "\u0007"))
                .hasMessageStartingWith("Unknown organization role '" + "x".repeat(40) + "…'");
        assertThatThrownBy(() -> OrganizationRole.parse("a\u0000b")).hasMessageContaining("'a?b'");
    }

    @Test
    void aStoredRoleReadsBackWithoutARowAsNoAssignmentAndDamagedAsExternal() {
        assertThat(OrganizationRole.fromStored("administrator")).isEqualTo(OrganizationRole.ADMINISTRATOR);
        assertThat(OrganizationRole.fromStored(" Legal-Representative ")).isEqualTo(OrganizationRole.LEGAL_REPRESENTATIVE);
        assertThat(OrganizationRole.fromStored(null)).isEqualTo(OrganizationRole.WITHOUT_ASSIGNMENT);
        assertThat(OrganizationRole.fromStored("owner")).isEqualTo(OrganizationRole.EXTERNAL);
        assertThat(OrganizationRole.fromStored("")).isEqualTo(OrganizationRole.EXTERNAL);
    }

    @Test
    void everyWireNameReadsBackAsItsRole() {
        assertThat(OrganizationRole.values())
                .allSatisfy(role -> assertThat(OrganizationRole.parse(role.wireName())).isSameAs(role));
    }

    @Test
    void ranksGoFromLegalRepresentativeDownToExternal() {
        assertThat(Arrays.stream(OrganizationRole.values()).sorted(Comparator.comparingInt(OrganizationRole::rank).reversed()))
                .containsExactly(LEGAL_REPRESENTATIVE, ADMINISTRATOR, COLLABORATOR, EXTERNAL);
        assertThat(LEGAL_REPRESENTATIVE.isHigherThan(ADMINISTRATOR)).isTrue();
        assertThat(ADMINISTRATOR.isHigherThan(COLLABORATOR)).isTrue();
        assertThat(COLLABORATOR.isHigherThan(EXTERNAL)).isTrue();
        assertThat(EXTERNAL.isHigherThan(EXTERNAL)).isFalse();
        assertThat(EXTERNAL.isHigherThan(LEGAL_REPRESENTATIVE)).isFalse();
    }

    @Test
    void onlyLegalRepresentativesAndAdministratorsManageMembersAndOnlyTheOthersHoldProductGrants() {
        assertThat(Arrays.stream(OrganizationRole.values()).filter(OrganizationRole::managesMembers))
                .containsExactly(LEGAL_REPRESENTATIVE, ADMINISTRATOR);
        assertThat(Arrays.stream(OrganizationRole.values()).filter(OrganizationRole::holdsProductGrants))
                .containsExactly(COLLABORATOR, EXTERNAL);
    }
}
