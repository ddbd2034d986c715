package io.alpenlock.mailbox.directory;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.alpenlock.mailbox.directory.PasswordCheck.Outcome;
import io.alpenlock.mailbox.directory.SqlIdentifier.SqlDialect;
import io.alpenlock.mailbox.password.DovecotPasswords;
import io.alpenlock.mailbox.password.Verification;
import io.alpenlock.mailbox.password.VerificationLimits;

/**
 * The mail platform's mailbox table, read (and, unless read-only, written) over JDBC through a small
 * {@link BoundedConnectionPool}. Thread-safe; one instance per provider configuration and Keycloak node.
 *
 * <p>Addresses are compared case-insensitively ({@code LOWER(column) = lower-cased address}). Every statement has
 * the configured query timeout; every failure to reach the database in time surfaces as
 * {@link DirectoryUnavailableException} (or {@link Outcome#DIRECTORY_UNAVAILABLE} from {@link #verify}), so callers
 * fail closed. Nothing is cached: each check reads the stored value again. Paging uses {@code LIMIT ? OFFSET ?}
 * (H2, PostgreSQL, MySQL, MariaDB).
 */
public final class JdbcMailboxDirectory implements MailboxDirectory {

    private final JdbcDirectoryConfig config;
    private final DovecotPasswords passwords;
    private final BoundedConnectionPool pool;
    private volatile Statements statements;

    public JdbcMailboxDirectory(JdbcDirectoryConfig config, SecureRandom random) {
        this.config = config;
        this.passwords = new DovecotPasswords(config.defaultScheme(), VerificationLimits.DEFAULTS, random);
        this.pool = new BoundedConnectionPool(config.jdbcUrl(), config.username(), config.password(),
                config.poolSize(), config.connectTimeout(), config.queryTimeout());
    }

    public JdbcDirectoryConfig config() {
        return config;
    }

    @Override
    public boolean definiteLookups() {
        return true;
    }

    @Override
    public boolean readOnly() {
        return config.readOnly();
    }

    /** Lower case, trimmed; the form addresses are compared and returned in. */
    public static String normalize(String address) {
        return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<Mailbox> find(String address) {
        String key = normalize(address);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return run((c, sql) -> {
            try (PreparedStatement ps = prepare(c, sql.find)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(mailbox(rs)) : Optional.<Mailbox>empty();
                }
            }
        });
    }

