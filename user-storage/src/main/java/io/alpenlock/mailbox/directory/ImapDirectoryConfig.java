package io.alpenlock.mailbox.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where and how to check mailbox passwords by an IMAP login, built from the provider's settings by
 * {@link #from(Map)}; a missing or blank setting takes its default.
 *
 * @param host           the IMAP server
 * @param port           its port (default by {@link ImapSecurity})
 * @param security       TLS, STARTTLS or plain (loopback only)
 * @param domains        the mail domains hosted there, lower case; other addresses are unknown
 * @param connectTimeout longest wait for the TCP connection (and TLS handshake)
 * @param readTimeout    longest wait for each answer of the server, the login included
 */
public record ImapDirectoryConfig(String host, int port, ImapSecurity security, Set<String> domains,
                                  Duration connectTimeout, Duration readTimeout) {

    public static final String HOST = "imapHost";
    public static final String PORT = "imapPort";
    public static final String SECURITY = "imapSecurity";
    public static final String DOMAINS = "imapDomains";
    public static final String CONNECT_TIMEOUT = "imapConnectTimeoutSeconds";
    public static final String READ_TIMEOUT = "imapReadTimeoutSeconds";

    public static final int DEFAULT_TIMEOUT_SECONDS = 5;
    public static final int MAX_TIMEOUT_SECONDS = 30;

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DOMAIN = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public ImapDirectoryConfig {
        domains = Set.copyOf(domains);
    }

    /** @throws InvalidDirectoryConfigException listing every problem, in an administrator's words */
    public static ImapDirectoryConfig from(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        String host = value(settings, HOST);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            problems.add("the IMAP host is required");
        } else if (!HOST_NAME.matcher(host).matches() && !host.equals("::1") && !IPV4.matcher(host).matches()) {
            problems.add("the IMAP host '" + host + "' is not a host name or IPv4 address");
        }

        ImapSecurity security = ImapSecurity.STARTTLS;
        String securityValue = value(settings, SECURITY);
        if (!securityValue.isEmpty()) {
            try {
                security = ImapSecurity.valueOf(securityValue.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("the IMAP security '" + securityValue + "' is not TLS, STARTTLS or PLAIN");
            }
        }
        if (security == ImapSecurity.PLAIN && !host.isEmpty() && !isLoopback(host)) {
            problems.add("plain IMAP (no TLS) is allowed only to a server on the loopback (localhost, 127.0.0.1,"
                    + " ::1), not to '" + host + "': choose TLS or STARTTLS");
        }

        int port = number(settings, PORT, security.defaultPort(), 1, 65535, "the IMAP port", problems);
        int connect = number(settings, CONNECT_TIMEOUT, DEFAULT_TIMEOUT_SECONDS, 1, MAX_TIMEOUT_SECONDS,
                "the IMAP connection timeout (seconds)", problems);
        int read = number(settings, READ_TIMEOUT, DEFAULT_TIMEOUT_SECONDS, 1, MAX_TIMEOUT_SECONDS,
                "the IMAP read timeout (seconds)", problems);

        Set<String> domains = new LinkedHashSet<>();
        for (String d : value(settings, DOMAINS).toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            String domain = d.startsWith("@") ? d.substring(1) : d;
            if (domain.isEmpty()) {
                continue;
            }
            if (DOMAIN.matcher(domain).matches() && domain.length() <= 253) {
                domains.add(domain);
            } else {
                problems.add("'" + d + "' is not a mail domain");
            }
        }
        if (domains.isEmpty() && problems.stream().noneMatch(p -> p.contains("mail domain"))) {
            problems.add("at least one mail domain is required (addresses of other domains are unknown)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryConfigException(problems);
        }
        return new ImapDirectoryConfig(host.toLowerCase(Locale.ROOT), port, security, domains,
                Duration.ofSeconds(connect), Duration.ofSeconds(read));
    }

    /** Without name resolution: a loopback literal or {@code localhost}. */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost") || host.equals("::1")) {
            return true;
        }
        var m = IPV4.matcher(host);
        return m.matches() && m.group(1).equals("127") && Integer.parseInt(m.group(2)) <= 255
                && Integer.parseInt(m.group(3)) <= 255 && Integer.parseInt(m.group(4)) <= 255;
    }

    /** Whether an address (already lower case) belongs to one of the configured domains. */
    public boolean hosts(String address) {
        int at = address.lastIndexOf('@');
        return at > 0 && at == address.indexOf('@') && domains.contains(address.substring(at + 1));
    }

    private static String value(Map<String, String> settings, String key) {
        String v = settings == null ? null : settings.get(key);
        return v == null ? "" : v.trim();
    }

    private static int number(Map<String, String> settings, String key, int fallback, int min, int max, String what,
                              List<String> problems) {
        String v = value(settings, key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(what + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        return fallback;
    }
}
