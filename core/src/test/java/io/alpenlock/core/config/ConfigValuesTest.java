package io.alpenlock.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    private static final String PREFIX = "--spi-alpenlock-sms-sender--twilio--";

    private final List<ConfigProblem> problems = new ArrayList<>();

    private static ConfigValues values(Map<String, String> map) {
        return ConfigValues.of(map, PREFIX);
    }

    @Test
    void namesOptionsAsTypedOnTheCommandLine() {
        assertThat(values(Map.of()).option("account-sid")).isEqualTo("--spi-alpenlock-sms-sender--twilio--account-sid");
        assertThat(values(Map.of()).missing("from").describe())
                .isEqualTo("--spi-alpenlock-sms-sender--twilio--from is missing");
    }

    @Test
    void textIsTrimmedAndBlankCountsAsMissing() {
        ConfigValues values = values(Map.of("a", "  x  ", "b", "   "));
        assertThat(values.text("a")).contains("x");
        assertThat(values.text("b")).isEmpty();
        assertThat(values.text("c")).isEmpty();
        assertThat(values.has("a")).isTrue();
        assertThat(values.has("b")).isFalse();
    }

    @Test
    void acceptsAMissingLookupResult() {
        ConfigValues values = ConfigValues.of(key -> null, PREFIX);
        assertThat(values.integer("n", 7, 1, 10, problems)).isEqualTo(7);
        assertThat(problems).isEmpty();
    }

    @Test
    void integerOutsideRangeOrNotANumberFallsBackToDefaultAndNamesTheOption() {
        ConfigValues values = values(Map.of("low", "0", "text", "five", "ok", "9"));
        assertThat(values.integer("low", 5, 1, 10, problems)).isEqualTo(5);
        assertThat(values.integer("text", 5, 1, 10, problems)).isEqualTo(5);
        assertThat(values.integer("ok", 5, 1, 10, problems)).isEqualTo(9);
        assertThat(problems).extracting(ConfigProblem::option).containsExactly(PREFIX + "low", PREFIX + "text");
        assertThat(problems.get(0).reason()).isEqualTo("must be a whole number from 1 to 10");
    }

    @Test
    void parsedValuesUseTheParserAndReportItsMessage() {
        ConfigValues values = values(Map.of("ok", " 42 ", "bad", "x7"));
        java.util.function.Function<String, Integer> parser = text -> {
            if (!text.matches("\\d+")) {
                throw new IllegalArgumentException("'" + text + "' is not a count");
            }
            return Integer.parseInt(text);
        };
        assertThat(values.parsed("ok", 1, parser, problems)).isEqualTo(42);
        assertThat(values.parsed("missing", 1, parser, problems)).isEqualTo(1);
        assertThat(values.parsed("bad", 1, parser, problems)).isEqualTo(1);
        assertThat(problems).extracting(ConfigProblem::describe)
                .containsExactly(PREFIX + "bad is invalid: 'x7' is not a count");
    }

    @Test
    void millisecondsHaveADefaultAndAnUpperBound() {
        ConfigValues values = values(Map.of("fast", "250", "slow", "600000"));
        Duration max = Duration.ofSeconds(60);
        assertThat(values.millis("fast", Duration.ofSeconds(5), max, problems)).isEqualTo(Duration.ofMillis(250));
        assertThat(values.millis("absent", Duration.ofSeconds(5), max, problems)).isEqualTo(Duration.ofSeconds(5));
        assertThat(values.millis("slow", Duration.ofSeconds(5), max, problems)).isEqualTo(Duration.ofSeconds(5));
        assertThat(problems).singleElement().extracting(ConfigProblem::option).isEqualTo(PREFIX + "slow");
    }

    @Test
    void booleansAcceptOnlyTrueAndFalse() {
        ConfigValues values = values(Map.of("yes", "TRUE", "no", "false", "maybe", "yes"));
        assertThat(values.bool("yes", false, problems)).isTrue();
        assertThat(values.bool("no", true, problems)).isFalse();
        assertThat(values.bool("maybe", false, problems)).isFalse();
        assertThat(values.bool("absent", true, problems)).isTrue();
        assertThat(problems).singleElement().extracting(ConfigProblem::reason).isEqualTo("must be true or false");
    }

    @Test
    void httpUrlMustBeAbsoluteHttpWithoutQuery() {
        ConfigValues values = values(Map.of("ok", "http://localhost:8089/", "ftp", "ftp://x", "query",
                "https://x/?a=b", "relative", "/path", "garbage", "http://exa mple"));
        assertThat(values.httpUrl("ok", problems)).contains(URI.create("http://localhost:8089"));
        assertThat(values.httpUrl("absent", problems)).isEmpty();
        assertThat(values.httpUrl("ftp", problems)).isEmpty();
        assertThat(values.httpUrl("query", problems)).isEmpty();
        assertThat(values.httpUrl("relative", problems)).isEmpty();
        assertThat(values.httpUrl("garbage", problems)).isEmpty();
        assertThat(problems).hasSize(4)
                .allSatisfy(p -> assertThat(p.reason()).isEqualTo("must be an absolute http:// or https:// URL"));
    }

    @Test
    void invalidConfigExceptionListsEveryProblemWithoutValues() {
        InvalidConfigException e = new InvalidConfigException(List.of(
                new ConfigProblem("--a", "is missing"), new ConfigProblem("--b", "must be true or false")));
        assertThat(e).hasMessage("--a is missing; --b must be true or false");
        assertThat(e.problems()).hasSize(2);
    }
}
