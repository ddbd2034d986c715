package io.alpenlock.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxConfigTest {

    private static final String PREFIX = "--spi-alpenlock-sms-sender--outbox--";

    private static OutboxConfig config(Map<String, String> options, Map<String, String> system) {
        return OutboxConfig.from(ConfigValues.of(options, PREFIX), system::get);
    }

    @Test
    void defaultsToTheDataDirectoryOfKeycloak() {
        OutboxConfig config = config(Map.of(), Map.of("kc.home.dir", "/opt/keycloak", "java.io.tmpdir", "/tmp"));
        assertThat(config.directory()).isEqualTo(Path.of("/opt/keycloak/data/alpenlock-outbox"));
        assertThat(config.maxEntries()).isEqualTo(500);
        assertThat(config.isValid()).isTrue();
    }

    @Test
    void fallsBackToTheTemporaryDirectoryOutsideKeycloak() {
        assertThat(config(Map.of(), Map.of("java.io.tmpdir", "/var/tmp")).directory())
                .isEqualTo(Path.of("/var/tmp/alpenlock-outbox"));
    }

    @Test
    void directoryAndCapCanBeSet() {
        OutboxConfig config = config(Map.of("directory", "/srv/outbox/", "max-entries", "20"),
                Map.of("java.io.tmpdir", "/tmp"));
        assertThat(config.directory()).isEqualTo(Path.of("/srv/outbox"));
        assertThat(config.maxEntries()).isEqualTo(20);
    }

    @Test
    void invalidCapIsNamedAndTheDefaultKept() {
        OutboxConfig config = config(Map.of("max-entries", "0"), Map.of("java.io.tmpdir", "/tmp"));
        assertThat(config.maxEntries()).isEqualTo(500);
        assertThat(config.problems()).extracting(ConfigProblem::option).containsExactly(PREFIX + "max-entries");
    }
}
