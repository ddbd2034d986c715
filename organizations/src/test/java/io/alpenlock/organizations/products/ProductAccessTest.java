package io.alpenlock.organizations.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductAccessTest {

    @ParameterizedTest
    @CsvSource({"use, USE", "manage, MANAGE", "' Use ', USE", "MANAGE, MANAGE"})
    void parsesUseAndManageIgnoringCaseAndSpaces(String text, ProductAccess expected) {
        assertThat(ProductAccess.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "read", "admin", "manager", "use,manage"})
    void refusesOtherLevels(String text) {
        assertThatThrownBy(() -> ProductAccess.parse(text))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage("Unknown product access '" + text + "': expected use or manage.");
    }

    @Test
    void manageIncludesUseButNotTheOtherWayRound() {
        assertThat(ProductAccess.MANAGE.includes(ProductAccess.USE)).isTrue();
        assertThat(ProductAccess.MANAGE.includes(ProductAccess.MANAGE)).isTrue();
        assertThat(ProductAccess.USE.includes(ProductAccess.USE)).isTrue();
        assertThat(ProductAccess.USE.includes(ProductAccess.MANAGE)).isFalse();
    }

    @Test
    void wireNamesReadBack() {
        for (ProductAccess access : ProductAccess.values()) {
            assertThat(ProductAccess.parse(access.wireName())).isSameAs(access);
        }
    }
}
