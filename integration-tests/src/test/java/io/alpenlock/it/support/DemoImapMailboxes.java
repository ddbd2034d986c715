package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The IMAP mailboxes of the demo's local mail server, read from the assembled distribution
 * ({@code data/alpenlock-demo/mail-demo-imap-mailboxes.properties}, {@code address=password} lines) exactly as
 * {@code ./alpenlock run} reads them for GreenMail's {@code -Dgreenmail.users}.
 */
public final class DemoImapMailboxes {

    public static final String FILE = "mail-demo-imap-mailboxes.properties";
    public static final String DIRECTORY_FILE = "mail-demo-imap-directory.json";

    private DemoImapMailboxes() {
    }

    /** The demo files' folder in the assembled distribution. */
    public static Path demoDir() {
        return Path.of(TestSettings.keycloakDir(), "data", "alpenlock-demo");
    }

    /** Address to password, in the file's order. */
    public static Map<String, String> all() {
        Map<String, String> mailboxes = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(demoDir().resolve(FILE))) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 1) {
                    continue;
                }
                mailboxes.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(mailboxes);
    }

    /** Creates them in the tests' mail server as {@code run} does in its GreenMail (the address is the login). */
    static void createIn(GreenMail mail) {
        all().forEach((address, password) -> mail.setUser(address, address, password));
    }
}
