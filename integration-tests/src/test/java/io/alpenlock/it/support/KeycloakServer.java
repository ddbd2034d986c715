package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak distribution assembled by the {@code distribution} module, copied to a work
 * folder and started with {@code kc.sh start-dev} on free loopback ports, the way
 * {@code ./alpenlock run} starts it.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-it-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final Path home;
    private final Path log;
    private final int httpPort;
    private final Process process;

    private final int smtpPort;
    private KeycloakServer(Path home, Path log, int httpPort, int smtpPort, Process process) {
        this.home = home;
        this.log = log;
        this.httpPort = httpPort;
        this.smtpPort = smtpPort;
        this.process = process;
    }

    /** The port of the test's SMTP server this Keycloak was started with. */
    public int smtpPort() {
        return smtpPort;
    }

    public static KeycloakServer start(ServerProfile profile, int smtpPort) {
        return start(profile.name().toLowerCase(), profile.options(), smtpPort);
    }

    /**
     * Starts a server named {@code name} (its home and log under the work directory) with options as
     * resolved by the caller (placeholders filled in).
     */
    public static KeycloakServer start(String name, List<String> options, int smtpPort) {
        try {
            Path source = Path.of(TestSettings.keycloakDir());
            if (!Files.isDirectory(source.resolve("providers"))) {
                throw new IllegalStateException("No assembled Keycloak at " + source + ": build the distribution module first");
            }
            Path work = Path.of(TestSettings.workDir());
            Path home = work.resolve("keycloak-" + name);
            deleteRecursively(home);
            Files.createDirectories(work);
            run(List.of("cp", "-a", source.toString(), home.toString()));

            int httpPort = freePort();
            int managementPort = freePort();
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--import-realm"));
            command.addAll(TestSettings.databaseOptions());
            command.addAll(options);

            Path log = work.resolve("keycloak-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("ALPENLOCK_SMTP_HOST", "127.0.0.1");
            env.put("ALPENLOCK_SMTP_PORT", Integer.toString(smtpPort));
            KeycloakServer server = new KeycloakServer(home, log, httpPort, smtpPort, builder.start());
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public Path home() {
        return home;
    }

    /** Everything Keycloak has printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl("accounts") + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start (code " + process.exitValue() + "):\n" + tail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(child -> {
            child.destroy();
            child.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            child.destroyForcibly();
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("Command failed: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            run(List.of("rm", "-rf", dir.toString()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
