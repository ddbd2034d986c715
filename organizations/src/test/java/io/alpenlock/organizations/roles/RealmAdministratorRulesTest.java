package io.alpenlock.organizations.roles;

import static io.alpenlock.organizations.roles.OrganizationRole.ADMINISTRATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.COLLABORATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.EXTERNAL;
import static io.alpenlock.organizations.roles.OrganizationRole.LEGAL_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import org.junit.jupiter.api.Test;

/** A realm administrator sets any role; only the organization's invariants stop them. */
class RealmAdministratorRulesTest {

    private final MembershipRules rules = new MembershipRules();
    private final ProductGrants useMail = ProductGrants.of(ProductCatalogue.DEMO, Map.of(ProductId.of("mail"), ProductAccess.USE));
    private final ProductGrants manageMail = ProductGrants.of(ProductCatalogue.DEMO, Map.of(ProductId.of("mail"), ProductAccess.MANAGE));

    @Test
    void theLastLegalRepresentativeIsNeverDemoted() {
        assertThat(rules.decideForRealmAdministrator(LEGAL_REPRESENTATIVE, ADMINISTRATOR, ProductGrants.NONE, 1).outcome())
                .isEqualTo("last-legal-representative");
    }

    @Test
    void aLegalRepresentativeIsDemotedWhileAnotherRemains() {
        assertThat(rules.decideForRealmAdministrator(LEGAL_REPRESENTATIVE, EXTERNAL, ProductGrants.NONE, 2).isAllowed()).isTrue();
    }

    @Test
    void anyoneCanBeMadeLegalRepresentativeEvenInAnOrganizationWithoutOne() {
        assertThat(rules.decideForRealmAdministrator(EXTERNAL, LEGAL_REPRESENTATIVE, ProductGrants.NONE, 0).isAllowed()).isTrue();
    }

    @Test
    void settingTheSameRoleAgainReplacesTheGrants() {
        assertThat(rules.decideForRealmAdministrator(COLLABORATOR, COLLABORATOR, useMail, 1).isAllowed()).isTrue();
        assertThat(rules.decideForRealmAdministrator(LEGAL_REPRESENTATIVE, LEGAL_REPRESENTATIVE, ProductGrants.NONE, 1).isAllowed()).isTrue();
    }

    @Test
    void grantsOnlyForCollaboratorsAndExternalsAndUseOnlyForExternals() {
        assertThat(rules.decideForRealmAdministrator(COLLABORATOR, ADMINISTRATOR, useMail, 1).outcome())
                .isEqualTo("products-only-for-collaborators-and-externals");
        assertThat(rules.decideForRealmAdministrator(COLLABORATOR, EXTERNAL, manageMail, 1).outcome())
                .isEqualTo("external-cannot-manage-products");
        assertThat(rules.decideForRealmAdministrator(EXTERNAL, COLLABORATOR, manageMail, 1).isAllowed()).isTrue();
    }

    @Test
    void aCountBelowWhatTheTargetHoldsIsABug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> rules.decideForRealmAdministrator(LEGAL_REPRESENTATIVE, ADMINISTRATOR, ProductGrants.NONE, 0));
    }
}
