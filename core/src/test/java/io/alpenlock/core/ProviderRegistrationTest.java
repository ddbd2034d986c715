package io.alpenlock.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Keycloak finds providers only through META-INF/services: every concrete ProviderFactory and Spi in this module
 * must be listed under each Keycloak factory interface it implements, and every listed class must exist.
 */
class ProviderRegistrationTest {

    private static Path classes() throws URISyntaxException {
        return Path.of(SmsSenderSpi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Class<?>> moduleClasses() throws Exception {
        Path root = classes();
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/alpenlock"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                result.add(Class.forName(name, false, ProviderRegistrationTest.class.getClassLoader()));
            }
        }
        return result;
    }

    private static List<String> services(String file) throws Exception {
        Path path = classes().resolve("META-INF/services").resolve(file);
        if (!Files.exists(path)) {
            return List.of();
        }
        return Files.readAllLines(path, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static boolean isConcrete(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
    }

    @Test
    void everyConcreteFactoryIsListedUnderItsFactoryInterface() throws Exception {
        Map<String, List<String>> missing = new TreeMap<>();
        int factories = 0;
        for (Class<?> type : moduleClasses()) {
            if (!isConcrete(type) || !ProviderFactory.class.isAssignableFrom(type)) {
                continue;
            }
            factories++;
            for (Class<?> contract : Arrays.stream(type.getInterfaces())
                    .filter(i -> ProviderFactory.class.isAssignableFrom(i) && i != ProviderFactory.class).toList()) {
                if (!services(contract.getName()).contains(type.getName())) {
                    missing.computeIfAbsent(contract.getName(), k -> new ArrayList<>()).add(type.getName());
                }
            }
        }
        assertThat(factories).isEqualTo(6);
        assertThat(missing).isEmpty();
    }

    @Test
    void everySpiIsListed() throws Exception {
        List<String> spis = moduleClasses().stream().filter(ProviderRegistrationTest::isConcrete)
                .filter(Spi.class::isAssignableFrom).map(Class::getName).toList();
        assertThat(spis).containsExactlyInAnyOrder(SmsSenderSpi.class.getName(), PushSenderSpi.class.getName());
        assertThat(services(Spi.class.getName())).containsExactlyInAnyOrderElementsOf(spis);
    }

    @Test
    void everyListedClassExistsAndImplementsTheService() throws Exception {
        try (Stream<Path> files = Files.list(classes().resolve("META-INF/services"))) {
            for (Path file : files.toList()) {
                Class<?> contract = Class.forName(file.getFileName().toString());
                for (String listed : services(file.getFileName().toString())) {
                    assertThat(contract.isAssignableFrom(Class.forName(listed))).as(listed).isTrue();
                }
            }
        }
    }

    @Test
    void spisArePublicAndNamedAsDocumented() {
        assertThat(new SmsSenderSpi().getName()).isEqualTo("alpenlock-sms-sender");
        assertThat(new SmsSenderSpi().isInternal()).isFalse();
        assertThat(new SmsSenderSpi().getProviderFactoryClass()).isEqualTo(SmsSenderProviderFactory.class);
        assertThat(new PushSenderSpi().getName()).isEqualTo("alpenlock-push-sender");
        assertThat(new PushSenderSpi().isInternal()).isFalse();
        assertThat(new PushSenderSpi().getProviderClass()).isEqualTo(PushSenderProvider.class);
    }

    /** Domain packages hold plain Java: no Keycloak types referenced anywhere in their bytecode. */
    @Test
    void domainPackagesDoNotReferenceKeycloak() throws Exception {
        Path root = classes().resolve("io/alpenlock/core");
        List<String> offenders = new ArrayList<>();
        for (String domain : List.of("sms", "push", "outbox", "config", "phone", "smscode", "recovery")) {
            try (Stream<Path> files = Files.walk(root.resolve(domain))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    if (contains(Files.readAllBytes(file), "org/keycloak")) {
                        offenders.add(root.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean contains(byte[] bytes, String text) throws IOException {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
