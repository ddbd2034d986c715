package io.alpenlock.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shaded jar built by {@code package}, named by the failsafe property {@code shaded.jar}. */
final class ShadedJar {

    private ShadedJar() {
    }

    static Path path() {
        String configured = System.getProperty("shaded.jar");
        Path jar = configured != null ? Path.of(configured)
                : Path.of("target", "alpenlock-core-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("shaded jar not found: " + jar.toAbsolutePath() + " (run mvn verify)");
        }
        return jar;
    }
}
