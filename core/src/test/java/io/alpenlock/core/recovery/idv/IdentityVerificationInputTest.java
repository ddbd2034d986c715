package io.alpenlock.core.recovery.idv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import io.alpenlock.core.phone.PhoneNumberPolicy;
import io.alpenlock.core.phone.PhoneNumberResult;
import io.alpenlock.core.phone.PhoneNumbers;
import org.junit.jupiter.api.Test;

class IdentityVerificationInputTest {

    private static final Function<String, PhoneNumberResult> PHONES =
            text -> PhoneNumbers.normalise(text, PhoneNumberPolicy.DEFAULT);

    @Test
    void aNameAContactAndAMessageMakeAValidRequest() {
        var result = IdentityVerificationInput.validate("  Anna Muster ", "anna@example.org", "", " I lost my phone. ",
                PHONES);
        assertThat(result.isValid()).isTrue();
        var input = result.input().orElseThrow();
        assertThat(input.fullName()).isEqualTo("Anna Muster");
        assertThat(input.contactEmail()).isEqualTo("anna@example.org");
        assertThat(input.contactPhone()).isNull();
        assertThat(input.message()).isEqualTo("I lost my phone.");
    }

    @Test
    void aPhoneAloneIsEnoughAndIsNormalised() {
        var result = IdentityVerificationInput.validate("Anna", "", "079 123 45 67", "help", PHONES);
        assertThat(result.input().orElseThrow().contactPhone().value()).isEqualTo("+41791234567");
    }

    @Test
    void withoutAnyContactTheEmailFieldSaysSo() {
        var result = IdentityVerificationInput.validate("Anna", " ", "", "help", PHONES);
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).containsEntry("contactEmail", IdentityVerificationInput.CONTACT_MISSING);
    }

    @Test
    void badEmailsAndPhonesAreRefusedWithTheirReason() {
        var result = IdentityVerificationInput.validate("Anna", "not-an-address", "+1 900 555 0100", "help", PHONES);
        assertThat(result.errors()).containsEntry("contactEmail", IdentityVerificationInput.EMAIL_INVALID)
                .containsKey("contactPhone");
        assertThat(result.errors().get("contactPhone")).startsWith("alpenlockPhone");
    }

    @Test
    void markupIsRefusedButALoneAngleBracketIsText() {
        assertThat(IdentityVerificationInput.validate("Anna", "a@b.ch", "", "<script>alert(1)</script>", PHONES)
                .errors()).containsEntry("message", IdentityVerificationInput.MARKUP);
        assertThat(IdentityVerificationInput.validate("<b>Anna</b>", "a@b.ch", "", "x", PHONES).errors())
                .containsEntry("fullName", IdentityVerificationInput.MARKUP);
        assertThat(IdentityVerificationInput.validate("Anna", "a@b.ch", "", "2 < 3 and 5 > 4", PHONES).isValid())
                .isTrue();
    }

    @Test
    void lengthsAreBounded() {
        var result = IdentityVerificationInput.validate("n".repeat(101), "a@b.ch", "", "m".repeat(1001), PHONES);
        assertThat(result.errors()).containsEntry("fullName", IdentityVerificationInput.NAME_TOO_LONG)
                .containsEntry("message", IdentityVerificationInput.MESSAGE_TOO_LONG);
        assertThat(IdentityVerificationInput.validate("n".repeat(100), "a@b.ch", "", "m".repeat(1000), PHONES)
                .isValid()).isTrue();
    }

    @Test
    void missingNameAndMessageAreNamed() {
        var result = IdentityVerificationInput.validate(null, "a@b.ch", null, null, PHONES);
        assertThat(result.errors()).containsEntry("fullName", IdentityVerificationInput.NAME_MISSING)
                .containsEntry("message", IdentityVerificationInput.MESSAGE_MISSING);
    }
}
