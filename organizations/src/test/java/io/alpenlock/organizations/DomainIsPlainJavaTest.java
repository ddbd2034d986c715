package io.alpenlock.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain packages are plain Java, so that they are tested without a server and survive Keycloak upgrades. */
class DomainIsPlainJavaTest {

    private static final Path SOURCES = Path.of("src/main/java/io/alpenlock/organizations");

    @ParameterizedTest
    @ValueSource(strings = {"roles", "products", "claim", "notices/content"})
    void noDomainClassImportsKeycloakOrJakarta(String domainPackage) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES.resolve(domainPackage))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }

        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(read(source))
                .doesNotContain("import org.keycloak", "import jakarta.", "import org.jboss"));
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
