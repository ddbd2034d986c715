package io.alpenlock.themes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the files of the {@code alpenlock} theme as they are packaged (target/classes), so every test
 * covers theme types, languages and templates added later without being edited.
 */
final class ThemeFiles {

    static final String THEME_NAME = "alpenlock";
    static final String REFERENCE_LANGUAGE = "en";
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it");

    private static final Pattern MESSAGES_FILE = Pattern.compile("messages_([A-Za-z_]+)\\.properties");

    private ThemeFiles() {
    }

    /** The folder that holds one sub-folder per theme type (login, email, account...). */
    static Path themeRoot() {
        URL url = ThemeFiles.class.getClassLoader().getResource("theme/" + THEME_NAME);
        if (url == null) {
            throw new IllegalStateException("theme/" + THEME_NAME + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path resourcesRoot() {
        return themeRoot().getParent().getParent();
    }

    static List<Path> typeDirectories() {
        try (Stream<Path> children = Files.list(themeRoot())) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path typeDirectory(String type) {
        return themeRoot().resolve(type);
    }

    static Properties themeProperties(Path typeDirectory) {
        return readProperties(typeDirectory.resolve("theme.properties"));
    }

    static List<String> declaredLocales(Path typeDirectory) {
        String locales = themeProperties(typeDirectory).getProperty("locales", "");
        return Arrays.stream(locales.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Language tag ("en", "pt_BR"...) of every messages_*.properties file of a theme type. */
    static List<String> messageLanguages(Path typeDirectory) {
        Path messages = typeDirectory.resolve("messages");
        if (!Files.isDirectory(messages)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(messages)) {
            List<String> languages = new ArrayList<>();
            files.map(f -> MESSAGES_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .forEach(m -> languages.add(m.group(1)));
            languages.sort(null);
            return languages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path messagesFile(Path typeDirectory, String language) {
        return typeDirectory.resolve("messages").resolve("messages_" + language + ".properties");
    }

    static Properties messages(Path typeDirectory, String language) {
        return readProperties(messagesFile(typeDirectory, language));
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language.replace('_', '-'));
    }

    /** Names of the .ftl files in a folder, e.g. {@code alpenlock-password-changed.ftl}. */
    static List<String> templateNames(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesUnder(Path directory, String suffix) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file that must be valid UTF-8, as Keycloak 26 reads theme bundles. */
    static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a properties file as UTF-8 and refuses a key that is written twice (the second would win silently). */
    static Properties readProperties(Path file) {
        List<Object> duplicates = new ArrayList<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object previous = super.put(key, value);
                if (previous != null) {
                    duplicates.add(key);
                }
                return previous;
            }
        };
        try {
            properties.load(new StringReader(readUtf8(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException(file + " defines these keys more than once: " + duplicates);
        }
        return properties;
    }
}
