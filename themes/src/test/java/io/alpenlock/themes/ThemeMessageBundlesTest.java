package io.alpenlock.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every theme type folder (found on disk, so new types are covered) has one bundle per declared
 * language, and the bundles agree with English key for key and placeholder for placeholder.
 */
class ThemeMessageBundlesTest {

    /**
     * msg("alpenlockSomething" or msg('alpenlockSomething' in a template, or label="alpenlockSomething" given to
     * Keycloak's button macros (which pass it to msg()).
     */
    private static final Pattern MSG_CALL = Pattern.compile("(?:msg\\(\\s*|label=)[\"'](" + MessageBundleChecker.KEY_PREFIX + "\\w+)[\"']");

    @TestFactory
    Stream<DynamicTest> everyThemeTypeHasABundleForEachDeclaredLanguageAndNoOther() {
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () -> {
            assertThat(ThemeFiles.messageLanguages(type)).as("messages_*.properties in %s/messages", name(type))
                    .containsExactlyInAnyOrderElementsOf(ThemeFiles.declaredLocales(type));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyLanguageHasExactlyTheEnglishKeysWithTheSamePlaceholders() {
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () -> {
            Map<String, Properties> bundles = new LinkedHashMap<>();
            for (String language : ThemeFiles.messageLanguages(type)) {
                bundles.put(language, ThemeFiles.messages(type, language));
            }
            MessageBundleChecker.Syntax syntax = type.getFileName().toString().equals("account")
                    ? MessageBundleChecker.Syntax.I18NEXT : MessageBundleChecker.Syntax.MESSAGE_FORMAT;
            assertThat(MessageBundleChecker.problems(bundles, ThemeFiles.REFERENCE_LANGUAGE, syntax))
                    .as("message problems in %s", name(type))
                    .isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyKeyATemplateAsksForExistsInEnglish() {
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () -> {
            Properties english = ThemeFiles.messages(type, ThemeFiles.REFERENCE_LANGUAGE);
            assertThat(keysUsedByTemplates(type)).as("alpenlock keys used by %s templates", name(type))
                    .allSatisfy(key -> assertThat(english).containsKey(key));
        }));
    }

    /**
     * Keys nobody uses are dead weight for translators. A key counts as used when a template asks for
     * it, or when Java code of a module names it (form errors, credential names, e-mail subjects).
     */
    @TestFactory
    Stream<DynamicTest> everyEnglishKeyIsUsedByATemplateOrByJavaCode() {
        Set<String> usedByJava = keysNamedInJavaSources();
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () -> {
            Set<String> used = keysUsedByTemplates(type);
            Set<String> unused = new TreeSet<>(ThemeFiles.messages(type, ThemeFiles.REFERENCE_LANGUAGE).stringPropertyNames());
            unused.removeIf(key -> used.contains(key) || usedByJava.contains(key));
            assertThat(unused).as("keys in %s/messages_en.properties used by no template", name(type)).isEmpty();
        }));
    }

    /** String literals such as {@code "alpenlockAppCodeInvalid"} in the main Java sources of every module. */
    private static Set<String> keysNamedInJavaSources() {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(alpenlock[A-Za-z0-9-]+)\"");
        try (Stream<Path> modules = java.nio.file.Files.list(Path.of("..").toAbsolutePath().normalize())) {
            modules.map(module -> module.resolve("src/main/java"))
                    .filter(java.nio.file.Files::isDirectory)
                    .flatMap(ThemeMessageBundlesTest::walk)
                    .filter(p -> p.toString().endsWith(".java"))
                    .forEach(p -> {
                        Matcher matcher = literal.matcher(ThemeFiles.readUtf8(p));
                        while (matcher.find()) {
                            keys.add(matcher.group(1));
                        }
                    });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return keys;
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return java.nio.file.Files.walk(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> keysUsedByTemplates(Path type) {
        Set<String> keys = new TreeSet<>();
        List<Path> templates = new java.util.ArrayList<>(ThemeFiles.filesUnder(type, ".ftl"));
        // themes built on alpenlock (the mail realm's alpenlock-mail) use its messages
        Path child = ThemeFiles.resourcesRoot().resolve("theme/alpenlock-mail").resolve(type.getFileName());
        if (Files.isDirectory(child)) {
            templates.addAll(ThemeFiles.filesUnder(child, ".ftl"));
        }
        for (Path template : templates) {
            Matcher matcher = MSG_CALL.matcher(ThemeFiles.readUtf8(template));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static String name(Path type) {
        return type.getFileName().toString();
    }
}
