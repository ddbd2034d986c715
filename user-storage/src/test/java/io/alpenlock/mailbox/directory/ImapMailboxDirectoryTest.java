package io.alpenlock.mailbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.alpenlock.mailbox.directory.PasswordCheck.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImapMailboxDirectoryTest {

    private GreenMail greenMail;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        greenMail.setUser("alice@example.org", "alice@example.org", "Geheim-2026");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private ImapMailboxDirectory directory(int port, String security, int timeout) {
        return new ImapMailboxDirectory(ImapDirectoryConfig.from(Map.of("imapHost", "127.0.0.1",
                "imapPort", Integer.toString(port), "imapSecurity", security, "imapDomains", "example.org",
                "imapConnectTimeoutSeconds", Integer.toString(timeout),
                "imapReadTimeoutSeconds", Integer.toString(timeout))));
    }

    private int port() {
        return greenMail.getImap().getPort();
    }

    @Test
    void theRightPasswordIsValidAndAWrongOneOrAnUnknownMailboxIsNot() {
        ImapMailboxDirectory directory = directory(port(), "PLAIN", 3);
        assertThat(directory.verify("Alice@Example.org", "Geheim-2026".toCharArray()).outcome())
                .isEqualTo(Outcome.VALID);
        assertThat(directory.verify("alice@example.org", "geheim-2026".toCharArray()).outcome())
                .isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(directory.verify("nobody@example.org", "Geheim-2026".toCharArray()).outcome())
                .isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(directory.verify("alice@example.org", new char[0]).outcome()).isEqualTo(Outcome.WRONG_PASSWORD);
    }

    @Test
    void addressesOfOtherDomainsAreUnknownAndNeverSentToTheServer() {
        ImapMailboxDirectory directory = directory(port(), "PLAIN", 3);
        greenMail.setUser("bob@other.example", "bob@other.example", "pw");
        assertThat(directory.verify("bob@other.example", "pw".toCharArray()).outcome())
                .isEqualTo(Outcome.UNKNOWN_MAILBOX);
        assertThat(directory.find("bob@other.example")).isEmpty();
        assertThat(directory.find("a b@example.org")).isEmpty();
        assertThat(directory.find("x@example.org")).get().extracting(Mailbox::address).isEqualTo("x@example.org");
    }

    @Test
    void searchFindsAnExactAddressOnlyAndTheDirectoryIsReadOnly() {
        ImapMailboxDirectory directory = directory(port(), "PLAIN", 3);
        assertThat(directory.search("ALICE@example.org", 0, 10)).extracting(Mailbox::address)
                .containsExactly("alice@example.org");
        assertThat(directory.search("alice", 0, 10)).isEmpty();
        assertThat(directory.search("alice@example.org", 1, 10)).isEmpty();
        assertThat(directory.count("alice@example.org")).isEqualTo(1);
        assertThat(directory.count("")).isZero();
        assertThat(directory.readOnly()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> directory.changePassword("alice@example.org", "x".toCharArray()))
                .isInstanceOf(DirectoryReadOnlyException.class);
    }

    @Test
    void aClosedPortMakesTheDirectoryUnavailableAtOnce() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        long start = System.nanoTime();
        PasswordCheck check = directory(closed, "PLAIN", 2).verify("alice@example.org", "Geheim-2026".toCharArray());
        assertThat(check.outcome()).isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);
        assertThat(check.detail()).contains("cannot connect").doesNotContain("Geheim");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aServerThatDoesNotAnswerMakesTheDirectoryUnavailableWithinTheReadTimeout() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.start();
            long start = System.nanoTime();
            PasswordCheck check = directory(silent.getLocalPort(), "PLAIN", 1)
                    .verify("alice@example.org", "Geheim-2026".toCharArray());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(check.outcome()).isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);
            assertThat(millis).isBetween(900L, 3_000L);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void startTlsIsRequiredWhenChosenSoAServerWithoutItIsUnavailable() {
        PasswordCheck check = directory(port(), "STARTTLS", 2).verify("alice@example.org", "Geheim-2026".toCharArray());
        assertThat(check.outcome()).isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);
    }

    @Test
    void testConnectionPassesForAPlainImapServerAndNamesEachMismatch() throws IOException {
        assertThat(directory(port(), "PLAIN", 2).check()).isEmpty();

        assertThat(messages(directory(port(), "STARTTLS", 2).check())).singleElement().asString()
                .contains("does not offer STARTTLS");
        assertThat(messages(directory(port(), "TLS", 2).check())).singleElement().asString()
                .contains("choose STARTTLS");

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThat(messages(directory(closed, "PLAIN", 2).check())).singleElement().asString()
                .contains("nothing accepts connections at 127.0.0.1:" + closed);

        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.start();
            assertThat(messages(directory(silent.getLocalPort(), "PLAIN", 1).check())).singleElement().asString()
                    .contains("sent no IMAP greeting within 1 s").contains("choose TLS");
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private static List<String> messages(List<DirectoryProblem> problems) {
        return problems.stream().map(DirectoryProblem::message).toList();
    }
}
