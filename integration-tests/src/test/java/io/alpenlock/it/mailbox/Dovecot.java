package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Dovecot IMAP server (Debian {@code dovecot-imapd}) for one test class: {@code dovecot -F -c <conf>} in the
 * foreground with a generated configuration (TESTING.md, "Dovecot"): IMAP only, on a free port of 127.0.0.1,
 * {@code ssl = no}, a {@code passwd-file} passdb with the values given (Dovecot's own {@code {SCHEME}} strings), a
 * static userdb, its own base/state directories and log under {@code target/}, no failure delay and no anvil
 * penalty (so wrong passwords are refused at once). Run as root, Dovecot's login and internal processes use its
 * Debian users {@code dovenull} and {@code dovecot}; otherwise everything runs as the current user.
 */
final class Dovecot implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/dovecot");

    private final Path dir;
    private final int port;
    private Process process;

    /** @param passwords address → value as Dovecot stores it ({@code {PLAIN}secret}, {@code {BLF-CRYPT}$2y$…}) */
    Dovecot(Map<String, String> passwords) throws IOException {
        assertThat(BINARY).as("Dovecot is needed for this test: apt-get install -y dovecot-imapd").exists();
        this.dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "dovecot-");
        this.port = MailboxDirectory.freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(dir.resolve("users"), passwords.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue() + "::::::")
                .collect(Collectors.joining("\n", "", "\n")));
        String user = root ? "dovecot" : System.getProperty("user.name");
        String loginUser = root ? "dovenull" : user;
        Files.writeString(dir.resolve("dovecot.conf"), String.join("\n",
                "protocols = imap",
                "listen = 127.0.0.1",
                "instance_name = alpenlock-it-" + port,
                "base_dir = " + dir.resolve("run"),
                "state_dir = " + dir.resolve("state"),
                "log_path = " + dir.resolve("dovecot.log"),
                "ssl = no",
                "disable_plaintext_auth = no",
                "auth_mechanisms = plain login",
                "auth_failure_delay = 0",
                "first_valid_uid = 1",
                "default_internal_user = " + user,
                "default_internal_group = " + (root ? "dovecot" : group()),
                "default_login_user = " + loginUser,
                "passdb {", "  driver = passwd-file", "  args = " + dir.resolve("users"), "}",
                "userdb {", "  driver = static",
                "  args = uid=" + user + " gid=" + (root ? "dovecot" : group()) + " home=" + home + "/%d/%n", "}",
                "mail_location = maildir:~/Maildir",
                "service imap-login {", "  inet_listener imap {", "    address = 127.0.0.1", "    port = " + port,
                "  }", "  inet_listener imaps {", "    port = 0", "  }", "}",
                "service anvil {", "  unix_listener anvil-auth-penalty {", "    mode = 0", "  }", "}",
                ""));
        start();
    }

    int port() {
        return port;
    }

    /** Starts the server and waits for its IMAP greeting (a few hundred milliseconds here). */
    void start() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "-F", "-c", dir.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dovecot.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("dovecot exited: see " + dir.resolve("dovecot.out") + " and "
                    + dir.resolve("dovecot.log")).isTrue();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                s.setSoTimeout(2000);
                String greeting = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                if (greeting != null && greeting.startsWith("* OK")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(100);
        }
        throw new IllegalStateException("dovecot did not greet on port " + port + " within 20 s");
    }

    /** Stops the master process (it ends its children) and waits for the port to close. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    String log() {
        try {
            Path log = dir.resolve("dovecot.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static String group() throws IOException {
        try {
            Process id = new ProcessBuilder("id", "-gn").start();
            String name = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            id.waitFor(5, TimeUnit.SECONDS);
            return name;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
