package io.alpenlock.it.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import org.h2.tools.Server;

/**
 * The mail platform's mailbox table for a test: an H2 database served over TCP from the test JVM, so Keycloak reads
 * it as it would read a remote directory, and the test can take it down.
 */
final class MailboxDirectory implements AutoCloseable {

    private final Path baseDir;
    private final int port;
    private Server server;

    MailboxDirectory() {
        try {
            baseDir = Files.createTempDirectory("alpenlock-mailbox-it");
            port = freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
        execute("CREATE TABLE mailbox (address VARCHAR(255) PRIMARY KEY, password VARCHAR(512) NOT NULL,"
                + " active SMALLINT NOT NULL DEFAULT 1, name VARCHAR(255))");
    }

    String jdbcUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/mail";
    }

    void start() {
        try {
            server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", baseDir.toString(),
                    "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        server.stop();
    }

    void add(String address, String stored, boolean active, String name) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO mailbox VALUES (?, ?, ?, ?)")) {
            ps.setString(1, address);
            ps.setString(2, stored);
            ps.setInt(3, active ? 1 : 0);
            ps.setString(4, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String stored(String address) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT password FROM mailbox WHERE address = ?")) {
            ps.setString(1, address);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public void close() {
        server.stop();
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
