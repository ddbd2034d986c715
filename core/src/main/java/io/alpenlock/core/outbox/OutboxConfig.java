package io.alpenlock.core.outbox;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the dev outbox lives and how many entries it keeps. Default directory:
 * {@code ${kc.home.dir}/data/alpenlock-outbox}, or {@code ${java.io.tmpdir}/alpenlock-outbox} outside Keycloak.
 */
public record OutboxConfig(Path directory, int maxEntries, List<ConfigProblem> problems) {

    public static final String DIRECTORY = "directory";
    public static final String MAX_ENTRIES = "max-entries";
    public static final int DEFAULT_MAX_ENTRIES = 500;
    public static final int LIMIT_MAX_ENTRIES = 100_000;
    public static final String DIRECTORY_NAME = "alpenlock-outbox";

    public OutboxConfig {
        problems = List.copyOf(problems);
    }

    /**
     * @param systemProperty system property lookup ({@code System::getProperty} in production)
     */
    public static OutboxConfig from(ConfigValues values, UnaryOperator<String> systemProperty) {
        List<ConfigProblem> problems = new ArrayList<>();
        Path directory = defaultDirectory(systemProperty);
        Optional<String> configured = values.text(DIRECTORY);
        if (configured.isPresent()) {
            try {
                directory = Path.of(configured.get());
            } catch (InvalidPathException e) {
                problems.add(new ConfigProblem(values.option(DIRECTORY), "is not a valid directory path"));
            }
        }
        int max = values.integer(MAX_ENTRIES, DEFAULT_MAX_ENTRIES, 1, LIMIT_MAX_ENTRIES, problems);
        return new OutboxConfig(directory.toAbsolutePath().normalize(), max, problems);
    }

    static Path defaultDirectory(UnaryOperator<String> systemProperty) {
        String home = systemProperty.apply("kc.home.dir");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "data", DIRECTORY_NAME);
        }
        return Path.of(systemProperty.apply("java.io.tmpdir"), DIRECTORY_NAME);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
