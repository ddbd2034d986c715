package io.alpenlock.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The checker behind {@link ThemeMessageBundlesTest} catches each kind of translation mistake. */
class MessageBundleCheckerTest {

    @Test
    void agreeingBundlesHaveNoProblems() {
        var bundles = bundles(
                "en", bundle("alpenlockHello", "Hello {0}", "alpenlockBye", "Don''t go"),
                "de", bundle("alpenlockHello", "Hallo {0}", "alpenlockBye", "Bis bald"));

        assertThat(MessageBundleChecker.problems(bundles, "en")).isEmpty();
    }

    @Test
    void reportsAKeyThatALanguageIsMissing() {
        var bundles = bundles(
                "en", bundle("alpenlockHello", "Hello", "alpenlockBye", "Bye"),
                "fr", bundle("alpenlockHello", "Bonjour"));

        assertThat(MessageBundleChecker.problems(bundles, "en"))
                .containsExactly("fr: missing key alpenlockBye (present in en)");
    }

    @Test
    void reportsAKeyThatEnglishDoesNotHave() {
        var bundles = bundles(
                "en", bundle("alpenlockHello", "Hello"),
                "it", bundle("alpenlockHello", "Ciao", "alpenlockExtra", "In più"));

        assertThat(MessageBundleChecker.problems(bundles, "en"))
                .containsExactly("it: key alpenlockExtra is not in en");
    }

    @Test
    void reportsPlaceholdersThatDifferFromEnglish() {
        var bundles = bundles(
                "en", bundle("alpenlockIntro", "Account {1} at {0}"),
                "es", bundle("alpenlockIntro", "Cuenta {1}"));

        assertThat(MessageBundleChecker.problems(bundles, "en"))
                .containsExactly("es: alpenlockIntro uses placeholders [1] but en uses [0, 1]");
    }

    @Test
    void reportsASingleApostropheThatMessageFormatWouldSwallow() {
        var bundles = bundles("en", bundle("alpenlockOops", "Wasn't you?"));

        assertThat(MessageBundleChecker.problems(bundles, "en"))
                .containsExactly("en: alpenlockOops has a single apostrophe; MessageFormat drops it, write '' instead");
    }

    @Test
    void reportsNamedPlaceholdersAndKeysWithoutThePrefix() {
        var bundles = bundles("en", bundle("hello", "Hello {name}"));

        assertThat(MessageBundleChecker.problems(bundles, "en")).containsExactly(
                "en: key hello does not start with \"alpenlock\"",
                "en: hello has placeholder {name}; only {0}, {1}... are allowed",
                "en: hello is not a valid MessageFormat pattern: can't parse argument number: name");
    }

    private static Map<String, Properties> bundles(Object... languageAndBundle) {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (int i = 0; i < languageAndBundle.length; i += 2) {
            bundles.put((String) languageAndBundle[i], (Properties) languageAndBundle[i + 1]);
        }
        return bundles;
    }

    private static Properties bundle(String... keyAndValue) {
        Properties properties = new Properties();
        for (int i = 0; i < keyAndValue.length; i += 2) {
            properties.setProperty(keyAndValue[i], keyAndValue[i + 1]);
        }
        return properties;
    }
}
