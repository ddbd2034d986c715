package io.alpenlock.mailbox.directory;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.alpenlock.mailbox.password.DovecotPasswords;
import io.alpenlock.mailbox.password.VerificationLimits;
import io.alpenlock.mailbox.password.WriteSchemeConfig;

/**
 * Where and how to read the mail platform's mailbox table, built from the provider's settings by
 * {@link #from(Map)}. The keys are the constants below; a missing or blank setting takes its default.
 *
 * @param jdbcUrl           JDBC URL of the mail platform's database (the driver must be on Keycloak's classpath:
 *                          Keycloak loads the driver of its own database only, see kc.sh --db)
 * @param username          database user, may be empty
 * @param password          database password, may be empty; never shown in {@link #toString()}
 * @param table             the mailbox table
 * @param addressColumn     column holding the mailbox address (compared case-insensitively)
 * @param passwordColumn    column holding the Dovecot password value ({@code {SCHEME}…})
 * @param enabledColumn     optional column telling whether the mailbox may log in (true/1/'Y'…)
 * @param displayNameColumn optional column with the person's name
 * @param defaultScheme     scheme of stored values without {@code {SCHEME}} prefix (Dovecot's default_pass_scheme)
 * @param writeScheme       how new passwords are stored
 * @param readOnly          if {@code true}, passwords are never written
 * @param poolSize          most connections open at once on this Keycloak node
 * @param connectTimeout    longest wait for a connection (pool and database login)
 * @param queryTimeout      longest wait for one statement
 */
