package io.alpenlock.mailbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.alpenlock.mailbox.directory.PasswordCheck.Outcome;

/** Against an in-memory H2 database (the version Keycloak ships), shaped like a mail platform's mailbox table. */
class JdbcMailboxDirectoryTest {

    private final String url = "jdbc:h2:mem:mail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection keepAlive;
    private final List<JdbcMailboxDirectory> opened = new ArrayList<>();

    @BeforeEach
    void createTable() throws SQLException {
        keepAlive = DriverManager.getConnection(url);
        try (Statement s = keepAlive.createStatement()) {
            s.execute("CREATE TABLE mailbox (address VARCHAR(255) PRIMARY KEY, password VARCHAR(512),"
                    + " active SMALLINT NOT NULL DEFAULT 1, name VARCHAR(255))");
        }
        insert("Alice@Example.org", "{PLAIN}alice-secret", 1, "Alice Keller");
        insert("bob@example.org", "{PLAIN}bob-secret", 0, null);
        insert("carol_x@example.org", "{PLAIN}c", 1, "Carol 100% Muster");
        insert("dave@other.example", "{NOPE}x", 1, "Dave");
    }

    @AfterEach
    void close() throws SQLException {
        opened.forEach(JdbcMailboxDirectory::close);
        try (Statement s = keepAlive.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private void insert(String address, String password, int active, String name) throws SQLException {
        try (PreparedStatement ps = keepAlive.prepareStatement("INSERT INTO mailbox VALUES (?, ?, ?, ?)")) {
            ps.setString(1, address);
            ps.setString(2, password);
            ps.setInt(3, active);
            ps.setString(4, name);
            ps.executeUpdate();
        }
    }

    private String stored(String address) throws SQLException {
        try (PreparedStatement ps = keepAlive.prepareStatement("SELECT password FROM mailbox WHERE address = ?")) {
            ps.setString(1, address);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Map<String, String> settings() {
        Map<String, String> m = new HashMap<>();
        m.put(JdbcDirectoryConfig.JDBC_URL, url);
        m.put(JdbcDirectoryConfig.ENABLED_COLUMN, "active");
        m.put(JdbcDirectoryConfig.DISPLAY_NAME_COLUMN, "name");
        m.put(JdbcDirectoryConfig.CONNECT_TIMEOUT, "1");
        m.put(JdbcDirectoryConfig.QUERY_TIMEOUT, "1");
        return m;
    }

    private JdbcMailboxDirectory directory(Map<String, String> settings) {
        JdbcMailboxDirectory d = new JdbcMailboxDirectory(JdbcDirectoryConfig.from(settings), new SecureRandom());
        opened.add(d);
        return d;
    }

    @Test
    void findsAMailboxByAddressIgnoringCase() {
        JdbcMailboxDirectory d = directory(settings());
        assertThat(d.find(" ALICE@example.ORG ")).hasValueSatisfying(m -> {
            assertThat(m.address()).isEqualTo("alice@example.org");
            assertThat(m.displayName()).hasValue("Alice Keller");
            assertThat(m.enabled()).isTrue();
        });
        assertThat(d.find("bob@example.org")).hasValueSatisfying(m -> assertThat(m.enabled()).isFalse());
        assertThat(d.find("nobody@example.org")).isEmpty();
        assertThat(d.find("")).isEmpty();
    }

    @Test
    void withoutOptionalColumnsEveryMailboxIsEnabledAndHasNoName() {
        Map<String, String> s = settings();
        s.remove(JdbcDirectoryConfig.ENABLED_COLUMN);
        s.remove(JdbcDirectoryConfig.DISPLAY_NAME_COLUMN);
        JdbcMailboxDirectory d = directory(s);
        assertThat(d.find("bob@example.org")).hasValueSatisfying(m -> {
            assertThat(m.enabled()).isTrue();
            assertThat(m.displayName()).isEmpty();
        });
        assertThat(d.verify("bob@example.org", "bob-secret".toCharArray()).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void searchPagesThroughMailboxesInAddressOrder() {
        JdbcMailboxDirectory d = directory(settings());
        assertThat(d.search("*", 0, 10)).extracting(Mailbox::address).containsExactly("alice@example.org",
                "bob@example.org", "carol_x@example.org", "dave@other.example");
        assertThat(d.search("", 1, 2)).extracting(Mailbox::address)
                .containsExactly("bob@example.org", "carol_x@example.org");
        assertThat(d.search(null, 3, 10)).extracting(Mailbox::address).containsExactly("dave@other.example");
        assertThat(d.search("*", 0, 0)).isEmpty();
        assertThat(d.count("*")).isEqualTo(4);
        assertThat(d.count(null)).isEqualTo(4);
    }

    @Test
    void searchMatchesPartsOfAddressOrNameAndTreatsLikeCharactersLiterally() {
        JdbcMailboxDirectory d = directory(settings());
        assertThat(d.search("EXAMPLE.org", 0, 10)).extracting(Mailbox::address)
                .containsExactly("alice@example.org", "bob@example.org", "carol_x@example.org");
        assertThat(d.count("example.org")).isEqualTo(3);
        assertThat(d.search("keller", 0, 10)).extracting(Mailbox::address).containsExactly("alice@example.org");
        assertThat(d.search("l_x", 0, 10)).extracting(Mailbox::address).containsExactly("carol_x@example.org");
        assertThat(d.count("a_i")).isZero();
        assertThat(d.count("100%")).isEqualTo(1);
        assertThat(d.count("li*e@")).isEqualTo(1); // alice@
        assertThat(d.count("'; DROP TABLE mailbox; --")).isZero();
        assertThat(d.count("*")).isEqualTo(4);
    }

    @Test
    void verifiesPasswordsAndSaysWhyOthersFail() {
        JdbcMailboxDirectory d = directory(settings());
        assertThat(d.verify("alice@EXAMPLE.org", "alice-secret".toCharArray()).outcome()).isEqualTo(Outcome.VALID);
        assertThat(d.verify("alice@example.org", "Alice-secret".toCharArray()).outcome())
                .isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(d.verify("bob@example.org", "bob-secret".toCharArray()).outcome()).isEqualTo(Outcome.DISABLED);
        assertThat(d.verify("nobody@example.org", "x".toCharArray()).outcome()).isEqualTo(Outcome.UNKNOWN_MAILBOX);
        PasswordCheck unusable = d.verify("dave@other.example", "x".toCharArray());
        assertThat(unusable.outcome()).isEqualTo(Outcome.UNUSABLE_STORED_PASSWORD);
        assertThat(unusable.detail()).contains("UNKNOWN_SCHEME");
    }

    @Test
    void aNullOrUnclearEnabledValueCountsAsDisabled() {
        assertThat(EnabledValue.isEnabled(null)).isFalse();
        assertThat(EnabledValue.isEnabled("maybe")).isFalse();
        assertThat(EnabledValue.isEnabled(" Yes ")).isTrue();
        assertThat(EnabledValue.isEnabled(Boolean.TRUE)).isTrue();
        assertThat(EnabledValue.isEnabled(0)).isFalse();
        assertThat(EnabledValue.isEnabled(1L)).isTrue();
    }

    @Test
    void everyValueDovecotWroteVerifiesFromTheTable() throws Exception {
        List<String[]> vectors = dovecotVectors();
        for (int i = 0; i < vectors.size(); i++) {
            insert("v" + i + "@example.org", vectors.get(i)[2], 1, null);
        }
        JdbcMailboxDirectory d = directory(settings());
        for (int i = 0; i < vectors.size(); i++) {
            String address = "V" + i + "@example.org";
            assertThat(d.verify(address, vectors.get(i)[1].toCharArray()).outcome())
                    .as("%s with its password", vectors.get(i)[0]).isEqualTo(Outcome.VALID);
            assertThat(d.verify(address, ("x" + vectors.get(i)[1]).toCharArray()).outcome())
                    .as("%s with a wrong password", vectors.get(i)[0]).isEqualTo(Outcome.WRONG_PASSWORD);
        }
    }

    @Test
    void aChangedPasswordIsStoredInTheConfiguredSchemeAndVerifies() throws SQLException {
        Map<String, String> s = settings();
        s.put(JdbcDirectoryConfig.WRITE_SCHEME, "SHA512-CRYPT");
        JdbcMailboxDirectory d = directory(s);
        assertThat(d.changePassword("ALICE@example.org", "new-secret".toCharArray())).isTrue();
        assertThat(stored("Alice@Example.org")).startsWith("{SHA512-CRYPT}$6$");
        assertThat(d.verify("alice@example.org", "new-secret".toCharArray()).outcome()).isEqualTo(Outcome.VALID);
        assertThat(d.verify("alice@example.org", "alice-secret".toCharArray()).outcome())
                .isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(d.changePassword("nobody@example.org", "x".toCharArray())).isFalse();
        assertThatThrownBy(() -> d.changePassword("alice@example.org", new char[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadOnlyDirectoryRefusesPasswordChanges() throws SQLException {
        Map<String, String> s = settings();
        s.put(JdbcDirectoryConfig.READ_ONLY, "true");
        JdbcMailboxDirectory d = directory(s);
        assertThatThrownBy(() -> d.changePassword("alice@example.org", "new-secret".toCharArray()))
                .isInstanceOf(DirectoryReadOnlyException.class).hasMessageContaining("read-only");
        assertThat(stored("Alice@Example.org")).isEqualTo("{PLAIN}alice-secret");
    }

    @Test
    void checkFindsNothingWrongWithAGoodConfiguration() {
        assertThat(directory(settings()).check()).isEmpty();
    }

    @Test
    void checkNamesAMissingTable() {
        Map<String, String> s = settings();
        s.put(JdbcDirectoryConfig.TABLE, "mailboxes");
        assertThat(directory(s).check()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DirectoryProblem.Kind.TABLE_MISSING);
            assertThat(p.message()).isEqualTo("the table 'mailboxes' does not exist or cannot be read by this"
                    + " database user");
        });
    }

    @Test
    void checkNamesEveryMissingColumn() {
        Map<String, String> s = settings();
        s.put(JdbcDirectoryConfig.PASSWORD_COLUMN, "pw");
        s.put(JdbcDirectoryConfig.ENABLED_COLUMN, "enabled");
        assertThat(directory(s).check()).extracting(DirectoryProblem::message).containsExactly(
                "the password column 'pw' does not exist in the table 'mailbox'",
                "the enabled column 'enabled' does not exist in the table 'mailbox'");
    }

    @Test
    void checkReportsADatabaseThatCannotBeReached() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Map<String, String> s = settings();
        s.put(JdbcDirectoryConfig.JDBC_URL, "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:nothing");
        assertThat(directory(s).check()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DirectoryProblem.Kind.CANNOT_CONNECT);
            // H2 retries a refused connection for a while, so either message may come first
            assertThat(p.message()).containsAnyOf("cannot connect to the mailbox directory database:",
                    "did not accept a connection within 1 s");
        });
    }

    @Test
    void checkReportsAUrlNoDriverAccepts() {
        Map<String, String> s = settings();
        s.put(JdbcDirectoryConfig.JDBC_URL, "jdbc:nosuchdb://localhost/mail");
        assertThat(directory(s).check()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no JDBC driver available to Keycloak accepts this URL"));
    }

    @Test
    void aDatabaseThatNeverAnswersFailsClosedWithinTheConnectTimeout() throws IOException {
        // Accepts TCP connections (the backlog) but never speaks: the driver would wait for ever.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Map<String, String> s = settings();
            s.put(JdbcDirectoryConfig.JDBC_URL, "jdbc:h2:tcp://127.0.0.1:" + silent.getLocalPort() + "/mem:x");
            JdbcMailboxDirectory d = directory(s);
            long start = System.nanoTime();
            PasswordCheck check = d.verify("alice@example.org", "alice-secret".toCharArray());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(check.outcome()).isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);
            assertThat(check.detail()).contains("did not accept a connection within 1 s");
            assertThat(millis).isBetween(900L, 2500L);
            assertThatThrownBy(() -> d.find("alice@example.org")).isInstanceOf(DirectoryUnavailableException.class);
        }
    }

    @Test
    void aDirectoryThatGoesAwayFailsClosedAndRecoversWhenItIsBack() throws SQLException {
        JdbcMailboxDirectory d = directory(settings());
        assertThat(d.verify("alice@example.org", "alice-secret".toCharArray()).valid()).isTrue();
        try (Statement s = keepAlive.createStatement()) {
            s.execute("ALTER TABLE mailbox RENAME TO mailbox_gone");
        }
        assertThat(d.verify("alice@example.org", "alice-secret".toCharArray()).outcome())
                .isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);
        try (Statement s = keepAlive.createStatement()) {
            s.execute("ALTER TABLE mailbox_gone RENAME TO mailbox");
        }
        assertThat(d.verify("alice@example.org", "alice-secret".toCharArray()).valid()).isTrue();
    }

    @Test
    void aFullPoolMakesTheNextCallerWaitAtMostTheConnectTimeout() {
        try (BoundedConnectionPool pool = new BoundedConnectionPool(url, "", "", 1,
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1))) {
            Connection held = pool.borrow();
            long start = System.nanoTime();
            assertThatThrownBy(pool::borrow).isInstanceOf(DirectoryUnavailableException.class)
                    .hasMessage("all 1 mailbox directory connections stayed busy for 1 s");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 2500L);
            pool.release(held, false);
            Connection again = pool.borrow();
            assertThat(again).isSameAs(held);
            pool.release(again, false);
        }
    }

    private static List<String[]> dovecotVectors() throws IOException {
        List<String[]> vectors = new ArrayList<>();
        try (InputStream in = JdbcMailboxDirectoryTest.class
                .getResourceAsStream("/io/alpenlock/mailbox/password/dovecot-vectors.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    vectors.add(line.split("\t", -1));
                }
            }
        }
        return vectors;
    }
}
