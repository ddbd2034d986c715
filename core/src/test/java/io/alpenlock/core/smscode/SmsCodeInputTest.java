package io.alpenlock.core.smscode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCodeInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "123456            | 123456",
            "'123 456'         | 123456",
            "123-456           | 123456",
            "' 12 34 56 '      | 123456",
            "'-123456-'        | 123456",
            "'1 2 3 4 5 6'     | 123456",
            "'123\t456\n'      | 123456",
            "123\u00A0456      | 123456",
            "123\u2009456      | 123456",
            "123\u2013456      | 123456",
            "123\u2011456      | 123456",
            "123\u2212456      | 123456",
            "000042            | 000042",
            "12345678          | 12345678"})
    void acceptsDigitsWithSpacesAndDashesAnywhere(String input, String digits) {
        assertThat(SmsCodeInput.normalise(input)).contains(digits);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "---", "12345a", "123.456", "123_456", "123/456", "abcdef", "１２３４５６", "١٢٣٤٥٦",
            "12345\u0000", "123456789012345678", "+123456", "123,456", "<123456>"})
    void refusesAnythingElse(String input) {
        assertThat(SmsCodeInput.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {SmsCodeInput.MAX_INPUT_LENGTH + 1, 10_000})
    void refusesOverlongInputWithoutLookingAtIt(int length) {
        String input = "123456" + " ".repeat(length - 6);
        assertThat(SmsCodeInput.normalise(input)).isEmpty();
        assertThat(SmsCodeInput.normalise("123456" + " ".repeat(SmsCodeInput.MAX_INPUT_LENGTH - 6))).contains("123456");
    }
}
