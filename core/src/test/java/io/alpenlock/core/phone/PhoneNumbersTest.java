package io.alpenlock.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private static final PhoneNumberPolicy SWISS = PhoneNumberPolicy.DEFAULT;

    private static PhoneNumberResult.Valid valid(String input, PhoneNumberPolicy policy) {
        PhoneNumberResult result = PhoneNumbers.normalise(input, policy);
        assertThat(result).as(input).isInstanceOf(PhoneNumberResult.Valid.class);
        assertThat(result.isValid()).isTrue();
        return (PhoneNumberResult.Valid) result;
    }

    private static PhoneNumberProblem problem(String input, PhoneNumberPolicy policy) {
        PhoneNumberResult result = PhoneNumbers.normalise(input, policy);
        assertThat(result).as(input).isInstanceOf(PhoneNumberResult.Rejected.class);
        assertThat(result.isValid()).isFalse();
        return ((PhoneNumberResult.Rejected) result).problem();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "079 123 45 67        | +41791234567",
            "0791234567           | +41791234567",
            "+41 79 123 45 67     | +41791234567",
            "+41 (0)79 123 45 67  | +41791234567",
            "0041 79 123 45 67    | +41791234567",
            "(079) 123-45-67      | +41791234567",
            "079/123.45.67        | +41791234567",
            "'  079 123 45 67  '  | +41791234567",
            "+41\u00A079\u202F123\u00A045\u00A067 | +41791234567"})
    void normalisesWhatSwissPeopleTypeToE164(String input, String e164) {
        PhoneNumberResult.Valid result = valid(input, SWISS);
        assertThat(result.number().value()).isEqualTo(e164);
        assertThat(result.region()).isEqualTo("CH");
    }

    @ParameterizedTest
    @CsvSource({"+423 660 234 567, +423660234567, LI", "+49 1512 3456789, +4915123456789, DE",
            "0049 151 23456789, +4915123456789, DE", "+43 664 123456, +43664123456, AT",
            "+33 6 12 34 56 78, +33612345678, FR", "+39 312 345 6789, +393123456789, IT",
            "+34 612 34 56 78, +34612345678, ES"})
    void acceptsMobileNumbersOfEveryDefaultCountry(String input, String e164, String region) {
        PhoneNumberResult.Valid result = valid(input, SWISS);
        assertThat(result.number()).isEqualTo(new E164Number(e164));
        assertThat(result.region()).isEqualTo(region);
    }

    @Test
    void readsNationalNumbersInTheDefaultRegion() {
        PhoneNumberPolicy german = PhoneNumberPolicy.of("DE", "DE, CH");
        assertThat(valid("01512 3456789", german).number().value()).isEqualTo("+4915123456789");
        assertThat(valid("0041 79 123 45 67", german).number().value()).isEqualTo("+41791234567");
        PhoneNumberPolicy french = PhoneNumberPolicy.of("FR", "FR");
        assertThat(valid("06 12 34 56 78", french).number().value()).isEqualTo("+33612345678");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void emptyInputIsEmpty(String input) {
        assertThat(problem(input, SWISS)).isEqualTo(PhoneNumberProblem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "079 123 45 67 ext. 12", "079 123 45 67 x12", "079 123 45 67;ext=12",
            "1-800-FLOWERS", "tel:+41791234567", "+41 79 123 45 67#", "++41791234567", "41+791234567", "()",
            "+", "---", "0", "+41", "079 123 45 67 0000000000000000000000000000",
            "٠٧٩١٢٣٤٥٦٧", "０７９１２３４５６７", "079 123 45 67\u0000", "<script>"})
    void textThatIsNotAPhoneNumberIsRefused(String input) {
        assertThat(problem(input, SWISS)).isEqualTo(PhoneNumberProblem.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"079 123 45", "+41 76 123 45 6", "+41 79 123 45 678", "074 123 45 67",
            "+41 791234567890123", "+999 123 456 789", "00"})
    void numbersThatAreNotValidForTheirCountryAreInvalid(String input) {
        assertThat(problem(input, SWISS)).isEqualTo(PhoneNumberProblem.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 7400 123456", "+1 201-555-0123", "+377 6 12 34 56 78", "+7 912 345-67-89",
            "+882 3456 7890", "+800 1234 5678", "+44 7700 900123", "+39 06 6981 2345"})
    void numbersOfCountriesOutsideTheAllowListAreRefused(String input) {
        assertThat(problem(input, SWISS)).isEqualTo(PhoneNumberProblem.COUNTRY_NOT_ALLOWED);
    }

    @Test
    void theExactRegionMustBeAllowedNotJustTheCountryCode() {
        // +39 06 698... is the Vatican, which shares +39 with Italy
        assertThat(problem("+39 06 6981 2345", PhoneNumberPolicy.of("IT", "IT"))).isEqualTo(
                PhoneNumberProblem.COUNTRY_NOT_ALLOWED);
        assertThat(problem("+39 06 6981 2345", PhoneNumberPolicy.of("IT", "IT VA"))).isEqualTo(
                PhoneNumberProblem.CANNOT_RECEIVE_SMS);
    }

    @Test
    void otherCountriesWorkOnceAllowed() {
        PhoneNumberPolicy wide = PhoneNumberPolicy.of("CH", "CH GB US");
        assertThat(valid("+44 7400 123456", wide).region()).isEqualTo("GB");
        PhoneNumberResult.Valid american = valid("+1 201-555-0123", wide);
        assertThat(american.region()).isEqualTo("US");
        assertThat(american.number().value()).isEqualTo("+12015550123");
        assertThat(problem("+1 800 234 5678", wide)).isEqualTo(PhoneNumberProblem.CANNOT_RECEIVE_SMS);
    }

    @ParameterizedTest
    @CsvSource({"044 668 18 00, fixed line", "021 234 56 78, fixed line", "0800 123 456, toll free",
            "0900 123 456, premium rate", "0848 123 456, shared cost", "074 012 34 56, pager",
            "+49 30 123456, fixed line", "+49 900 1 234567, premium rate", "+43 780 123456, VoIP",
            "+33 1 23 45 67 89, fixed line", "+33 9 12 34 56 78, VoIP", "+39 02 1234 5678, fixed line",
            "+34 810 12 34 56, fixed line", "+423 234 56 78, fixed line"})
    void numbersThatCannotReceiveSmsAreRefused(String input, String kind) {
        assertThat(problem(input, SWISS)).as(kind).isEqualTo(PhoneNumberProblem.CANNOT_RECEIVE_SMS);
    }

    @Test
    void everyProblemHasAThemeMessageKey() {
        assertThat(PhoneNumberProblem.values()).extracting(PhoneNumberProblem::messageKey)
                .allMatch(key -> key.startsWith("alpenlockPhone")).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+41791234567   | +41 •• ••• •• 67",
            "+4915123456789 | +49 •••• •••••89",
            "+423660234567  | +423 ••• ••• •67",
            "+33612345678   | +33 • •• •• •• 78",
            "+12015550123   | +1 •••-•••-••23",
            "+43664123456   | +43 ••• ••••56"})
    void masksAllButTheCountryCodeAndTheLastTwoDigits(String e164, String masked) {
        assertThat(PhoneNumbers.mask(new E164Number(e164))).isEqualTo(masked);
        assertThat(new E164Number(e164).masked()).isEqualTo(masked);
    }

    @Test
    void masksNumbersLibphonenumberCannotFormatWithoutRevealingMoreDigits() {
        assertThat(PhoneNumbers.mask(new E164Number("+99912345678"))).isEqualTo("+•• ••• •• 78");
        assertThat(PhoneNumbers.mask(new E164Number("+41791234567890"))).isEqualTo("+41 ••••••••••90");
    }

    @Test
    void knowsTheRegionOfANumber() {
        assertThat(PhoneNumbers.region(new E164Number("+41791234567"))).contains("CH");
        assertThat(PhoneNumbers.region(new E164Number("+423660234567"))).contains("LI");
        assertThat(PhoneNumbers.region(new E164Number("+12015550123"))).contains("US");
        assertThat(PhoneNumbers.region(new E164Number("+390669812345"))).contains("VA");
        assertThat(PhoneNumbers.region(new E164Number("+80012345678"))).isEmpty();
        assertThat(PhoneNumbers.region(new E164Number("+99912345678"))).isEmpty();
        assertThat(PhoneNumbers.region(new E164Number("+4179123456"))).isEmpty();
    }

    @Test
    void aPolicyIsRequired() {
        assertThatThrownBy(() -> PhoneNumbers.normalise("079 123 45 67", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PhoneNumbers.mask(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PhoneNumbers.region(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void normalisedNumbersAreStableWhenNormalisedAgain() {
        for (String input : Set.of("079 123 45 67", "+49 1512 3456789", "+423 660 234 567")) {
            E164Number once = valid(input, SWISS).number();
            assertThat(valid(once.value(), SWISS).number()).isEqualTo(once);
        }
    }
}
