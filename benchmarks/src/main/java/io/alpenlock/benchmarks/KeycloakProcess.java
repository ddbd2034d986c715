package io.alpenlock.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The demo server as {@code ./alpenlock run} starts it (Keycloak {@code start-dev}, file-backed H2, our providers,
 * the demo realms, the dev outbox options), on a private copy of the built server tree and free loopback ports, so
 * that nothing else on the machine is touched. {@link #close()} stops exactly the processes it started.
 */
final class KeycloakProcess implements AutoCloseable {

    static final String ADMIN_USER = "admin";
    /** The bootstrap admin of this throw-away server (loopback only, deleted with the copy). */
    static final String ADMIN_PASSWORD = "bench-admin-password";
    /** As {@code dev_spi_options} in {@code ./alpenlock}: SMS, push and a copy of every e-mail go to the outbox. */
    static final List<String> DEMO_SPI_OPTIONS = List.of(
            "--spi-alpenlock-sms-sender--provider=outbox",
            "--spi-alpenlock-push-sender--provider=outbox",
            "--spi-email-sender--provider=alpenlock-outbox",
            "--spi-realm-restapi-extension--alpenlock-outbox--enabled=true");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final Path home;
    private final Path log;
    private final int httpPort;
    private final Process process;

    private KeycloakProcess(Path home, Path log, int httpPort, Process process) {
        this.home = home;
        this.log = log;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Copies {@code builtTree} into {@code workDir}, starts it and waits until the demo realm answers. */
    static KeycloakProcess start(Path builtTree, Path workDir) throws IOException, InterruptedException {
        return start(builtTree, workDir, List.of());
    }

    /**
     * As {@link #start(Path, Path)}, with more {@code kc.sh start-dev} options after the demo ones (for example
     * {@code --db=postgres …}).
     */
    static KeycloakProcess start(Path builtTree, Path workDir, List<String> moreOptions)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(builtTree.resolve("providers")) || !Files.isExecutable(builtTree.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No built Keycloak at " + builtTree
                    + ": run mvn -o -q install -DskipTests -pl distribution -am first");
        }
        Path home = workDir.resolve("keycloak");
        run(List.of("cp", "-a", builtTree.toString(), home.toString()));
        int httpPort = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                "--import-realm"));
        command.addAll(DEMO_SPI_OPTIONS);
        command.addAll(moreOptions);
        Path log = workDir.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The demo realm's SMTP settings: a free port where nothing listens (the benchmark sends no e-mail).
        env.put("ALPENLOCK_SMTP_HOST", "127.0.0.1");
        env.put("ALPENLOCK_SMTP_PORT", Integer.toString(freePort()));
        KeycloakProcess server = new KeycloakProcess(home, log, httpPort, builder.start());
        try {
            server.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    Path home() {
        return home;
    }

    Path log() {
        return log;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The server's {@code version.txt}, e.g. "Keycloak - 26.7.3". */
    String version() {
        try {
            return Files.readString(home.resolve("version.txt")).strip();
        } catch (IOException e) {
            return "Keycloak (unknown version)";
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl("accounts") + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start (code " + process.exitValue()
                        + "); see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + "; see " + log);
    }

    /** Stops kc.sh and the Java process it started (only these), then deletes the copy. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            child.destroyForcibly();
        }
        try {
            run(List.of("rm", "-rf", home.toString()));
        } catch (IOException | InterruptedException e) {
            // the work folder is a temporary one; a leftover copy is only disk space
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("Command failed: " + command);
        }
    }
}
