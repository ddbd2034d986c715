package io.alpenlock.core.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmsMessageTest {

    @Test
    void acceptsE164NumbersOnly() {
        assertThat(new SmsMessage("+41791234567", "Code 123456").to()).isEqualTo("+41791234567");
        for (String bad : new String[] {"0791234567", "+0791234567", "41791234567", "+41 79 123 45 67", "+1234",
                "+1234567890123456"}) {
            assertThatThrownBy(() -> new SmsMessage(bad, "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(bad);
        }
    }

    @Test
    void bodyMustHaveOneTo1600Characters() {
        assertThatThrownBy(() -> new SmsMessage("+41791234567", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsMessage("+41791234567", "x".repeat(1601)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SmsMessage("+41791234567", "x".repeat(1600)).body()).hasSize(1600);
    }

    @Test
    void toStringHidesTheBodyAndMostOfTheNumber() {
        SmsMessage message = new SmsMessage("+41791234567", "Your code is 123456");
        assertThat(message.toString()).doesNotContain("123456").doesNotContain("791234567")
                .contains("+41*******67").contains("19 characters");
        assertThat(message.maskedTo()).isEqualTo("+41*******67");
    }
}
