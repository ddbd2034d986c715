package io.alpenlock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster of Debian's {@code postgresql} package, as {@code ./alpenlock test} starts one:
 * {@code initdb} and {@code pg_ctl} in a new temporary folder (as the {@code postgres} user through {@code runuser}
 * when we are root, because PostgreSQL refuses to run as root), trust authentication, loopback only, a free port.
 * {@link #close()} stops it ({@code pg_ctl -m fast}) and deletes the folder; it is idempotent, so a shutdown hook can
 * call it too (Ctrl-C).
 */
final class PostgresCluster implements AutoCloseable {

    static final String USER = "bench";

    private final Path bin;
    private final Path dir;
    private final List<String> as;
    private final int port;
    private boolean running;

    private PostgresCluster(Path bin, Path dir, List<String> as, int port) {
        this.bin = bin;
        this.dir = dir;
        this.as = as;
        this.port = port;
    }

    /**
     * Starts a new cluster. Settings that only make writing faster ({@code fsync}, {@code synchronous_commit},
     * {@code full_page_writes} off; a large {@code max_wal_size} so that loading a million rows does not checkpoint)
     * leave reads as they are; memory settings are PostgreSQL's defaults.
     */
    static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = findBin();
        Path dir = Files.createTempDirectory("alpenlock-bench-pg");
        List<String> as = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("chown", "postgres:", dir.toString()), null);
            as.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        int port = KeycloakProcess.freePort();
        PostgresCluster cluster = new PostgresCluster(bin, dir, as, port);
        List<String> initdb = new ArrayList<>(as);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8"));
        run(initdb, dir.resolve("initdb.log"));
        List<String> start = new ArrayList<>(as);
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-o", "-p " + port + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_wal_size=4GB", "start"));
        run(start, dir.resolve("pg_ctl.log"));
        cluster.running = true;
        return cluster;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** {@code PostgreSQL 15.x …} as the server reports it. */
    String version() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL (version unknown)";
        }
    }

    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            List<String> stop = new ArrayList<>(as);
            stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                    "-w", "stop"));
            try {
                run(stop, null);
            } catch (IOException | InterruptedException e) {
                System.err.println("Could not stop PostgreSQL in " + dir + ": " + e.getMessage());
                return; // keep the folder: the server may still use it
            }
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; a leftover is only disk space
            }
        }
    }

    private static Path findBin() {
        Path base = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("[^0-9]", "0"))))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL under " + base + " (Debian: apt-get install postgresql)");
        }
    }

    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = builder.start();
        if (p.waitFor() != 0) {
            throw new IOException("Command failed (" + p.exitValue() + "): " + String.join(" ", command)
                    + (output != null ? "; see " + output : ""));
        }
    }
}
