package io.alpenlock.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules that depend on alpenlock-core compile against the shaded jar, where the SDKs are relocated: so no
 * public or protected member may expose a Twilio, Google or Apache HttpClient type.
 */
class PublicApiTest {

    private static final List<String> INTERNAL = List.of("com.twilio.", "com.google.", "org.apache.hc.",
            "io.opencensus.", "io.grpc.");

    @Test
    void exposesNoSdkTypes() throws Exception {
        Path root = Path.of(SmsSenderSpi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/alpenlock/core"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    check(type, leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static void check(Class<?> type, List<String> leaks) {
        List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        members.addAll(Arrays.asList(type.getDeclaredConstructors()));
        for (Executable member : members) {
            if (visible(member.getModifiers()) && !member.isSynthetic()) {
                List<Type> types = new ArrayList<>(Arrays.asList(member.getGenericParameterTypes()));
                if (member instanceof Method method) {
                    types.add(method.getGenericReturnType());
                }
                types.addAll(Arrays.asList(member.getGenericExceptionTypes()));
                types.stream().filter(PublicApiTest::isInternal).forEach(t -> leaks.add(member + " uses " + t));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && isInternal(field.getGenericType())) {
                leaks.add(field.toString());
            }
        }
        if (type.getSuperclass() != null && isInternal(type.getSuperclass())) {
            leaks.add(type + " extends " + type.getSuperclass());
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean isInternal(Type type) {
        String name = type.getTypeName();
        return INTERNAL.stream().anyMatch(name::contains);
    }

    @Test
    void constructorsOfFactoriesArePublicForServiceLoading() {
        for (Class<?> factory : List.of(TwilioSmsSenderProviderFactory.class, OutboxSmsSenderProviderFactory.class,
                FcmPushSenderProviderFactory.class, OutboxPushSenderProviderFactory.class,
                OutboxResourceProviderFactory.class, OutboxEmailSenderProviderFactory.class)) {
            assertThat(Arrays.stream(factory.getConstructors()).map(Constructor::getParameterCount))
                    .as(factory.getSimpleName()).contains(0);
        }
    }
}
