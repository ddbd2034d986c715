package io.alpenlock.mailbox;

import static io.alpenlock.mailbox.directory.JdbcDirectoryConfig.*;


import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.storage.UserStorageProviderFactory;

import io.alpenlock.mailbox.directory.DirectoryProblem;
import io.alpenlock.mailbox.directory.ImapDirectoryConfig;
import io.alpenlock.mailbox.directory.ImapMailboxDirectory;
import io.alpenlock.mailbox.directory.ImapSecurity;
import io.alpenlock.mailbox.directory.InvalidDirectoryConfigException;
import io.alpenlock.mailbox.directory.JdbcDirectoryConfig;
import io.alpenlock.mailbox.directory.JdbcMailboxDirectory;
import io.alpenlock.mailbox.directory.MailboxDirectory;
import io.alpenlock.mailbox.password.WriteSchemeConfig;

/**
 * User Federation provider {@value #PROVIDER_ID}: mailboxes of the mail platform's directory, never imported. The
 * setting {@value #DIRECTORY_KIND} chooses a JDBC table ({@link JdbcMailboxDirectory}) or IMAP logins
 * ({@link ImapMailboxDirectory}).
 *
 * <p>The factory keeps one {@link MailboxDirectory} (for JDBC one small connection pool) per component on this
 * node, created at first use and closed when the component is updated or removed, or when its settings differ from
 * the ones the pool was made with (another node changed them). This map holds open connections, not data: nothing
 * in it has to be seen by another node, each node pools its own connections, so it does not break the rule against
 * JVM-local state (DESIGN.md, "State and clustering").
 */
public final class MailboxUserStorageProviderFactory implements UserStorageProviderFactory<MailboxUserStorageProvider> {

    public static final String PROVIDER_ID = "alpenlock-mailbox";
    /** Setting: {@code JDBC} (default) or {@code IMAP}. */
    public static final String DIRECTORY_KIND = "directoryKind";
    public static final String KIND_JDBC = "JDBC";
    public static final String KIND_IMAP = "IMAP";

    private static final Logger LOG = Logger.getLogger(MailboxUserStorageProviderFactory.class);

