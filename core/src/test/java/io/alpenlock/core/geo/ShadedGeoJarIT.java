package io.alpenlock.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.ShadedJarAssertions;
import io.alpenlock.core.geo.testing.MmdbWriter;
import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after {@code package}: loads the SHADED alpenlock-core jar in a fresh class loader that sees only the JDK and
 * JBoss Logging (which Keycloak provides), opens a real .mmdb file and looks addresses up. Proves that shading
 * with minimizeJar kept every class MaxMind's reader needs, under our prefix only.
 */
class ShadedGeoJarIT {

    @TempDir
    static Path dir;

    private static Path jar;
    private static URLClassLoader keycloakProvided;
    private static URLClassLoader shaded;

    @BeforeAll
    static void loadShadedJar() throws Exception {
        ShadedJarAssertions.loadedFromShadedJar(MaxMindGeoLocator.class);
        jar = Path.of(MaxMindGeoLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        keycloakProvided = new URLClassLoader("keycloak-provided", new URL[] {
            org.jboss.logging.Logger.class.getProtectionDomain().getCodeSource().getLocation()},
                ClassLoader.getPlatformClassLoader());
        shaded = new URLClassLoader("alpenlock-core", new URL[] {jar.toUri().toURL()}, keycloakProvided);
    }

    @AfterAll
    static void close() throws Exception {
        shaded.close();
        keycloakProvided.close();
    }

    private static Object open(Path file) throws Throwable {
        Method open = shaded.loadClass(MaxMindGeoLocator.class.getName()).getMethod("open", Path.class);
        try {
            return open.invoke(null, file);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void looksUpCityAndCountryWithTheShadedReader() throws Throwable {
        Path file = new MmdbWriter("GeoLite2-City")
                .network("127.0.0.0/8", MmdbWriter.city("Bern", "Switzerland"))
                .network("2001:db8::/32", MmdbWriter.country("Switzerland"))
                .writeTo(dir.resolve("GeoLite2-City.mmdb"));
        Object locator = open(file);
        try {
            assertThat(locator.getClass().getClassLoader()).isSameAs(shaded);
            Method lookup = locator.getClass().getMethod("approximateLocation", InetAddress.class);
            assertThat(lookup.invoke(locator, InetAddress.getByName("127.0.0.1"))).isEqualTo(Optional.of("Bern, Switzerland"));
            assertThat(lookup.invoke(locator, InetAddress.getByName("2001:db8::1"))).isEqualTo(Optional.of("Switzerland"));
            assertThat(lookup.invoke(locator, InetAddress.getByName("192.0.2.1"))).isEqualTo(Optional.empty());
        } finally {
            ((Closeable) locator).close();
        }
    }

    @Test
    void refusesABadFileWithItsName() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.mmdb"), "not a database");
        assertThatThrownBy(() -> open(bad))
                .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(GeoDatabaseException.class.getName()))
                .hasMessageContaining(bad.toAbsolutePath().toString());
    }

    @Test
    void theReaderIsOnlyReachableUnderTheShadedPrefix() throws Exception {
        assertThat(shaded.loadClass("io.alpenlock.shaded.com.maxmind.db.Reader").getClassLoader()).isSameAs(shaded);
        assertThatThrownBy(() -> shaded.loadClass("com.maxmind.db.Reader")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void everyClassOfTheReaderIsInTheJar() throws Exception {
        Path original = Path.of(com.maxmind.db.Reader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> expected;
        try (JarFile file = new JarFile(original.toFile())) {
            expected = Collections.list(file.entries()).stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("com/maxmind/") && n.endsWith(".class"))
                    .map(n -> "io/alpenlock/shaded/" + n).toList();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> present = Collections.list(file.entries()).stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("io/alpenlock/shaded/com/maxmind/") && n.endsWith(".class")).toList();
            assertThat(expected).isNotEmpty();
            assertThat(present).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
