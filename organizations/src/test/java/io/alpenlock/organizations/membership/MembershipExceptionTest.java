package io.alpenlock.organizations.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.organizations.roles.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipExceptionTest {

    @Test
    void notBeingAMemberAnswersExactlyLikeAnUnknownOrganization() {
        MembershipException notMember = MembershipException.refused(RefusalReason.NOT_A_MEMBER);
        MembershipException unknown = MembershipException.noSuchOrganization();

        assertThat(notMember.kind()).isEqualTo(unknown.kind()).isEqualTo(MembershipException.Kind.NOT_FOUND);
        assertThat(notMember.code()).isEqualTo(unknown.code());
        assertThat(notMember.getMessage()).isEqualTo(unknown.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = RefusalReason.class, names = "NOT_A_MEMBER", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRefusalKeepsTheRulesCodeAndMessage(RefusalReason reason) {
        MembershipException refused = MembershipException.refused(reason);

        assertThat(refused.code()).isEqualTo(reason.code());
        assertThat(refused.getMessage()).isEqualTo(reason.message());
        MembershipException.Kind expected = switch (reason) {
            case LAST_LEGAL_REPRESENTATIVE, ROLE_UNCHANGED -> MembershipException.Kind.CONFLICT;
            case PRODUCTS_ONLY_FOR_COLLABORATORS_AND_EXTERNALS, EXTERNAL_CANNOT_MANAGE_PRODUCTS -> MembershipException.Kind.INVALID;
            default -> MembershipException.Kind.FORBIDDEN;
        };
        assertThat(refused.kind()).isEqualTo(expected);
    }
}
