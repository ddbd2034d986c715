package io.alpenlock.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberPolicyTest {

    @Test
    void defaultsToSwitzerlandAndItsNeighbours() {
        assertThat(PhoneNumberPolicy.DEFAULT.defaultRegion()).isEqualTo("CH");
        assertThat(PhoneNumberPolicy.DEFAULT.allowedRegions())
                .containsExactly("AT", "CH", "DE", "ES", "FR", "IT", "LI");
    }

    @Test
    void aMissingConfigGivesTheDefaults() throws InvalidConfigException {
        assertThat(PhoneNumberPolicy.from((Map<String, String>) null)).isEqualTo(PhoneNumberPolicy.DEFAULT);
        assertThat(PhoneNumberPolicy.from(Map.of())).isEqualTo(PhoneNumberPolicy.DEFAULT);
        Map<String, String> blank = new HashMap<>();
        blank.put(PhoneNumberPolicy.DEFAULT_REGION, "  ");
        blank.put(PhoneNumberPolicy.ALLOWED_COUNTRIES, null);
        assertThat(PhoneNumberPolicy.from(blank)).isEqualTo(PhoneNumberPolicy.DEFAULT);
    }

    @Test
    void readsRegionsSeparatedByCommasOrSpacesInAnyCase() throws InvalidConfigException {
        PhoneNumberPolicy policy = PhoneNumberPolicy.from(Map.of(PhoneNumberPolicy.DEFAULT_REGION, " de ",
                PhoneNumberPolicy.ALLOWED_COUNTRIES, "de,at  ch;\tLi, DE,"));
        assertThat(policy.defaultRegion()).isEqualTo("DE");
        assertThat(policy.allowedRegions()).containsExactly("AT", "CH", "DE", "LI");
        assertThat(policy.allows("AT")).isTrue();
        assertThat(policy.allows("FR")).isFalse();
        assertThat(policy.allows(null)).isFalse();
    }

    @Test
    void namesEveryBadRegionCodeAndTheKey() {
        assertThatThrownBy(() -> PhoneNumberPolicy.from(Map.of(PhoneNumberPolicy.ALLOWED_COUNTRIES,
                "CH, XX, Switzerland, 001")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(PhoneNumberPolicy.ALLOWED_COUNTRIES + " is invalid: 'XX', 'Switzerland', '001' are not a"
                        + " two-letter ISO 3166-1 region code; expected e.g. CH, LI, DE");
    }

    @Test
    void pointsOutThatTheUnitedKingdomIsGb() {
        assertThatThrownBy(() -> PhoneNumberPolicy.parseRegions("CH uk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'uk' is not").hasMessageContaining("the United Kingdom is GB");
        assertThat(PhoneNumberPolicy.parseRegions("ch gb")).containsExactly("CH", "GB");
    }

    @Test
    void reportsABadDefaultRegionAndABadListTogether() {
        assertThatThrownBy(() -> PhoneNumberPolicy.from(Map.of(PhoneNumberPolicy.DEFAULT_REGION, "Schweiz",
                PhoneNumberPolicy.ALLOWED_COUNTRIES, "CH ZZ")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::option)
                        .containsExactly(PhoneNumberPolicy.DEFAULT_REGION, PhoneNumberPolicy.ALLOWED_COUNTRIES));
    }

    @Test
    void theDefaultRegionMustBeAllowed() {
        assertThatThrownBy(() -> PhoneNumberPolicy.from(Map.of(PhoneNumberPolicy.DEFAULT_REGION, "GB")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(PhoneNumberPolicy.DEFAULT_REGION + " is GB, which is not among the allowed countries ("
                        + PhoneNumberPolicy.ALLOWED_COUNTRIES + ")");
        assertThatThrownBy(() -> PhoneNumberPolicy.of("FR", "CH DE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the default region FR is not among the allowed countries CH, DE");
    }

    @Test
    void commandLineOptionsAreNamedAsTyped() {
        ConfigValues options = ConfigValues.of(Map.of(PhoneNumberPolicy.ALLOWED_COUNTRIES, "CH, Mars"),
                "--spi-x--y--");
        assertThatThrownBy(() -> PhoneNumberPolicy.from(options)).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("--spi-x--y--" + PhoneNumberPolicy.ALLOWED_COUNTRIES + " is invalid: 'Mars'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", " , ;"})
    void anEmptyAllowListMeansTheDefaultList(String text) {
        assertThat(PhoneNumberPolicy.of("CH", text).allowedRegions())
                .isEqualTo(PhoneNumberPolicy.DEFAULT_ALLOWED_REGIONS);
        assertThat(PhoneNumberPolicy.of(null, Set.of())).isEqualTo(PhoneNumberPolicy.DEFAULT);
        assertThat(new PhoneNumberPolicy(null, null)).isEqualTo(PhoneNumberPolicy.DEFAULT);
    }

    @Test
    void theCanonicalConstructorChecksAndNormalisesToo() {
        assertThat(new PhoneNumberPolicy("li", new TreeSet<>(Set.of("li", "ch")))).isEqualTo(
                PhoneNumberPolicy.of("LI", "CH LI"));
        assertThatThrownBy(() -> PhoneNumberPolicy.of("CH", Set.of("CH", "XY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'XY'");
    }

    @Test
    void theAllowListCannotBeChangedFromOutside() {
        TreeSet<String> regions = new TreeSet<>(Set.of("CH"));
        PhoneNumberPolicy policy = new PhoneNumberPolicy("CH", regions);
        regions.add("GB");
        assertThat(policy.allowedRegions()).containsExactly("CH");
        assertThatThrownBy(() -> policy.allowedRegions().add("GB")).isInstanceOf(UnsupportedOperationException.class);
    }
}
