package io.alpenlock.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.phone.E164Number;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactMaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alice@example.org               | a•••e@example.org",
            "Alice.Smith+news@Example.ORG    | A•••s@Example.ORG",
            "bob@example.org                 | b•••b@example.org",
            "jo@example.org                  | j•••@example.org",
            "j@example.org                   | j•••@example.org",
            "'  alice@example.org  '         | a•••e@example.org",
            "émilie@exemple.fr               | é•••e@exemple.fr",
            "\"a@b\"@example.org             | \"•••\"@example.org",
            "😀x😀@example.org               | 😀•••😀@example.org",
            "用户@例子.中国                    | 用•••@例子.中国"})
    void keepsFirstAndLastCharacterOfTheLocalPartAndTheDomain(String address, String masked) {
        assertThat(ContactMasking.maskEmail(address)).isEqualTo(masked);
    }

    @Test
    void neverRevealsTheLengthOfTheLocalPart() {
        assertThat(ContactMasking.maskEmail("ab@example.org")).isEqualTo(ContactMasking.maskEmail("a@example.org"));
        assertThat(ContactMasking.maskEmail("alongname@x.org")).hasSameSizeAs(ContactMasking.maskEmail("ame@x.org"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "alice", "@example.org", "alice@", "@"})
    void hidesWhatIsNotAnAddressCompletely(String address) {
        assertThat(ContactMasking.maskEmail(address)).isEqualTo(ContactMasking.HIDDEN);
    }

    @Test
    void masksPhoneNumbersLikePhoneNumbers() {
        assertThat(ContactMasking.maskPhone(new E164Number("+41791234567"))).isEqualTo("+41 •• ••• •• 67");
    }
}
