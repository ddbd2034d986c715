package io.alpenlock.mailbox.directory;

/** How the IMAP connection is protected. Passwords cross it, so plain text is allowed on the loopback only. */
public enum ImapSecurity {
    /** Implicit TLS (imaps, usually port 993); the server certificate and host name are checked. */
    TLS(993),
    /** Plain connection upgraded with STARTTLS before the login (usually port 143); refused if the server cannot. */
    STARTTLS(143),
    /** No encryption: only for a server on this machine's loopback (127.0.0.0/8, ::1, localhost). */
    PLAIN(143);

    private final int defaultPort;

    ImapSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
