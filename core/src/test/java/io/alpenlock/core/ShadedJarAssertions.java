package io.alpenlock.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** For *IT tests that re-run unit tests on failsafe's class path, where the project's classes are the shaded jar. */
public final class ShadedJarAssertions {

    private ShadedJarAssertions() {
    }

    public static void loadedFromShadedJar(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(location.toAbsolutePath()).as(type.getName() + " must come from the shaded jar")
                    .isEqualTo(ShadedJar.path().toAbsolutePath());
            assertThat(type.getClassLoader().getResource(
                    "io/alpenlock/shaded/com/twilio/Twilio.class")).as("relocated SDK in the jar").isNotNull();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
