package io.alpenlock.it.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks what we add to a stock Keycloak: our jars must not carry (and so override) any class that
 * Keycloak ships, everything outside our own packages must be relocated, and the total stays small.
 */
class DeployedJarsTest {

    private static final long MAX_PROVIDERS_BYTES = 25L * 1024 * 1024;

    private static Path keycloak;
    private static List<Path> ourJars;

    @BeforeAll
    static void locate() throws IOException {
        keycloak = Path.of(System.getProperty("alpenlock.keycloak.dir"));
        try (Stream<Path> files = Files.list(keycloak.resolve("providers"))) {
            ourJars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void distributionHasOurProviderJars() {
        assertThat(ourJars).extracting(p -> p.getFileName().toString())
                .contains("alpenlock-core.jar", "alpenlock-authenticators.jar", "alpenlock-organizations.jar",
                        "alpenlock-event-listeners.jar", "alpenlock-themes.jar", "alpenlock-user-storage.jar");
    }

    @Test
    void noClassInOurJarsIsAlsoShippedByKeycloak() throws IOException {
        Map<String, String> keycloakClasses = keycloakClasses();
        Map<String, String> clashes = new HashMap<>();
        for (Path jar : ourJars) {
            for (String name : classNames(jar)) {
                if (keycloakClasses.containsKey(name)) {
                    clashes.put(jar.getFileName() + "!" + name, keycloakClasses.get(name));
                }
            }
        }
        assertThat(keycloakClasses).hasSizeGreaterThan(10_000);
        assertThat(clashes).as("classes that would override Keycloak's own").isEmpty();
    }

    @Test
    void everyClassWeShipLivesUnderOurOwnPackage() throws IOException {
        for (Path jar : ourJars) {
            assertThat(classNames(jar))
                    .as("classes in %s outside io/alpenlock (third-party code must be relocated)", jar.getFileName())
                    .allMatch(name -> name.startsWith("io/alpenlock/"));
        }
    }

    @Test
    void everythingWeAddToProvidersStaysUnder25Megabytes() throws IOException {
        long total = 0;
        for (Path jar : ourJars) {
            total += Files.size(jar);
        }
        System.out.printf("providers/: %d jars, %.1f MB%n", ourJars.size(), total / 1024.0 / 1024.0);
        assertThat(total).isLessThanOrEqualTo(MAX_PROVIDERS_BYTES);
    }

    private static Map<String, String> keycloakClasses() throws IOException {
        Map<String, String> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(keycloak.resolve("lib"))) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                for (String name : classNames(jar)) {
                    classes.putIfAbsent(name, jar.getFileName().toString());
                }
            }
        }
        return classes;
    }

    /** Class entries, with multi-release prefixes removed; module-info is not a class anyone loads by name. */
    private static Set<String> classNames(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class"))
                    .map(n -> n.replaceFirst("^META-INF/versions/\\d+/", ""))
                    .filter(n -> !n.endsWith("module-info.class"))
                    .collect(Collectors.toSet());
        }
    }
}
