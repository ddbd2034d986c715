package io.alpenlock.mailbox.directory;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import io.alpenlock.mailbox.directory.PasswordCheck.Outcome;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Mailboxes of the configured domains, with passwords checked by an IMAP LOGIN (Jakarta Mail) on the mail server:
 * for a mail platform whose database Keycloak cannot read. Read-only; thread-safe and stateless (one connection per
 * check, closed at once).
 *
 * <p><b>What "exists" means here.</b> Without the platform's database nothing tells whether an address is a mailbox
 * except a successful login. So every well-formed address of a configured domain is a mailbox for look-ups (it has
 * the address as username and e-mail, no display name, and is enabled); whether its password works is asked of the
 * IMAP server at every check. An address that is not a mailbox on the server therefore simply never logs in, exactly
 * like a wrong password, which also reveals nothing about which addresses exist. Addresses of other domains are
 * unknown. Search lists nothing but an exact address (IMAP has no directory listing).
 *
 * <p>Fails closed: a server that cannot be reached, refuses TLS or does not answer within the timeouts makes
 * {@link #verify} answer {@link Outcome#DIRECTORY_UNAVAILABLE}; nothing is cached, so a wrong password never passes.
 */
public final class ImapMailboxDirectory implements MailboxDirectory {

    /** A practical mailbox address: no spaces, quotes, controls or second {@code @}; lengths as in RFC 5321. */
    private static final Pattern ADDRESS = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9.-]{1,253}");

    private final ImapDirectoryConfig config;

    public ImapMailboxDirectory(ImapDirectoryConfig config) {
        this.config = config;
    }

    public ImapDirectoryConfig config() {
        return config;
    }

    @Override
    public Optional<Mailbox> find(String address) {
        String key = JdbcMailboxDirectory.normalize(address);
        if (!ADDRESS.matcher(key).matches() || !config.hosts(key)) {
            return Optional.empty();
        }
        return Optional.of(new Mailbox(key, Optional.empty(), true));
    }

    /** Only a complete address of a configured domain is found; the IMAP server cannot list its mailboxes. */
    @Override
    public List<Mailbox> search(String text, int first, int max) {
        if (first > 0 || max <= 0) {
            return List.of();
        }
        return find(text).map(List::of).orElse(List.of());
    }

    @Override
    public int count(String text) {
        return find(text).isPresent() ? 1 : 0;
    }

    @Override
    public PasswordCheck verify(String address, char[] password) {
        Optional<Mailbox> mailbox = find(address);
        if (mailbox.isEmpty()) {
            return new PasswordCheck(Outcome.UNKNOWN_MAILBOX, "not an address of the configured domains");
        }
        if (password == null || password.length == 0) {
            return new PasswordCheck(Outcome.WRONG_PASSWORD, "empty password, server not asked");
        }
        String protocol = config.security() == ImapSecurity.TLS ? "imaps" : "imap";
        Session session = Session.getInstance(properties(protocol));
        Store store = null;
        try {
            store = session.getStore(protocol);
            store.connect(config.host(), config.port(), mailbox.get().address(), new String(password));
            return new PasswordCheck(Outcome.VALID, "IMAP login accepted");
        } catch (AuthenticationFailedException e) {
            // Wrong password and unknown mailbox look the same to an IMAP client, as they should.
            return new PasswordCheck(Outcome.WRONG_PASSWORD, "IMAP login refused");
        } catch (MessagingException | RuntimeException e) {
            return new PasswordCheck(Outcome.DIRECTORY_UNAVAILABLE, "IMAP server " + config.host() + ":"
                    + config.port() + " (" + config.security() + "): " + reason(e));
        } finally {
            closeQuietly(store);
        }
    }

    @Override
    public boolean definiteLookups() {
        return false;
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public boolean changePassword(String address, char[] newPassword) {
        throw new DirectoryReadOnlyException();
    }

    @Override
    public List<DirectoryProblem> check() {
        return new ImapProbe(config).problems();
    }

    @Override
    public void close() {
        // nothing held between checks
    }

    Properties properties(String protocol) {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "host", config.host());
        props.put(p + "port", Integer.toString(config.port()));
        props.put(p + "connectiontimeout", Long.toString(config.connectTimeout().toMillis()));
        props.put(p + "timeout", Long.toString(config.readTimeout().toMillis()));
        props.put(p + "writetimeout", Long.toString(config.readTimeout().toMillis()));
        if (config.security() == ImapSecurity.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (config.security() != ImapSecurity.PLAIN) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        // One login, nothing else: no folder is opened, no IDLE, no connection pool kept.
        props.put(p + "connectionpoolsize", "1");
        return props;
    }

    /** Why the server could not be used, for the log; never the password. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "no answer in time (" + t.getMessage() + ")";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "cannot connect (" + t.getMessage() + ")";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof SSLException) {
                return "TLS failed (" + t.getMessage() + ")";
            }
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.toLowerCase(Locale.ROOT)
                .replaceAll("[\\r\\n]+", " "));
    }

    private static void closeQuietly(Store store) {
        if (store != null && store.isConnected()) {
            try {
                store.close();
            } catch (MessagingException e) {
                // the check is decided; a failing LOGOUT changes nothing
            }
        }
    }
}
