package io.alpenlock.organizations.roles;

import static io.alpenlock.organizations.roles.OrganizationRole.ADMINISTRATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.COLLABORATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.EXTERNAL;
import static io.alpenlock.organizations.roles.OrganizationRole.LEGAL_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.MembershipAction.ChangeRole;
import io.alpenlock.organizations.roles.MembershipAction.Invite;
import io.alpenlock.organizations.roles.MembershipAction.Leave;
import io.alpenlock.organizations.roles.MembershipAction.Remove;
import io.alpenlock.organizations.roles.MembershipAction.SetProducts;

/** What the rule tables ({@link MembershipRulesMatrixTest}) do not show: refusals' wording, impossible input, more legal representatives. */
class MembershipRulesTest {

    private final MembershipRules rules = new MembershipRules();

    @Test
    void aRefusalCarriesItsStableCodeAndAnEnglishMessage() {
        Decision decision = rules.decide(Actor.member(ADMINISTRATOR), new ChangeRole(Target.other(COLLABORATOR), LEGAL_REPRESENTATIVE), 1);

        assertThat(decision.isAllowed()).isFalse();
        assertThat(decision.refusal()).contains(RefusalReason.ONLY_LEGAL_REPRESENTATIVE_GRANTS_LEGAL_REPRESENTATIVE);
        assertThat(decision.outcome()).isEqualTo("only-legal-representative-grants-legal-representative");
        assertThat(decision.refusal().orElseThrow().message())
                .isEqualTo("Only a legal representative can make someone a legal representative.");
    }

    @Test
    void anAllowedChangeHasNoRefusal() {
        Decision decision = rules.decide(Actor.member(LEGAL_REPRESENTATIVE), new ChangeRole(Target.other(COLLABORATOR), LEGAL_REPRESENTATIVE), 1);

        assertThat(decision.isAllowed()).isTrue();
        assertThat(decision.refusal()).isEmpty();
        assertThat(decision.outcome()).isEqualTo("allowed");
        assertThat(decision).isEqualTo(Decision.allowed());
    }

    @ParameterizedTest
    @EnumSource(OrganizationRole.class)
    void withManyLegalRepresentativesOneMayStillBeDemotedRemovedOrLeave(OrganizationRole newRole) {
        Actor representative = Actor.member(LEGAL_REPRESENTATIVE);
        Decision expected = newRole == LEGAL_REPRESENTATIVE ? Decision.refused(RefusalReason.ROLE_UNCHANGED) : Decision.allowed();

        assertThat(rules.decide(representative, new ChangeRole(Target.self(LEGAL_REPRESENTATIVE), newRole), 7)).isEqualTo(expected);
        assertThat(rules.decide(representative, new ChangeRole(Target.other(LEGAL_REPRESENTATIVE), newRole), 7)).isEqualTo(expected);
        assertThat(rules.decide(representative, new Remove(Target.other(LEGAL_REPRESENTATIVE)), 7)).isEqualTo(Decision.allowed());
        assertThat(rules.decide(representative, new Leave(), 7)).isEqualTo(Decision.allowed());
    }

    @Test
    void inAnOrganizationWithoutLegalRepresentativeNobodyCanAppointOne() {
        // For example one created in the admin console without members: a realm administrator has to appoint one.
        assertThat(rules.decide(Actor.member(ADMINISTRATOR), new ChangeRole(Target.other(COLLABORATOR), LEGAL_REPRESENTATIVE), 0).outcome())
                .isEqualTo("only-legal-representative-grants-legal-representative");
        assertThat(rules.decide(Actor.member(ADMINISTRATOR), new ChangeRole(Target.self(ADMINISTRATOR), LEGAL_REPRESENTATIVE), 0).outcome())
                .isEqualTo("cannot-raise-own-role");
        assertThat(rules.decide(Actor.member(ADMINISTRATOR), new ChangeRole(Target.other(COLLABORATOR), EXTERNAL), 0).isAllowed())
                .isTrue();
    }

    @Test
    void aTargetThatIsTheActorMustHoldTheActorsRole() {
        assertThatThrownBy(() -> rules.decide(Actor.member(ADMINISTRATOR), new ChangeRole(Target.self(COLLABORATOR), EXTERNAL), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The target is the actor but their roles differ");
        assertThatThrownBy(() -> rules.decide(Actor.nonMember(), new Remove(Target.self(COLLABORATOR)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountOfLegalRepresentativesCannotContradictTheActorOrTarget() {
        assertThatThrownBy(() -> rules.decide(Actor.member(COLLABORATOR), new Leave(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Negative number of legal representatives: -1");
        assertThatThrownBy(() -> rules.decide(Actor.member(LEGAL_REPRESENTATIVE), new Leave(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The organization has 0 legal representative(s) but 1 take part in this change");
        assertThatThrownBy(() -> rules.decide(Actor.member(ADMINISTRATOR), new Remove(Target.other(LEGAL_REPRESENTATIVE)), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.decide(Actor.member(LEGAL_REPRESENTATIVE), new Remove(Target.other(LEGAL_REPRESENTATIVE)), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The organization has 1 legal representative(s) but 2 take part in this change");
    }

    @Test
    void anExternalMayHoldUseGrantsOnEveryProduct() {
        Map<ProductId, ProductAccess> useAll = new HashMap<>();
        ProductCatalogue.DEMO.ids().forEach(id -> useAll.put(id, ProductAccess.USE));
        ProductGrants grants = ProductGrants.of(ProductCatalogue.DEMO, useAll);

        assertThat(rules.decide(Actor.member(ADMINISTRATOR), new Invite(EXTERNAL, grants), 1).isAllowed()).isTrue();
        assertThat(rules.decide(Actor.member(ADMINISTRATOR), new SetProducts(Target.other(EXTERNAL), grants), 1).isAllowed()).isTrue();
        assertThat(rules.decide(Actor.member(ADMINISTRATOR), new SetProducts(Target.other(EXTERNAL), grants.useOnly()), 1).isAllowed())
                .isTrue();
    }

    @Test
    void oneManageGrantAmongUseGrantsIsEnoughToRefuseAnExternal() {
        ProductGrants grants = ProductGrants.of(ProductCatalogue.DEMO, Map.of(ProductId.of("mail"), ProductAccess.USE,
                ProductId.of("drive"), ProductAccess.USE, ProductId.of("domains"), ProductAccess.MANAGE));

        assertThat(rules.decide(Actor.member(LEGAL_REPRESENTATIVE), new Invite(EXTERNAL, grants), 1).outcome())
                .isEqualTo("external-cannot-manage-products");
        assertThat(rules.decide(Actor.member(LEGAL_REPRESENTATIVE), new Invite(EXTERNAL, grants.useOnly()), 1).isAllowed()).isTrue();
    }

    @Test
    void actionsNeedTheirParts() {
        assertThatThrownBy(() -> new ChangeRole(null, EXTERNAL)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ChangeRole(Target.other(COLLABORATOR), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SetProducts(Target.other(COLLABORATOR), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Invite(null, ProductGrants.NONE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Remove(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> rules.decide(null, new Leave(), 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> rules.decide(Actor.nonMember(), null, 1)).isInstanceOf(NullPointerException.class);
    }
}
