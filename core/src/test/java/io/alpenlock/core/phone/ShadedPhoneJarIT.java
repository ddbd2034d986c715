package io.alpenlock.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.ShadedJarAssertions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs after {@code package}: loads the SHADED alpenlock-core jar in a fresh class loader that sees only the JDK, so
 * the original libphonenumber (which is on failsafe's class path) cannot answer for it. libphonenumber reads its
 * metadata as class-path resources whose names are string constants; this proves that the relocation rewrote those
 * names together with the resources and that minimizeJar kept every metadata file and loader class.
 */
class ShadedPhoneJarIT {

    private static final String SHADED_DATA = "io/alpenlock/shaded/com/google/i18n/phonenumbers/data/";

    private static Path jar;
    private static URLClassLoader shaded;
    private static Object defaultPolicy;

    @BeforeAll
    static void loadShadedJar() throws Exception {
        ShadedJarAssertions.loadedFromShadedJar(PhoneNumbers.class);
        jar = Path.of(PhoneNumbers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        shaded = new URLClassLoader("alpenlock-core", new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        defaultPolicy = shaded.loadClass(PhoneNumberPolicy.class.getName()).getField("DEFAULT").get(null);
    }

    @AfterAll
    static void close() throws Exception {
        shaded.close();
    }

    private static Object call(Object target, String method, Object... args) throws Throwable {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Method found = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                found = candidate;
            }
        }
        assertThat(found).as(type.getName() + "." + method).isNotNull();
        try {
            return found.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object normalise(String input, Object policy) throws Throwable {
        return call(shaded.loadClass(PhoneNumbers.class.getName()), "normalise", input, policy);
    }

    @Test
    void normalisesASwissMobileNumberWithTheRelocatedMetadata() throws Throwable {
        Object result = normalise("079 123 45 67", defaultPolicy);
        assertThat(result.getClass().getClassLoader()).isSameAs(shaded);
        assertThat(result.getClass().getSimpleName()).isEqualTo("Valid");
        assertThat(call(call(result, "number"), "value")).isEqualTo("+41791234567");
        assertThat(call(result, "region")).isEqualTo("CH");
    }

    @ParameterizedTest
    @CsvSource({"+423 660 234 567, +423660234567", "0049 1512 3456789, +4915123456789", "+43 664 123456, +43664123456",
            "+33 6 12 34 56 78, +33612345678", "+39 312 345 6789, +393123456789", "+34 612 34 56 78, +34612345678"})
    void readsTheMetadataOfEveryDefaultCountry(String input, String e164) throws Throwable {
        assertThat(call(call(normalise(input, defaultPolicy), "number"), "value")).isEqualTo(e164);
    }

    @Test
    void numberTypesAndFormattingComeFromTheMetadataToo() throws Throwable {
        assertThat(call(normalise("044 668 18 00", defaultPolicy), "problem")).hasToString("CANNOT_RECEIVE_SMS");
        assertThat(call(normalise("+44 7400 123456", defaultPolicy), "problem")).hasToString("COUNTRY_NOT_ALLOWED");
        Class<?> e164 = shaded.loadClass(E164Number.class.getName());
        Object number = e164.getConstructor(String.class).newInstance("+41791234567");
        assertThat(call(number, "masked")).isEqualTo("+41 •• ••• •• 67");
        Object policy = call(shaded.loadClass(PhoneNumberPolicy.class.getName()), "of", "DE", "DE, CH");
        assertThat(call(call(normalise("01512 3456789", policy), "number"), "value")).isEqualTo("+4915123456789");
    }

    @Test
    void libphonenumberIsOnlyReachableUnderTheShadedPrefix() throws Exception {
        assertThat(shaded.loadClass("io.alpenlock.shaded.com.google.i18n.phonenumbers.PhoneNumberUtil")
                .getClassLoader()).isSameAs(shaded);
        assertThatThrownBy(() -> shaded.loadClass("com.google.i18n.phonenumbers.PhoneNumberUtil"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(shaded.getResource("com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_CH")).isNull();
        assertThat(shaded.getResource(SHADED_DATA + "PhoneNumberMetadataProto_CH")).isNotNull();
    }

    @Test
    void everyClassAndMetadataFileOfTheLibraryIsInTheJar() throws Exception {
        Path original = Path.of(com.google.i18n.phonenumbers.PhoneNumberUtil.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        List<String> expected;
        try (JarFile file = new JarFile(original.toFile())) {
            expected = Collections.list(file.entries()).stream().filter(e -> !e.isDirectory()).map(JarEntry::getName)
                    .filter(n -> n.startsWith("com/google/i18n/phonenumbers/")).map(n -> "io/alpenlock/shaded/" + n)
                    .toList();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> present = Collections.list(file.entries()).stream().filter(e -> !e.isDirectory())
                    .map(JarEntry::getName).filter(n -> n.startsWith("io/alpenlock/shaded/com/google/i18n/")).toList();
            assertThat(expected).filteredOn(n -> n.startsWith(SHADED_DATA + "PhoneNumberMetadataProto_"))
                    .hasSizeGreaterThan(240);
            assertThat(present).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