    /**
     * Mailboxes whose address (or display name) contains {@code text}, case-insensitively, ordered by address.
     * {@code *} in the text matches anything; empty, {@code null} or {@code *} lists all.
     */
    public List<Mailbox> search(String text, int first, int max) {
        if (max <= 0) {
            return List.of();
        }
        String pattern = likePattern(text);
        return run((c, sql) -> {
            try (PreparedStatement ps = prepare(c, sql.search)) {
                int i = bindPattern(ps, pattern);
                ps.setInt(i++, max);
                ps.setInt(i, Math.max(0, first));
                List<Mailbox> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(mailbox(rs));
                    }
                }
                return found;
            }
        });
    }

    public int count(String text) {
        String pattern = likePattern(text);
        return run((c, sql) -> {
            try (PreparedStatement ps = prepare(c, sql.count)) {
                bindPattern(ps, pattern);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return (int) Math.min(Integer.MAX_VALUE, rs.getLong(1));
                }
            }
        });
    }

    /** Checks a password against the value stored now; never throws for directory problems. */
    public PasswordCheck verify(String address, char[] password) {
        String key = normalize(address);
        if (key.isEmpty()) {
            return new PasswordCheck(Outcome.UNKNOWN_MAILBOX, "no address given");
        }
        List<StoredRow> rows;
        try {
            rows = run((c, sql) -> {
                try (PreparedStatement ps = prepare(c, sql.password)) {
                    ps.setString(1, key);
                    List<StoredRow> found = new ArrayList<>(2);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next() && found.size() < 2) {
                            found.add(new StoredRow(rs.getString(1), enabledAt(rs, 2)));
                        }
                    }
                    return found;
                }
            });
        } catch (DirectoryUnavailableException e) {
            return new PasswordCheck(Outcome.DIRECTORY_UNAVAILABLE, e.getMessage());
        }
        if (rows.isEmpty()) {
            return new PasswordCheck(Outcome.UNKNOWN_MAILBOX, "no such mailbox");
        }
        if (rows.size() > 1) {
            return new PasswordCheck(Outcome.UNUSABLE_STORED_PASSWORD,
                    "the address is in the directory more than once (differing only in case)");
        }
        StoredRow row = rows.get(0);
        if (!row.enabled) {
            return new PasswordCheck(Outcome.DISABLED, "the mailbox is disabled in the directory");
        }
        // Hashing happens after the connection is back in the pool: Argon2 may take a while.
        Verification result = passwords.verify(row.stored, password);
        if (result instanceof Verification.Match m) {
            return new PasswordCheck(Outcome.VALID, "{" + m.scheme() + "}");
        }
        if (result instanceof Verification.Mismatch m) {
            return new PasswordCheck(Outcome.WRONG_PASSWORD, "{" + m.scheme() + "}");
        }
        return new PasswordCheck(Outcome.UNUSABLE_STORED_PASSWORD, ((Verification.Unusable) result).message());
    }

    /**
     * Stores a new password in the configured write scheme.
     *
     * @return {@code false} if there is no such mailbox
     * @throws DirectoryReadOnlyException      if the directory is configured read-only
     * @throws IllegalArgumentException        if the password cannot be stored (empty, too long)
     * @throws DirectoryUnavailableException   if the database did not answer in time
     */
    public boolean changePassword(String address, char[] newPassword) {
        if (config.readOnly()) {
            throw new DirectoryReadOnlyException();
        }
        String key = normalize(address);
        if (key.isEmpty()) {
            return false;
        }
        String stored = passwords.encode(newPassword, config.writeScheme());
        return run((c, sql) -> {
            try (PreparedStatement ps = prepare(c, sql.update)) {
                ps.setString(1, stored);
                ps.setString(2, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /**
     * For the console's Test connection and for saving the settings: connects, then checks the table and each
     * configured column with statements that read no rows.
     *
     * @return the problems found, empty when the directory can be used
     */
    public List<DirectoryProblem> check() {
        Connection c;
        try {
            c = pool.borrow();
        } catch (DirectoryUnavailableException e) {
            return List.of(new DirectoryProblem(DirectoryProblem.Kind.CANNOT_CONNECT, e.getMessage()));
        }
        boolean broken = false;
        try {
            SqlDialect dialect = dialect(c);
            String table = config.table().render(dialect);
            if (!readsNoRows(c, "SELECT 1 FROM " + table + " WHERE 1 = 0")) {
                return List.of(new DirectoryProblem(DirectoryProblem.Kind.TABLE_MISSING, "the table '"
                        + config.table() + "' does not exist or cannot be read by this database user"));
            }
            List<DirectoryProblem> problems = new ArrayList<>();
            column(c, dialect, table, "address column", config.addressColumn(), problems);
            column(c, dialect, table, "password column", config.passwordColumn(), problems);
            config.enabledColumn().ifPresent(col -> column(c, dialect, table, "enabled column", col, problems));
            config.displayNameColumn().ifPresent(col -> column(c, dialect, table, "display name column", col, problems));
            return problems;
        } catch (SQLException e) {
            broken = true;
            return List.of(new DirectoryProblem(DirectoryProblem.Kind.QUERY_FAILED,
                    "the mailbox directory could not be read: " + SqlProblems.describe(e)));
        } finally {
            pool.release(c, broken);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private void column(Connection c, SqlDialect dialect, String table, String what, SqlIdentifier column,
                        List<DirectoryProblem> problems) {
        if (!readsNoRows(c, "SELECT " + column.render(dialect) + " FROM " + table + " WHERE 1 = 0")) {
            problems.add(new DirectoryProblem(DirectoryProblem.Kind.COLUMN_MISSING,
                    "the " + what + " '" + column + "' does not exist in the table '" + config.table() + "'"));
        }
    }

    private boolean readsNoRows(Connection c, String sql) {
        try (PreparedStatement ps = prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            return true;
        } catch (SQLException e) {
            rollbackQuietly(c);
            return false;
        }
    }

    private static void rollbackQuietly(Connection c) {
        // PostgreSQL aborts a transaction after an error; autocommit is on, but be safe.
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the next statement will tell
        }
    }

    private <T> T run(SqlWork<T> work) {
        Connection c = pool.borrow();
        boolean broken = false;
        try {
            return work.apply(c, statements(c));
        } catch (SQLTimeoutException e) {
            broken = true;
            throw new DirectoryUnavailableException("the mailbox directory did not answer within "
                    + config.queryTimeout().toSeconds() + " s", e);
        } catch (SQLException e) {
            broken = true;
            throw new DirectoryUnavailableException("the mailbox directory query failed: " + SqlProblems.describe(e), e);
        } finally {
            pool.release(c, broken);
        }
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setQueryTimeout((int) config.queryTimeout().toSeconds());
        return ps;
    }

    private Statements statements(Connection c) throws SQLException {
        Statements s = statements;
        if (s == null) {
            s = new Statements(config, dialect(c));
            statements = s;
        }
        return s;
    }

    private static SqlDialect dialect(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        SqlDialect.Folding folding = meta.storesUpperCaseIdentifiers() ? SqlDialect.Folding.UPPER
                : meta.storesLowerCaseIdentifiers() ? SqlDialect.Folding.LOWER : SqlDialect.Folding.NONE;
        return new SqlDialect(meta.getIdentifierQuoteString(), folding);
    }

    private Mailbox mailbox(ResultSet rs) throws SQLException {
        int i = 2;
        Optional<String> name = Optional.empty();
        if (config.displayNameColumn().isPresent()) {
            name = Optional.ofNullable(rs.getString(i++)).map(String::trim).filter(n -> !n.isEmpty());
        }
        boolean enabled = config.enabledColumn().isEmpty() || enabledAt(rs, i);
        return new Mailbox(normalize(rs.getString(1)), name, enabled);
    }

    private boolean enabledAt(ResultSet rs, int index) throws SQLException {
        if (config.enabledColumn().isEmpty()) {
            return true;
        }
        return EnabledValue.isEnabled(rs.getObject(index));
    }

    private int bindPattern(PreparedStatement ps, String pattern) throws SQLException {
        ps.setString(1, pattern);
        if (config.displayNameColumn().isPresent()) {
            ps.setString(2, pattern);
            return 3;
        }
        return 2;
    }

    /** {@code %text%} with LIKE's own characters escaped by {@code !} and {@code *} as a wildcard. */
    static String likePattern(String text) {
        String t = normalize(text);
        StringBuilder p = new StringBuilder("%");
        for (char ch : t.toCharArray()) {
            switch (ch) {
                case '!', '%', '_' -> p.append('!').append(ch);
                case '*' -> p.append('%');
                default -> p.append(ch);
            }
        }
        return p.append('%').toString();
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection connection, Statements sql) throws SQLException;
    }

    private record StoredRow(String stored, boolean enabled) {
    }

    /** The statements for one configuration and database, built once from validated, quoted names. */
    private static final class Statements {
        final String find;
        final String search;
        final String count;
        final String password;
        final String update;

        Statements(JdbcDirectoryConfig config, SqlDialect dialect) {
            String table = config.table().render(dialect);
            String address = config.addressColumn().render(dialect);
            String pw = config.passwordColumn().render(dialect);
            String enabled = config.enabledColumn().map(c -> ", " + c.render(dialect)).orElse("");
            Optional<String> name = config.displayNameColumn().map(c -> c.render(dialect));
            String columns = address + name.map(n -> ", " + n).orElse("") + enabled;
            String matches = "(LOWER(" + address + ") LIKE ? ESCAPE '!'"
                    + name.map(n -> " OR LOWER(" + n + ") LIKE ? ESCAPE '!'").orElse("") + ")";
            this.find = "SELECT " + columns + " FROM " + table + " WHERE LOWER(" + address + ") = ? ORDER BY " + address;
            this.search = "SELECT " + columns + " FROM " + table + " WHERE " + matches + " ORDER BY LOWER(" + address
                    + ") LIMIT ? OFFSET ?";
            this.count = "SELECT COUNT(*) FROM " + table + " WHERE " + matches;
            this.password = "SELECT " + pw + enabled + " FROM " + table + " WHERE LOWER(" + address + ") = ?";
            this.update = "UPDATE " + table + " SET " + pw + " = ? WHERE LOWER(" + address + ") = ?";
        }
    }
}
