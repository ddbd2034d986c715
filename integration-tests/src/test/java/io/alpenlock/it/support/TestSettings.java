package io.alpenlock.it.support;

import java.util.ArrayList;
import java.util.List;

/** The system properties the build passes to the integration tests (see integration-tests/pom.xml). */
final class TestSettings {

    private TestSettings() {
    }

    static String keycloakDir() {
        return required("alpenlock.keycloak.dir");
    }

    static String workDir() {
        return System.getProperty("alpenlock.work.dir", "target/it-work");
    }

    static String database() {
        return System.getProperty("alpenlock.db", "dev-file");
    }

    /** Keycloak options for the database under test: dev-file H2 (default) or PostgreSQL. */
    static List<String> databaseOptions() {
        List<String> options = new ArrayList<>();
        if ("postgres".equals(database())) {
            options.add("--db=postgres");
            options.add("--db-url=" + required("alpenlock.db.url"));
            options.add("--db-username=" + required("alpenlock.db.username"));
            options.add("--db-password=" + System.getProperty("alpenlock.db.password", ""));
        } else if (!"dev-file".equals(database())) {
            throw new IllegalStateException("alpenlock.db must be dev-file or postgres, not " + database());
        }
        return options;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (run the tests through Maven)");
        }
        return value;
    }
}
