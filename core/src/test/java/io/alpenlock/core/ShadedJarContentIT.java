package io.alpenlock.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What the shaded jar may contain: our classes and resources under io/alpenlock/, its manifest, and service
 * registrations for Keycloak's and our own SPIs. Nothing that could clash with what Keycloak ships.
 */
class ShadedJarContentIT {

    /** Budget guard for the jar that goes to providers/ (the whole deployment must stay under 25 MB). */
    static final long MAX_BYTES = 6L * 1024 * 1024;

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(ShadedJar.path().toFile())) {
            return Collections.list(jar.entries()).stream().filter(e -> !e.isDirectory()).map(JarEntry::getName)
                    .toList();
        }
    }

    @Test
    void containsOnlyOurNamespaceTheManifestAndServiceRegistrations() throws IOException {
        List<String> foreign = entries().stream()
                .filter(name -> !name.startsWith("io/alpenlock/"))
                .filter(name -> !name.equals("META-INF/MANIFEST.MF"))
                .filter(name -> !name.matches("META-INF/services/(org\\.keycloak|io\\.alpenlock)\\.[\\w.$]+"))
                .toList();
        assertThat(foreign).isEmpty();
    }

    @Test
    void hasNoModuleInfoSignaturesOrBundledSlf4j() throws IOException {
        assertThat(entries()).noneMatch(name -> name.endsWith("module-info.class"))
                .noneMatch(name -> name.matches("META-INF/.*\\.(SF|RSA|DSA|EC)"))
                .noneMatch(name -> name.contains("org/slf4j/"))
                .noneMatch(name -> name.contains("com/fasterxml/jackson/"))
                .noneMatch(name -> name.contains("org/jboss/logging/"));
    }

    @Test
    void serviceRegistrationsNameOnlyOurClassesAndTheyAreInTheJar() throws IOException {
        Set<String> names = new HashSet<>(entries());
        try (JarFile jar = new JarFile(ShadedJar.path().toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().startsWith("META-INF/services/") && !entry.isDirectory()) {
                    String content = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    content.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .forEach(line -> {
                                assertThat(line).as(entry.getName()).startsWith("io.alpenlock.");
                                assertThat(names).as(entry.getName()).contains(line.replace('.', '/') + ".class");
                            });
                }
            }
        }
        assertThat(entries()).contains("META-INF/services/org.keycloak.provider.Spi",
                "META-INF/services/io.alpenlock.core.SmsSenderProviderFactory",
                "META-INF/services/io.alpenlock.core.PushSenderProviderFactory",
                "META-INF/services/org.keycloak.services.resource.RealmResourceProviderFactory",
                "META-INF/services/org.keycloak.email.EmailSenderProviderFactory");
    }

    @Test
    void shipsTheNoticesOfTheBundledSdks() throws IOException {
        assertThat(entries()).contains("io/alpenlock/shaded/THIRD-PARTY-NOTICES.txt");
    }

    @Test
    void staysWithinItsSizeBudget() throws IOException {
        long size = Files.size(ShadedJar.path());
        System.out.printf("alpenlock-core shaded jar: %d bytes (%.2f MB), %d entries%n", size,
                size / 1024.0 / 1024.0, entries().size());
        assertThat(size).isLessThan(MAX_BYTES);
    }

    // Overlap with Keycloak's own jars is checked against the assembled distribution (all of lib/) on every
    // run by integration-tests DeployedJarsTest, which needs no locally unpacked Keycloak.
}
