package io.alpenlock.organizations.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.roles.OrganizationRole;
import io.alpenlock.organizations.roles.RefusalReason;
import org.junit.jupiter.api.Test;

class PageMessagesTest {

    @Test
    void everyRefusalOfTheRulesHasItsOwnMessageOnThePage() {
        assertThat(PageMessages.REFUSED.keySet())
                .containsAll(Arrays.stream(RefusalReason.values()).map(RefusalReason::code).toList());
        assertThat(PageMessages.REFUSED.values()).doesNotHaveDuplicates();
    }

    @Test
    void everyRoleAndAccessHasALabel() {
        assertThat(PageMessages.ROLES.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(OrganizationRole.values()).map(OrganizationRole::wireName).toList());
        assertThat(PageMessages.ACCESS.keySet()).contains("none")
                .containsAll(Arrays.stream(ProductAccess.values()).map(ProductAccess::wireName).toList());
    }

    @Test
    void anUnknownCodeShowsTheGenericMessage() {
        assertThat(PageMessages.refused("something-else")).isEqualTo(PageMessages.REFUSED.get("invalid_request"));
    }
}
