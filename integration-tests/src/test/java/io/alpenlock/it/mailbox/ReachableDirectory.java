package io.alpenlock.it.mailbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A mailbox directory of the kind Keycloak can reach in this run (a provider only gets the JDBC driver of Keycloak's
 * own database): on dev-file an H2 table served over TCP ({@link MailboxDirectory}), on PostgreSQL a throw-away schema
 * in -Dalpenlock.mailbox.postgres.url or else in Keycloak's own database (as {@link MailboxFederationOnPostgresIT}).
 */
final class ReachableDirectory implements AutoCloseable {

    private final MailboxDirectory h2;
    private final String url;
    private final String user;
    private final String password;
    private final boolean ownUrl;
    private final String schema;

    ReachableDirectory() {
        if (!"postgres".equals(System.getProperty("alpenlock.db", "dev-file"))) {
            h2 = new MailboxDirectory();
            url = user = password = schema = null;
            ownUrl = false;
            return;
        }
        h2 = null;
        url = MailboxFederationOnH2IT.postgresDirectoryUrl();
        user = MailboxFederationOnH2IT.blankToEmpty(System.getProperty("alpenlock.db.username"));
        password = MailboxFederationOnH2IT.blankToEmpty(System.getProperty("alpenlock.db.password"));
        ownUrl = !MailboxFederationOnH2IT.blankToEmpty(System.getProperty("alpenlock.mailbox.postgres.url")).isEmpty();
        schema = "mailboxes_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE SCHEMA " + schema);
        execute("CREATE TABLE " + schema + ".mailbox (address VARCHAR(255) PRIMARY KEY, password VARCHAR(512) NOT NULL,"
                + " active SMALLINT NOT NULL DEFAULT 1, name VARCHAR(255))");
    }

    /** The federation settings that reach this directory. */
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(Map.of("enabledColumn", "active", "displayNameColumn", "name"));
        if (h2 != null) {
            settings.put("jdbcUrl", h2.jdbcUrl());
        } else {
            settings.put("jdbcUrl", url);
            settings.put("table", schema + ".mailbox");
            if (!ownUrl) {
                settings.put("jdbcUsername", user);
                settings.put("jdbcPassword", password);
            }
        }
        return settings;
    }

    void add(String address, String stored, boolean active, String name) {
        if (h2 != null) {
            h2.add(address, stored, active, name);
            return;
        }
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema
                + ".mailbox VALUES (?, ?, ?, ?)")) {
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
        if (h2 != null) {
            return h2.stored(address);
        }
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT password FROM " + schema
                + ".mailbox WHERE address = ?")) {
            ps.setString(1, address);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail platform deletes a mailbox. */
    void remove(String address) {
        if (h2 != null) {
            h2.execute("DELETE FROM mailbox WHERE address = '" + address.replace("'", "''") + "'");
        } else {
            execute("DELETE FROM " + schema + ".mailbox WHERE address = '" + address.replace("'", "''") + "'");
        }
    }

    /** Makes every query of the directory fail (its table is renamed away), or brings it back. */
    void tableAway(boolean away) {
        String from = away ? "mailbox" : "mailbox_away";
        String to = away ? "mailbox_away" : "mailbox";
        if (h2 != null) {
            h2.execute("ALTER TABLE " + from + " RENAME TO " + to);
        } else {
            execute("ALTER TABLE " + schema + "." + from + " RENAME TO " + to);
        }
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.close();
        } else {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return ownUrl ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }
}
