package io.alpenlock.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class E164NumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+41791234567", "+4915123456789", "+12015550123", "+29012345", "+123456789012345"})
    void acceptsTheE164Form(String text) {
        assertThat(new E164Number(text).value()).isEqualTo(text);
        assertThat(new E164Number(text)).hasToString(text);
        assertThat(E164Number.parse(text)).contains(new E164Number(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"41791234567", "+0791234567", "+41 79 123 45 67", "+4179123456789012", "+1234",
            " +41791234567", "+41791234567 ", "+41-791234567", "+٤١٧٩١٢٣٤٥٦٧", "0041791234567"})
    void refusesEverythingElseWithoutQuotingIt(String text) {
        assertThat(E164Number.parse(text)).isEmpty();
        if (text != null) {
            assertThatThrownBy(() -> new E164Number(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(text.isEmpty() ? "\u0000" : text);
        } else {
            assertThatThrownBy(() -> new E164Number(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
