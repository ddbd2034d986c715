package io.alpenlock.mailbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.alpenlock.mailbox.directory.PasswordCheck.Outcome;

/**
 * The directory on PostgreSQL (lower-case name folding, its LIKE and LIMIT/OFFSET, a reserved word as column name).
 * Runs only when {@code -Dalpenlock.mailbox.postgres.url=jdbc:postgresql://host:port/db?user=...} is given, for
 * example against the throw-away PostgreSQL of TESTING.md.
 */
@EnabledIf("configured")
class PostgresDirectoryTest {

    private final String schema = "mail_" + UUID.randomUUID().toString().substring(0, 8);
    private Connection admin;
    private JdbcMailboxDirectory directory;

    static boolean configured() {
        String url = System.getProperty("alpenlock.mailbox.postgres.url");
        return url != null && !url.isBlank();
    }

    private static String url() {
        return System.getProperty("alpenlock.mailbox.postgres.url");
    }

    @BeforeEach
    void createTable() throws SQLException {
        admin = DriverManager.getConnection(url());
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".Mailbox (Address VARCHAR(255) PRIMARY KEY,"
                    + " \"user\" VARCHAR(512) NOT NULL, active BOOLEAN, name VARCHAR(255))");
            s.execute("INSERT INTO " + schema + ".mailbox VALUES ('Alice@Example.org', '{PLAIN}alice-secret', true,"
                    + " 'Alice 100% Keller'), ('bob@example.org', '{PLAIN}bob', false, NULL),"
                    + " ('carol_x@example.org', '{PLAIN}c', NULL, 'Carol')");
        }
        Map<String, String> settings = new HashMap<>();
        settings.put(JdbcDirectoryConfig.JDBC_URL, url());
        settings.put(JdbcDirectoryConfig.TABLE, schema + ".MAILBOX");
        settings.put(JdbcDirectoryConfig.ADDRESS_COLUMN, "address");
        settings.put(JdbcDirectoryConfig.PASSWORD_COLUMN, "user");
        settings.put(JdbcDirectoryConfig.ENABLED_COLUMN, "active");
        settings.put(JdbcDirectoryConfig.DISPLAY_NAME_COLUMN, "name");
        settings.put(JdbcDirectoryConfig.WRITE_SCHEME, "SHA256-CRYPT");
        directory = new JdbcMailboxDirectory(JdbcDirectoryConfig.from(settings), new SecureRandom());
    }

    @AfterEach
    void dropTable() throws SQLException {
        directory.close();
        try (Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        admin.close();
    }

    @Test
    void everythingWorksWithPostgresNameFoldingAndAReservedWordAsColumn() throws SQLException {
        assertThat(directory.check()).isEmpty();
        assertThat(directory.find("ALICE@example.org")).hasValueSatisfying(m -> {
            assertThat(m.address()).isEqualTo("alice@example.org");
            assertThat(m.displayName()).hasValue("Alice 100% Keller");
        });
        assertThat(directory.search("*", 1, 5)).extracting(Mailbox::address)
                .containsExactly("bob@example.org", "carol_x@example.org");
        assertThat(directory.count("100%")).isEqualTo(1);
        assertThat(directory.count("l_x")).isEqualTo(1);
        assertThat(directory.count("a_i")).isZero();
        assertThat(directory.verify("alice@example.org", "alice-secret".toCharArray()).outcome())
                .isEqualTo(Outcome.VALID);
        assertThat(directory.verify("bob@example.org", "bob".toCharArray()).outcome()).isEqualTo(Outcome.DISABLED);
        assertThat(directory.verify("carol_x@example.org", "c".toCharArray()).outcome()).isEqualTo(Outcome.DISABLED);

        assertThat(directory.changePassword("alice@EXAMPLE.org", "new-secret".toCharArray())).isTrue();
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"user\" FROM " + schema + ".mailbox WHERE address = 'Alice@Example.org'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("{SHA256-CRYPT}$5$");
        }
        assertThat(directory.verify("alice@example.org", "new-secret".toCharArray()).valid()).isTrue();
    }

    @Test
    void checkNamesMissingTablesAndColumnsOnPostgres() {
        Map<String, String> settings = new HashMap<>();
        settings.put(JdbcDirectoryConfig.JDBC_URL, url());
        settings.put(JdbcDirectoryConfig.TABLE, schema + ".mailbox");
        settings.put(JdbcDirectoryConfig.PASSWORD_COLUMN, "pw");
        settings.put(JdbcDirectoryConfig.DISPLAY_NAME_COLUMN, "name");
        try (JdbcMailboxDirectory d = new JdbcMailboxDirectory(JdbcDirectoryConfig.from(settings), new SecureRandom())) {
            assertThat(d.check()).extracting(DirectoryProblem::message)
                    .containsExactly("the password column 'pw' does not exist in the table '" + schema + ".mailbox'");
        }
        settings.put(JdbcDirectoryConfig.TABLE, schema + ".nothing");
        try (JdbcMailboxDirectory d = new JdbcMailboxDirectory(JdbcDirectoryConfig.from(settings), new SecureRandom())) {
            assertThat(d.check()).extracting(DirectoryProblem::kind).containsExactly(DirectoryProblem.Kind.TABLE_MISSING);
        }
    }
}
