package io.alpenlock.mailbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImapDirectoryConfigTest {

    @Test
    void defaultsToStartTlsOnPort143WithFiveSecondTimeouts() {
        ImapDirectoryConfig config = ImapDirectoryConfig.from(Map.of("imapHost", "IMAP.Example.org",
                "imapDomains", "Example.org, @example.com;example.net"));
        assertThat(config.host()).isEqualTo("imap.example.org");
        assertThat(config.security()).isEqualTo(ImapSecurity.STARTTLS);
        assertThat(config.port()).isEqualTo(143);
        assertThat(config.domains()).containsExactlyInAnyOrder("example.org", "example.com", "example.net");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void tlsDefaultsToPort993AndExplicitValuesWin() {
        ImapDirectoryConfig config = ImapDirectoryConfig.from(Map.of("imapHost", "imap.example.org",
                "imapSecurity", "tls", "imapDomains", "example.org", "imapConnectTimeoutSeconds", "2",
                "imapReadTimeoutSeconds", "3"));
        assertThat(config.port()).isEqualTo(993);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(ImapDirectoryConfig.from(Map.of("imapHost", "h.example", "imapPort", "10993",
                "imapDomains", "example.org")).port()).isEqualTo(10993);
    }

    @Test
    void plainIsAllowedOnTheLoopbackOnly() {
        for (String host : new String[] {"localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"}) {
            assertThat(ImapDirectoryConfig.from(Map.of("imapHost", host, "imapSecurity", "PLAIN",
                    "imapDomains", "example.org")).security()).isEqualTo(ImapSecurity.PLAIN);
        }
        assertThatThrownBy(() -> ImapDirectoryConfig.from(Map.of("imapHost", "imap.example.org",
                "imapSecurity", "PLAIN", "imapDomains", "example.org")))
                .hasMessageContaining("plain IMAP (no TLS) is allowed only to a server on the loopback");
        assertThatThrownBy(() -> ImapDirectoryConfig.from(Map.of("imapHost", "10.0.0.1",
                "imapSecurity", "PLAIN", "imapDomains", "example.org")))
                .hasMessageContaining("loopback");
    }

    @Test
    void everyBadSettingIsNamed() {
        assertThatThrownBy(() -> ImapDirectoryConfig.from(Map.of("imapPort", "70000", "imapSecurity", "SSL",
                "imapDomains", "not a domain", "imapConnectTimeoutSeconds", "0", "imapReadTimeoutSeconds", "x")))
                .isInstanceOf(InvalidDirectoryConfigException.class)
                .satisfies(e -> assertThat(((InvalidDirectoryConfigException) e).problems()).containsExactlyInAnyOrder(
                        "the IMAP host is required",
                        "the IMAP security 'SSL' is not TLS, STARTTLS or PLAIN",
                        "the IMAP port must be a whole number from 1 to 65535, not '70000'",
                        "the IMAP connection timeout (seconds) must be a whole number from 1 to 30, not '0'",
                        "the IMAP read timeout (seconds) must be a whole number from 1 to 30, not 'x'",
                        "'not' is not a mail domain", "'a' is not a mail domain", "'domain' is not a mail domain"));
        assertThatThrownBy(() -> ImapDirectoryConfig.from(Map.of("imapHost", "imap.example.org")))
                .hasMessageContaining("at least one mail domain is required");
        assertThatThrownBy(() -> ImapDirectoryConfig.from(Map.of("imapHost", "imap example.org",
                "imapDomains", "example.org"))).hasMessageContaining("is not a host name");
    }

    @Test
    void hostsOnlyAddressesOfItsDomains() {
        ImapDirectoryConfig config = ImapDirectoryConfig.from(Map.of("imapHost", "localhost",
                "imapDomains", "example.org"));
        assertThat(config.hosts("a@example.org")).isTrue();
        assertThat(config.hosts("a@sub.example.org")).isFalse();
        assertThat(config.hosts("a@example.org.evil")).isFalse();
        assertThat(config.hosts("a@b@example.org")).isFalse();
        assertThat(config.hosts("@example.org")).isFalse();
    }
}
