package io.alpenlock.it.mailbox;

import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.addDirectory;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.assertRefused;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.login;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.realm;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.refused;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.usernames;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The {@code alpenlock-mailbox} federation of the IMAP kind against a real Dovecot (started by this class, Debian
 * {@code dovecot-imapd}) and GreenMail's IMAP: every stored scheme logs in, wrong passwords and unknown mailboxes are
 * refused, settings that cannot work are refused on save with the problem named, and a directory that is down or
 * slow ends a browser login within the timeout with a clear message (for the JDBC kind too).
 */
@AlpenlockIT
@Order(90)
class MailboxImapDirectoryIT {

    /** Schemes Dovecot stores and the password each row of the vectors file was made with. */
    private static final Set<String> SCHEMES = Set.of("PLAIN", "BLF-CRYPT", "SHA512-CRYPT", "SHA256-CRYPT",
            "ARGON2ID", "MD5-CRYPT", "SSHA512");

    private static final Map<String, String[]> ACCOUNTS = new LinkedHashMap<>();
    private static Dovecot dovecot;

    @BeforeAll
    static void startDovecot() throws IOException {
        int i = 0;
        for (String[] v : MailboxFederationOnH2IT.vectors()) {
            if (SCHEMES.contains(v[0]) && ACCOUNTS.values().stream().noneMatch(a -> a[0].equals(v[0]))) {
                ACCOUNTS.put("user" + i++ + "@dovecot.example", v);
            }
        }
        ACCOUNTS.put("umlaut@dovecot.example", new String[] {"PLAIN", "Grüezi-mitenand, ça va? 🏔",
                "{PLAIN}Grüezi-mitenand, ça va? 🏔"});
        Map<String, String> passwd = new LinkedHashMap<>();
        ACCOUNTS.forEach((address, v) -> passwd.put(address, v[2]));
        long start = System.nanoTime();
        dovecot = new Dovecot(passwd);
        System.out.printf("dovecot up on port %d after %d ms%n", dovecot.port(), (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    static void stopDovecot() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void everySchemeDovecotStoresLogsInOverImapAndWrongPasswordsOrUnknownMailboxesDoNot(Environment env) {
        String realm = realmWithImap(env, dovecot.port(), "dovecot.example", Map.of());
        assertThat(ACCOUNTS.values().stream().map(a -> a[0]).distinct()).hasSize(SCHEMES.size());
        List<String> failures = new ArrayList<>();
        ACCOUNTS.forEach((address, v) -> {
            HttpResponse<String> right = login(env, realm, address.toUpperCase(), v[1]);
            HttpResponse<String> wrong = login(env, realm, address, v[1] + "x");
            if (right.statusCode() != 200 || !refused(wrong)) {
                failures.add(v[0] + " " + address + ": right " + right.statusCode() + " " + right.body()
                        + ", wrong " + wrong.statusCode());
            }
        });
        assertThat(failures).as(dovecot.log()).isEmpty();
        assertThat(refused(login(env, realm, "nobody@dovecot.example", "secret"))).isTrue();
        assertThat(refused(login(env, realm, "user0@other.example", ACCOUNTS.values().iterator().next()[1])))
                .isTrue();
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void anAddressOfTheDomainsIsFoundByTheAdminWithoutAPasswordButCannotGetANewOne(Environment env) {
        String realm = realmWithImap(env, dovecot.port(), "dovecot.example", Map.of());
        String users = "/admin/realms/" + realm + "/users";
        JsonNode exact = env.admin().get(users + "?username=User0@Dovecot.example&exact=true");
        assertThat(usernames(exact)).containsExactly("user0@dovecot.example");
        assertThat(usernames(env.admin().get(users + "?search=user0@dovecot.example"))).containsExactly(
                "user0@dovecot.example");
        assertThat(env.admin().get(users + "?search=user").size()).isZero();
        assertThat(env.admin().get(users + "?username=user0@other.example&exact=true").size()).isZero();

        String id = exact.get(0).path("id").asText();
        AdminApi.Result reset = env.admin().put(users + "/" + id + "/reset-password",
                Map.of("type", "password", "value", "Neues-Passwort-2026", "temporary", false));
        assertThat(reset.status()).as(reset.body()).isEqualTo(400);
        assertThat(refused(login(env, realm, "user0@dovecot.example", "Neues-Passwort-2026"))).isTrue();
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void greenMailsImapMailboxesLogInToo(Environment env) {
        String domain = "gm-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        env.mail().setUser("carla@" + domain, "carla@" + domain, "Carla-2026!");
        String realm = realmWithImap(env, env.mail().getImap().getPort(), domain, Map.of());
        assertThat(login(env, realm, "carla@" + domain, "Carla-2026!").statusCode()).isEqualTo(200);
        assertThat(refused(login(env, realm, "carla@" + domain, "carla-2026!"))).isTrue();
        assertThat(refused(login(env, realm, "nobody@" + domain, "Carla-2026!"))).isTrue();
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void imapSettingsThatCannotWorkAreRefusedOnSaveWithTheProblemNamed(Environment env) throws IOException {
        String realm = realm(env);
        int closed = MailboxDirectory.freePort();
        String port = Integer.toString(dovecot.port());
        assertRefused(env, realm, imap(Integer.toString(closed), "PLAIN"), "nothing accepts connections at 127.0.0.1:"
                + closed);
        assertRefused(env, realm, imap(port, "TLS"), "choose STARTTLS");
        assertRefused(env, realm, imap(port, "STARTTLS"), "does not offer STARTTLS");
        assertRefused(env, realm, imap("70000", "PLAIN"), "the IMAP port must be a whole number from 1 to 65535");
        Map<String, String> remotePlain = new HashMap<>(imap(port, "PLAIN"));
        remotePlain.put("imapHost", "imap.example.org");
        assertRefused(env, realm, remotePlain, "plain IMAP (no TLS) is allowed only to a server on the loopback");
        Map<String, String> unknownHost = new HashMap<>(imap("993", "TLS"));
        unknownHost.put("imapHost", "no-such-host.invalid");
        assertRefused(env, realm, unknownHost, "the IMAP host 'no-such-host.invalid' is unknown");
        Map<String, String> noDomain = new HashMap<>(imap(port, "PLAIN"));
        noDomain.remove("imapDomains");
        assertRefused(env, realm, noDomain, "at least one mail domain is required");
        assertThat(env.admin().get("/admin/realms/" + realm + "/components?type="
                + "org.keycloak.storage.UserStorageProvider").size()).isZero();
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void whenDovecotIsDownOrSilentABrowserLoginSaysSoWithinTheTimeout(Environment env) throws IOException {
        try (Dovecot own = new Dovecot(Map.of("erin@down.example", "{PLAIN}secret"))) {
            String realm = realmWithImap(env, own.port(), "down.example",
                    Map.of("imapConnectTimeoutSeconds", "2", "imapReadTimeoutSeconds", "2"));
            BrowserLogin.prepare(env, realm);
            assertThat(BrowserLogin.attempt(env, realm, "erin@down.example", "secret").statusCode()).isEqualTo(302);

            own.stop();
            BrowserLogin.assertDirectoryDownPage(env, realm, "erin@down.example", "secret", "IMAP, server stopped",
                    4_000);
            own.start();
            assertThat(BrowserLogin.attempt(env, realm, "erin@down.example", "secret").statusCode()).isEqualTo(302);
            env.admin().delete("/admin/realms/" + realm);
        }
        try (FakeImap slow = new FakeImap()) {
            String realm = realmWithImap(env, slow.port(), "slow.example",
                    Map.of("imapConnectTimeoutSeconds", "2", "imapReadTimeoutSeconds", "2"));
            BrowserLogin.prepare(env, realm);
            slow.goSilent();
            BrowserLogin.assertDirectoryDownPage(env, realm, "erin@slow.example", "secret", "IMAP, server silent",
                    6_000);
            assertThat(refused(login(env, realm, "erin@slow.example", "secret"))).isTrue();
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    static Map<String, String> imap(String port, String security) {
        return Map.of("directoryKind", "IMAP", "imapHost", "127.0.0.1", "imapPort", port, "imapSecurity", security,
                "imapDomains", "dovecot.example", "imapConnectTimeoutSeconds", "2", "imapReadTimeoutSeconds", "2");
    }

    static String realmWithImap(Environment env, int port, String domains, Map<String, String> extra) {
        String realm = realm(env);
        Map<String, String> settings = new HashMap<>(imap(Integer.toString(port), "PLAIN"));
        settings.put("imapDomains", domains);
        settings.putAll(extra);
        AdminApi.Result result = addDirectory(env, realm, settings);
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        return realm;
    }
}
