package io.alpenlock.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class RefusalReasonTest {

    @Test
    void codesAreUniqueKebabCaseAndNeverTheAllowedOutcome() {
        assertThat(Arrays.stream(RefusalReason.values()).map(RefusalReason::code))
                .doesNotHaveDuplicates()
                .doesNotContain(Decision.ALLOWED_OUTCOME)
                .allSatisfy(code -> assertThat(code).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void everyCodeIsTheConstantNameInKebabCaseSoThatNeitherDriftsAlone() {
        assertThat(RefusalReason.values()).allSatisfy(reason ->
                assertThat(reason.code()).isEqualTo(reason.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    @Test
    void messagesAreShortEnglishSentences() {
        assertThat(RefusalReason.values()).allSatisfy(reason -> assertThat(reason.message())
                .isNotBlank().hasSizeLessThan(140).endsWith("."));
    }
}
