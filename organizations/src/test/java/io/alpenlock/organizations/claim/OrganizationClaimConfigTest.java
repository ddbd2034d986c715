package io.alpenlock.organizations.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationClaimConfigTest {

    @Test
    void aMissingOrEmptyConfigurationGivesTheOrganizationsClaimWithProducts() {
        assertThat(OrganizationClaimConfig.from(null)).isEqualTo(new OrganizationClaimConfig("organizations", true));
        assertThat(OrganizationClaimConfig.from(Map.of())).isEqualTo(OrganizationClaimConfig.DEFAULTS);
        assertThat(OrganizationClaimConfig.from(Map.of("claim.name", "  "))).isEqualTo(OrganizationClaimConfig.DEFAULTS);
    }

    @Test
    void readsTheClaimNameTrimmed() {
        assertThat(OrganizationClaimConfig.from(Map.of("claim.name", " orgs ")).claimName()).isEqualTo("orgs");
        assertThat(OrganizationClaimConfig.from(Map.of("claim.name", "alpenlock.organizations")).claimName())
                .isEqualTo("alpenlock.organizations");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"false, false", "' FALSE ', false", "true, true", "'', true", "null, true",
            "no, true"})
    void productsAreLeftOutOnlyWhenTheSwitchSaysFalse(String value, boolean included) {
        Map<String, String> config = new HashMap<>();
        config.put("include.products", value);

        assertThat(OrganizationClaimConfig.from(config).includeProducts()).isEqualTo(included);
    }

    @Test
    void anUnreadableSwitchIsReportedForTheConsole() {
        assertThat(OrganizationClaimConfig.problems(Map.of("include.products", "no")))
                .containsExactly("'include.products' must be true or false.");
        assertThat(OrganizationClaimConfig.problems(Map.of("include.products", "False"))).isEmpty();
        assertThat(OrganizationClaimConfig.problems(Map.of("include.products", ""))).isEmpty();
        assertThat(OrganizationClaimConfig.problems(Map.of())).isEmpty();
        assertThat(OrganizationClaimConfig.problems(null)).isEmpty();
    }

    @Test
    void aBlankClaimNameCannotBeBuilt() {
        assertThatThrownBy(() -> new OrganizationClaimConfig(" ", true)).isInstanceOf(IllegalArgumentException.class);
    }
}