public record JdbcDirectoryConfig(String jdbcUrl, String username, String password, SqlIdentifier table,
                                  SqlIdentifier addressColumn, SqlIdentifier passwordColumn,
                                  Optional<SqlIdentifier> enabledColumn, Optional<SqlIdentifier> displayNameColumn,
                                  String defaultScheme, WriteSchemeConfig writeScheme, boolean readOnly, int poolSize,
                                  Duration connectTimeout, Duration queryTimeout) {

    public static final String JDBC_URL = "jdbcUrl";
    public static final String USERNAME = "jdbcUsername";
    public static final String PASSWORD = "jdbcPassword";
    public static final String TABLE = "table";
    public static final String ADDRESS_COLUMN = "addressColumn";
    public static final String PASSWORD_COLUMN = "passwordColumn";
    public static final String ENABLED_COLUMN = "enabledColumn";
    public static final String DISPLAY_NAME_COLUMN = "displayNameColumn";
    public static final String DEFAULT_SCHEME = "defaultPasswordScheme";
    public static final String WRITE_SCHEME = "writePasswordScheme";
    public static final String READ_ONLY = "readOnly";
    public static final String POOL_SIZE = "poolSize";
    public static final String CONNECT_TIMEOUT = "connectTimeoutSeconds";
    public static final String QUERY_TIMEOUT = "queryTimeoutSeconds";

    public static final String DEFAULT_TABLE = "mailbox";
    public static final String DEFAULT_ADDRESS_COLUMN = "address";
    public static final String DEFAULT_PASSWORD_COLUMN = "password";
    public static final int DEFAULT_POOL_SIZE = 4;
    public static final int MAX_POOL_SIZE = 20;
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;
    public static final int MAX_TIMEOUT_SECONDS = 30;

    public JdbcDirectoryConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(addressColumn, "addressColumn");
        Objects.requireNonNull(passwordColumn, "passwordColumn");
        Objects.requireNonNull(enabledColumn, "enabledColumn");
        Objects.requireNonNull(displayNameColumn, "displayNameColumn");
        Objects.requireNonNull(defaultScheme, "defaultScheme");
        Objects.requireNonNull(writeScheme, "writeScheme");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
    }

    /**
     * @throws InvalidDirectoryConfigException naming every problem found, in words an administrator understands
     */
    public static JdbcDirectoryConfig from(Map<String, String> settings) {
        Map<String, String> s = settings == null ? Map.of() : settings;
        List<String> problems = new ArrayList<>();

        String url = text(s, JDBC_URL, "");
        if (url.isEmpty()) {
            problems.add("the JDBC URL is missing");
        } else if (!url.startsWith("jdbc:")) {
            problems.add("the JDBC URL must start with 'jdbc:' (for example jdbc:postgresql://db.example.org:5432/mail)");
        }
        SqlIdentifier table = identifier(problems, "table", text(s, TABLE, DEFAULT_TABLE), true);
        SqlIdentifier address = identifier(problems, "address column", text(s, ADDRESS_COLUMN, DEFAULT_ADDRESS_COLUMN), false);
        SqlIdentifier pwColumn = identifier(problems, "password column", text(s, PASSWORD_COLUMN, DEFAULT_PASSWORD_COLUMN), false);
        String enabledText = text(s, ENABLED_COLUMN, "");
        Optional<SqlIdentifier> enabled = enabledText.isEmpty() ? Optional.empty()
                : Optional.ofNullable(identifier(problems, "enabled column", enabledText, false));
        String nameText = text(s, DISPLAY_NAME_COLUMN, "");
        Optional<SqlIdentifier> displayName = nameText.isEmpty() ? Optional.empty()
                : Optional.ofNullable(identifier(problems, "display name column", nameText, false));

        String defaultScheme = text(s, DEFAULT_SCHEME, DovecotPasswords.DOVECOT_DEFAULT_SCHEME);
        try {
            new DovecotPasswords(defaultScheme, VerificationLimits.DEFAULTS, new SecureRandom());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        WriteSchemeConfig write = null;
        try {
            write = WriteSchemeConfig.from(text(s, WRITE_SCHEME, ""));
        } catch (IllegalArgumentException e) {
            problems.add("password scheme for new passwords: " + e.getMessage());
        }
        Boolean readOnly = bool(problems, s, READ_ONLY, "read-only");
        int pool = number(problems, s, POOL_SIZE, "pool size", DEFAULT_POOL_SIZE, 1, MAX_POOL_SIZE);
        int connect = number(problems, s, CONNECT_TIMEOUT, "connection timeout (seconds)", DEFAULT_TIMEOUT_SECONDS, 1,
                MAX_TIMEOUT_SECONDS);
        int query = number(problems, s, QUERY_TIMEOUT, "query timeout (seconds)", DEFAULT_TIMEOUT_SECONDS, 1,
                MAX_TIMEOUT_SECONDS);

        if (!problems.isEmpty()) {
            throw new InvalidDirectoryConfigException(problems);
        }
        return new JdbcDirectoryConfig(url, text(s, USERNAME, ""), s.getOrDefault(PASSWORD, ""), table, address,
                pwColumn, enabled, displayName, defaultScheme, write, readOnly, pool, Duration.ofSeconds(connect),
                Duration.ofSeconds(query));
    }

    @Override
    public String toString() {
        return "JdbcDirectoryConfig[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password=****, table=" + table
                + ", addressColumn=" + addressColumn + ", passwordColumn=" + passwordColumn + ", enabledColumn="
                + enabledColumn.map(Object::toString).orElse("-") + ", displayNameColumn="
                + displayNameColumn.map(Object::toString).orElse("-") + ", defaultScheme=" + defaultScheme
                + ", writeScheme=" + writeScheme.toSpec() + ", readOnly=" + readOnly + ", poolSize=" + poolSize
                + ", connectTimeout=" + connectTimeout + ", queryTimeout=" + queryTimeout + "]";
    }

    private static String text(Map<String, String> s, String key, String fallback) {
        String value = s.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static SqlIdentifier identifier(List<String> problems, String what, String text, boolean qualified) {
        try {
            return SqlIdentifier.parse(what, text, qualified);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static Boolean bool(List<String> problems, Map<String, String> s, String key, String what) {
        String value = text(s, key, "false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add("the " + what + " setting must be true or false (was '" + shorten(value) + "')");
            return false;
        }
        return Boolean.parseBoolean(value);
    }

    private static int number(List<String> problems, Map<String, String> s, String key, String what, int fallback,
                              int min, int max) {
        String value = text(s, key, "");
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            problems.add("the " + what + " must be a whole number from " + min + " to " + max + " (was '"
                    + shorten(value) + "')");
            return fallback;
        }
        return Integer.parseInt(value);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
