package io.alpenlock.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The jar is a theme Keycloak can load: declared types, parents, resources and e-mail template pairs. */
class ThemeStructureTest {

    private static final Map<String, String> PARENTS = Map.of(
            "login", "keycloak.v2",
            "email", "base",
            "account", "keycloak.v3");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");
    private static final String PLAIN_TEXT_HEADER = "<#ftl output_format=\"plainText\">";

    @Test
    void keycloakThemesJsonDeclaresAlpenlockWithExactlyTheTypeFoldersPresent() throws Exception {
        JsonNode descriptor = new ObjectMapper().readTree(
                ThemeFiles.resourcesRoot().resolve("META-INF/keycloak-themes.json").toFile());

        List<String> declaredTypes = new ArrayList<>();
        for (JsonNode theme : descriptor.path("themes")) {
            if (theme.path("name").asText().equals("alpenlock-mail")) {
                // the mail realm's login theme (mailbox federation): a login page only, on top of alpenlock
                assertThat(theme.path("types").toString()).isEqualTo("[\"login\"]");
                assertThat(ThemeFiles.resourcesRoot().resolve("theme/alpenlock-mail/login/login.ftl")).exists();
                continue;
            }
            assertThat(theme.path("name").asText()).isEqualTo(ThemeFiles.THEME_NAME);
            theme.path("types").forEach(type -> declaredTypes.add(type.asText()));
        }
        List<String> folders = ThemeFiles.typeDirectories().stream().map(p -> p.getFileName().toString()).toList();

        assertThat(declaredTypes).containsExactlyInAnyOrderElementsOf(folders).contains("login", "email");
    }

    @TestFactory
    Stream<DynamicTest> everyThemeTypeExtendsTheIntendedKeycloakTheme() {
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () ->
                assertThat(ThemeFiles.themeProperties(type).getProperty("parent"))
                        .as("parent in %s/theme.properties", name(type))
                        .isEqualTo(PARENTS.get(name(type)))));
    }

    @TestFactory
    Stream<DynamicTest> everyThemeTypeOffersEnglishSpanishFrenchGermanAndItalian() {
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () ->
                assertThat(ThemeFiles.declaredLocales(type)).as("locales in %s/theme.properties", name(type))
                        .containsExactlyInAnyOrderElementsOf(ThemeFiles.LANGUAGES)));
    }

    @Test
    void everyEmailTemplateHasAnHtmlAndAPlainTextPart() {
        Path email = ThemeFiles.typeDirectory("email");

        List<String> html = ThemeFiles.templateNames(email.resolve("html"));
        List<String> text = ThemeFiles.templateNames(email.resolve("text"));

        assertThat(html).contains("alpenlock-password-changed.ftl", "alpenlock-push-not-me.ftl",
                "alpenlock-two-factor-enabled.ftl", "alpenlock-two-factor-disabled.ftl", "alpenlock-app-added.ftl",
                "alpenlock-app-removed.ftl", "alpenlock-backup-code-used.ftl", "alpenlock-backup-codes-running-out.ftl",
                "alpenlock-backup-codes-regenerated.ftl");
        assertThat(text).as("text/ templates").containsExactlyElementsOf(html);
    }

    /** Keycloak treats every .ftl as HTML; a text part without this header would show &amp; and &lt;. */
    @Test
    void plainTextEmailTemplatesSwitchOffHtmlEscaping() {
        Path email = ThemeFiles.typeDirectory("email");

        assertThat(ThemeFiles.filesUnder(email.resolve("text"), ".ftl"))
                .allSatisfy(t -> assertThat(ThemeFiles.readUtf8(t)).startsWith(PLAIN_TEXT_HEADER));
        assertThat(ThemeFiles.filesUnder(email.resolve("html"), ".ftl"))
                .allSatisfy(t -> assertThat(ThemeFiles.readUtf8(t)).doesNotContain("plainText"));
    }

    /** Our own files named in theme.properties (the parent's, like css/styles.css, are not ours to check). */
    @TestFactory
    Stream<DynamicTest> stylesAndIconsNamedInThemePropertiesExist() {
        return ThemeFiles.typeDirectories().stream().map(type -> dynamicTest(name(type), () -> {
            Properties properties = ThemeFiles.themeProperties(type);
            for (String key : properties.stringPropertyNames()) {
                if (!key.equals("styles") && !key.equals("scripts") && !key.matches("(favicons|styles|scripts)\\.[^.]+")) {
                    continue;
                }
                for (String path : properties.getProperty(key).trim().split("\\s+")) {
                    if (path.contains(ThemeFiles.THEME_NAME)) {
                        assertThat(type.resolve("resources").resolve(path)).as("%s in %s/theme.properties", key, name(type))
                                .isRegularFile();
                    }
                }
            }
        }));
    }

    @Test
    void everyFileAStylesheetPointsToExists() {
        for (Path css : ThemeFiles.filesUnder(ThemeFiles.themeRoot(), ".css")) {
            Matcher matcher = CSS_URL.matcher(ThemeFiles.readUtf8(css));
            while (matcher.find()) {
                assertThat(css.getParent().resolve(matcher.group(1)).normalize()).as("url() in %s", css)
                        .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
            }
        }
    }

    private static String name(Path type) {
        return type.getFileName().toString();
    }
}