    private final Map<String, Pooled> directories = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "Mailboxes of the mail platform's directory, never imported: a JDBC table with Dovecot password values"
                + " (look-up, search, password check and, unless read-only, password change), or an IMAP server that"
                + " checks passwords by logging in (read-only).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(DIRECTORY_KIND).label("Directory kind").type(ProviderConfigProperty.LIST_TYPE)
                .options(KIND_JDBC, KIND_IMAP).defaultValue(KIND_JDBC)
                .helpText("JDBC: read the mail platform's mailbox table (the JDBC settings below). IMAP: no database"
                        + " access; passwords are checked by logging in to the IMAP server (the IMAP settings below),"
                        + " every address of the IMAP mail domains counts as a mailbox, nothing can be changed.").add()
                .property().name(JDBC_URL).label("JDBC URL").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("JDBC kind: the mail platform's database, e.g. jdbc:postgresql://db.example.org:5432/mail."
                        + " Keycloak can use the JDBC driver of its own database (kc.sh --db), e.g. PostgreSQL in"
                        + " production.").add()
                .property().name(USERNAME).label("Database user").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("User for the database; it needs SELECT on the table, and UPDATE on the password column"
                        + " unless the directory is read-only.").add()
                .property().name(PASSWORD).label("Database password").type(ProviderConfigProperty.PASSWORD)
                .secret(true).helpText("Password of the database user.").add()
                .property().name(TABLE).label("Mailbox table").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_TABLE).helpText("Table with one row per mailbox; schema.table allowed. Names"
                        + " are letters, digits and '_', read as the database reads unquoted names.").add()
                .property().name(ADDRESS_COLUMN).label("Address column").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_ADDRESS_COLUMN).helpText("Column with the mailbox address; it is the"
                        + " username and e-mail in Keycloak and is compared case-insensitively.").add()
                .property().name(PASSWORD_COLUMN).label("Password column").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_PASSWORD_COLUMN).helpText("Column with the password as Dovecot stores it,"
                        + " e.g. {BLF-CRYPT}$2y$10$... or {SHA512-CRYPT}$6$...").add()
                .property().name(ENABLED_COLUMN).label("Enabled column").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Optional column telling whether the mailbox may log in (true/1/'Y'; NULL or 0 = no)."
                        + " Empty: every mailbox may log in.").add()
                .property().name(DISPLAY_NAME_COLUMN).label("Display name column")
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Optional column with the person's name, shown as first name and searched too.").add()
                .property().name(DEFAULT_SCHEME).label("Default password scheme")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("CRYPT")
                .helpText("Scheme of stored values without a {SCHEME} prefix, like Dovecot's default_pass_scheme.")
                .add()
                .property().name(WRITE_SCHEME).label("Scheme for new passwords")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(WriteSchemeConfig.DEFAULT_SPEC)
                .helpText("How changed passwords are stored: BLF-CRYPT[:cost=10..16], SHA512-CRYPT[:rounds=N],"
                        + " SHA256-CRYPT[:rounds=N], ARGON2ID[:m=KiB,t=N,p=N] or ARGON2I[...].").add()
                .property().name(READ_ONLY).label("Read-only").type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("false").helpText("On: passwords are never written; they are changed on the mail"
                        + " platform only.").add()
                .property().name(POOL_SIZE).label("Connection pool size").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(Integer.toString(DEFAULT_POOL_SIZE))
                .helpText("Most database connections open at once on each Keycloak node (1 to " + MAX_POOL_SIZE
                        + ").").add()
                .property().name(CONNECT_TIMEOUT).label("Connection timeout (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(Integer.toString(DEFAULT_TIMEOUT_SECONDS))
                .helpText("Longest wait for a free or new connection (1 to " + MAX_TIMEOUT_SECONDS + "). When the"
                        + " directory does not answer in time, logins fail instead of waiting.").add()
                .property().name(QUERY_TIMEOUT).label("Query timeout (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(Integer.toString(DEFAULT_TIMEOUT_SECONDS))
                .helpText("Longest wait for one query (1 to " + MAX_TIMEOUT_SECONDS + ").").add()
                .property().name(ImapDirectoryConfig.HOST).label("IMAP host").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("IMAP kind: the mail server that checks passwords, e.g. imap.example.org.").add()
                .property().name(ImapDirectoryConfig.SECURITY).label("IMAP security")
                .type(ProviderConfigProperty.LIST_TYPE).options(ImapSecurity.STARTTLS.name(), ImapSecurity.TLS.name(),
                        ImapSecurity.PLAIN.name()).defaultValue(ImapSecurity.STARTTLS.name())
                .helpText("TLS: encrypted from the start (imaps, port 993). STARTTLS: plain connection upgraded"
                        + " before the login, refused if the server cannot (port 143). PLAIN: no encryption, only for a"
                        + " server on the loopback (localhost, 127.0.0.1, ::1). Certificates are checked against"
                        + " Keycloak's truststore and must name the host.").add()
                .property().name(ImapDirectoryConfig.PORT).label("IMAP port").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Empty: 993 for TLS, 143 otherwise.").add()
                .property().name(ImapDirectoryConfig.DOMAINS).label("IMAP mail domains")
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The domains whose mailboxes this server holds, separated by spaces or commas, e.g."
                        + " example.org example.com. Addresses of other domains are unknown and never sent to the"
                        + " server.").add()
                .property().name(ImapDirectoryConfig.CONNECT_TIMEOUT).label("IMAP connection timeout (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(Integer.toString(ImapDirectoryConfig.DEFAULT_TIMEOUT_SECONDS))
                .helpText("Longest wait for the connection to the IMAP server (1 to "
                        + ImapDirectoryConfig.MAX_TIMEOUT_SECONDS + "). Then the login fails with a clear message.")
                .add()
                .property().name(ImapDirectoryConfig.READ_TIMEOUT).label("IMAP read timeout (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(Integer.toString(ImapDirectoryConfig.DEFAULT_TIMEOUT_SECONDS))
                .helpText("Longest wait for each answer of the IMAP server, the login included (1 to "
                        + ImapDirectoryConfig.MAX_TIMEOUT_SECONDS + ").").add()
                .build();
    }

    /** Saving the settings tests them: they must parse, and the database, table and columns must be there. */
    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
            throws ComponentValidationException {
        Pooled setup;
        try {
            setup = open(settings(model));
        } catch (InvalidDirectoryConfigException e) {
            throw problem("Mailbox directory settings: " + e.getMessage());
        }
        try (MailboxDirectory probe = setup.directory()) {
            List<DirectoryProblem> problems = probe.check();
            if (!problems.isEmpty()) {
                throw problem("Mailbox directory: " + String.join("; ",
                        problems.stream().map(DirectoryProblem::message).toList()));
            }
        }
    }

    @Override
    public MailboxUserStorageProvider create(KeycloakSession session, ComponentModel model) {
        return new MailboxUserStorageProvider(session, model, directory(model));
    }

    @Override
    public void onUpdate(KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
        forget(oldModel.getId());
    }

    @Override
    public void preRemove(KeycloakSession session, RealmModel realm, ComponentModel model) {
        forget(model.getId());
    }

    @Override
    public void close() {
        directories.keySet().forEach(this::forget);
    }

    /**
     * This node's directory of a component of this provider (deletion detection asks it directly, past Keycloak's
     * user cache). Owned by the factory: callers never close it.
     *
     * @throws InvalidDirectoryConfigException when the component's settings do not parse
     */
    public MailboxDirectory directoryFor(ComponentModel model) {
        return directory(model);
    }

    private MailboxDirectory directory(ComponentModel model) {
        Map<String, String> settings = settings(model);
        return directories.compute(model.getId(), (id, current) -> {
            if (current != null && current.config().equals(config(settings))) {
                return current;
            }
            if (current != null) {
                // Settings changed on another node: requests holding a connection finish, the rest is closed.
                current.directory().close();
            }
            LOG.debugf("mailbox directory '%s' (%s) set up", model.getName(), kind(settings));
            return open(settings); // connects lazily, so cheap inside compute
        }).directory();
    }

    private void forget(String componentId) {
        Pooled old = directories.remove(componentId);
        if (old != null) {
            old.directory().close();
        }
    }

    static String kind(Map<String, String> settings) {
        String kind = settings.getOrDefault(DIRECTORY_KIND, "").trim();
        return kind.isEmpty() ? KIND_JDBC : kind.toUpperCase(java.util.Locale.ROOT);
    }

    /** The typed settings of the chosen kind; equal settings share one directory (and connection pool). */
    static Object config(Map<String, String> settings) {
        return switch (kind(settings)) {
            case KIND_JDBC -> JdbcDirectoryConfig.from(settings);
            case KIND_IMAP -> ImapDirectoryConfig.from(settings);
            default -> throw new InvalidDirectoryConfigException(List.of("the directory kind '"
                    + settings.get(DIRECTORY_KIND) + "' is not JDBC or IMAP"));
        };
    }

    private Pooled open(Map<String, String> settings) {
        Object config = config(settings);
        MailboxDirectory directory = config instanceof JdbcDirectoryConfig jdbc
                ? new JdbcMailboxDirectory(jdbc, random)
                : new ImapMailboxDirectory((ImapDirectoryConfig) config);
        return new Pooled(config, directory);
    }

    /** One component's directory on this node, with the settings it was made from. */
    private record Pooled(Object config, MailboxDirectory directory) {
    }

    static Map<String, String> settings(ComponentModel model) {
        Map<String, String> settings = new HashMap<>();
        if (model.getConfig() != null) {
            model.getConfig().forEach((key, values) -> {
                if (values != null && !values.isEmpty()) {
                    settings.put(key, values.get(0));
                }
            });
        }
        return settings;
    }

    /** The admin REST API formats the message with MessageFormat: pass ours as a parameter so braces survive. */
    private static ComponentValidationException problem(String message) {
        return new ComponentValidationException("{0}", message);
    }
}
