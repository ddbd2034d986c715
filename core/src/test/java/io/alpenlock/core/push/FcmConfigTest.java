package io.alpenlock.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FcmConfigTest {

    private static final String PREFIX = "--spi-alpenlock-push-sender--fcm--";

    @TempDir
    Path dir;

    private static FcmConfig config(Map<String, String> options) {
        return FcmConfig.from(ConfigValues.of(options, PREFIX));
    }

    @Test
    void missingCredentialsFileIsNamed() {
        FcmConfig config = config(Map.of());
        assertThat(config.isValid()).isFalse();
        assertThat(config.problems()).extracting(ConfigProblem::describe)
                .containsExactly(PREFIX + "credentials-file is missing");
    }

    @Test
    void unreadableCredentialsFileIsNamed() {
        FcmConfig config = config(Map.of("credentials-file", dir.resolve("nope.json").toString()));
        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.option()).isEqualTo(PREFIX + "credentials-file");
            assertThat(p.reason()).contains("nope.json").contains("not a readable file");
        });
        assertThat(config(Map.of("credentials-file", dir.toString())).isValid()).as("a directory").isFalse();
    }

    @Test
    void defaultsAreFiveSecondsAndTwoMinutesToLive() throws IOException {
        Path file = Files.writeString(dir.resolve("key.json"), "{}");
        FcmConfig config = config(Map.of("credentials-file", file.toString()));
        assertThat(config.isValid()).isTrue();
        assertThat(config.credentialsFile()).isEqualTo(file);
        assertThat(config.projectId()).isEmpty();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.sendDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.ttl()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.apnsAlertLocKey()).isEqualTo("ALPENLOCK_LOGIN_REQUEST");
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.option("project-id")).isEqualTo(PREFIX + "project-id");
    }

    @Test
    void parsesEveryOption() throws IOException {
        Path file = Files.writeString(dir.resolve("key.json"), "{}");
        FcmConfig config = config(Map.of("credentials-file", file.toString(), "project-id", "alpenlock-demo",
                "connect-timeout-ms", "800", "read-timeout-ms", "900", "ttl-seconds", "0",
                "apns-alert-loc-key", "LOGIN", "base-url", "http://localhost:1234"));
        assertThat(config.isValid()).isTrue();
        assertThat(config.projectId()).contains("alpenlock-demo");
        assertThat(config.sendDeadline()).isEqualTo(Duration.ofMillis(1700));
        assertThat(config.ttl()).isZero();
        assertThat(config.apnsAlertLocKey()).isEqualTo("LOGIN");
        assertThat(config.baseUrl()).isPresent();
    }

    @Test
    void badValuesAreNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("key.json"), "{}");
        FcmConfig config = config(Map.of("credentials-file", file.toString(), "project-id", "Bad/Project",
                "ttl-seconds", "99999999", "read-timeout-ms", "0"));
        assertThat(config.problems()).extracting(ConfigProblem::option).containsExactlyInAnyOrder(
                PREFIX + "project-id", PREFIX + "ttl-seconds", PREFIX + "read-timeout-ms");
    }
}
