package io.alpenlock.authenticators.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigureTotpAppRequiredActionTest {

    @Test
    void secretIsShownInGroupsOfFourForTyping() {
        assertThat(ConfigureTotpAppRequiredAction.grouped("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
                .isEqualTo("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567");
        assertThat(ConfigureTotpAppRequiredAction.grouped("ABCDEF")).isEqualTo("ABCD EF");
    }
}
