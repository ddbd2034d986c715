package io.alpenlock.it.mailbox;

import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.login;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.refused;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.usernames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoImapMailboxes;
import io.alpenlock.it.support.Environment;

/**
 * The demo's IMAP mailboxes (README "Try it", docs/mailbox-federation.md "Demo directory"): {@code ./alpenlock run}
 * creates them with their passwords in its local mail server and federates their domain into the {@code mail} realm
 * with the component file {@value DemoImapMailboxes#DIRECTORY_FILE}; the test harness's mail server has the same
 * mailboxes. Posted here, like {@link MailboxDemoIT}, to realms of the test's own: each mailbox password works on
 * the mail realm's login page, the token endpoint, the check page and in a mail client, and no other password does;
 * both demo directories live side by side in one realm; an account links an IMAP mailbox on the mailbox page, and
 * its password can only be changed on the mail server.
 */
@AlpenlockIT
@Order(98)
class MailboxImapDemoIT {

    private static final String DOMAIN = "imap.alpenlock.test";

    @Test
    void eachDemoImapMailboxSignsInWithItsPasswordOnTheLoginPageTheCheckPageAndInAMailClientAndNoOtherDoes(
            Environment env) throws Exception {
        Map<String, String> mailboxes = DemoImapMailboxes.all();
        assertThat(mailboxes).hasSizeGreaterThanOrEqualTo(2).allSatisfy((address, password) ->
                assertThat(address).endsWith("@" + DOMAIN));
        String realm = demoLikeMailRealm(env, false);

        for (Map.Entry<String, String> mailbox : mailboxes.entrySet()) {
            String address = mailbox.getKey();
            String password = mailbox.getValue();
            HttpResponse<String> page = BrowserLogin.attempt(env, realm, address, password);
            assertThat(page.statusCode()).as("login page, %s", address).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).startsWith(BrowserLogin.REDIRECT);
            HttpResponse<String> wrongPage = BrowserLogin.attempt(env, realm, address, password + "x");
            assertThat(wrongPage.statusCode()).as("login page, wrong password").isEqualTo(200);
            assertThat(wrongPage.body()).contains("Invalid username or password.");

            assertThat(login(env, realm, address.toUpperCase(), password).statusCode()).as(address).isEqualTo(200);
            assertThat(refused(login(env, realm, address, password.toUpperCase()))).isTrue();

            MailboxCheckPageIT.Answer works = MailboxCheckPageIT.check(env, realm, address, password);
            assertThat(works.status()).isEqualTo(200);
            assertThat(works.body()).contains(MailboxCheckPageIT.WORKS);
            MailboxCheckPageIT.Answer fails = MailboxCheckPageIT.check(env, realm, address, password + "x");
            assertThat(fails.body()).contains(MailboxCheckPageIT.FAILS).doesNotContain(MailboxCheckPageIT.WORKS);

            try (Store store = imapStore(env)) {
                store.connect(address, password);
                assertThat(store.getFolder("INBOX").exists()).as("%s opens in a mail client", address).isTrue();
            }
            assertThatThrownBy(() -> {
                try (Store store = imapStore(env)) {
                    store.connect(address, "alice-mailbox-2026");
                }
            }).isInstanceOf(AuthenticationFailedException.class);
        }
        Map.Entry<String, String> first = mailboxes.entrySet().iterator().next();
        assertThat(refused(login(env, realm, "nobody@" + DOMAIN, first.getValue()))).as("not a mailbox").isTrue();
        assertThat(MailboxCheckPageIT.check(env, realm, "nobody@" + DOMAIN, first.getValue()).body())
                .contains(MailboxCheckPageIT.FAILS);

        JsonNode found = env.admin().get("/admin/realms/" + realm + "/users?search=" + first.getKey());
        assertThat(usernames(found)).containsExactly(first.getKey());
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void theTableDirectoryAndTheImapDirectoryOfTheDemoServeOneMailRealmSideBySide(Environment env) throws Exception {
        boolean h2 = "dev-file".equals(System.getProperty("alpenlock.db", "dev-file"));
        String realm = demoLikeMailRealm(env, h2);
        Map.Entry<String, String> imap = DemoImapMailboxes.all().entrySet().iterator().next();

        assertThat(login(env, realm, imap.getKey(), imap.getValue()).statusCode()).isEqualTo(200);
        assertThat(refused(login(env, realm, imap.getKey(), "alice-mailbox-2026"))).isTrue();
        if (h2) {
            // the table directory's mailboxes are not sent to the IMAP server, and the other way round
            assertThat(login(env, realm, "alice@alpenlock.test", "alice-mailbox-2026").statusCode()).isEqualTo(200);
            assertThat(refused(login(env, realm, "alice@alpenlock.test", imap.getValue()))).isTrue();
            assertThat(MailboxCheckPageIT.check(env, realm, "info@alpenlock.test", "info-mailbox-2026").body())
                    .contains(MailboxCheckPageIT.WORKS);
        }
        JsonNode components = env.admin().get("/admin/realms/" + realm
                + "/components?type=org.keycloak.storage.UserStorageProvider");
        assertThat(components.findValuesAsText("name")).contains("demo-imap-directory");
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void anAccountLinksADemoImapMailboxOnTheMailboxPageButChangesItsPasswordOnlyOnTheMailServer(Environment env)
            throws Exception {
        String mail = demoLikeMailRealm(env, false);
        AdminApi.Result settings = env.admin().put("/admin/realms/" + mail, Map.of("bruteForceProtected", true,
                "failureFactor", 30, "eventsEnabled", true));
        assertThat(settings.status()).as(settings.body()).isEqualTo(204);
        String accounts = env.admin().createRealmLikeAccountsSendingMail("imapdemo", realm -> {
            realm.withObject("attributes").put("alpenlockMailboxRealm", mail);
            realm.put("bruteForceProtected", false);
            realm.put("eventsEnabled", true);
            for (JsonNode client : realm.withArray("clients")) {
                if (client.path("clientId").asText().equals("alpenlock-mailboxes")) {
                    String page = "/realms/" + realm.get("realm").asText() + "/alpenlock-mailboxes/";
                    ((ObjectNode) client).put("baseUrl", page);
                    ((ObjectNode) client).putArray("redirectUris").add(page + "*");
                }
            }
        });
        String userId = env.admin().createUser(accounts, "imapdemo", "account-pass-2026", "en");
        String username = env.admin().user(accounts, userId).get("username").asText();
        Map.Entry<String, String> imap = DemoImapMailboxes.all().entrySet().iterator().next();

        MailboxPage page = new MailboxPage(env, accounts).signIn(username, "account-pass-2026");
        HttpResponse<String> wrong = page.link(imap.getKey(), "account-pass-2026");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("This mailbox address and password do not match.");
        HttpResponse<String> linked = page.link(imap.getKey(), imap.getValue());
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(linked.body()).contains(imap.getKey());
        JsonNode links = env.admin().get("/realms/" + accounts + "/alpenlock-mailboxes/admin/links?userId=" + userId);
        assertThat(links.findValuesAsText("address")).containsExactly(imap.getKey());

        HttpResponse<String> change = page.change(imap.getKey(), "A-new-password-2026", false);
        assertThat(change.statusCode()).as(change.body()).isEqualTo(409);
        assertThat(change.body()).contains("The password of this mailbox is managed by the mail server and cannot be"
                + " changed here; nothing was changed.");
        assertThat(login(env, mail, imap.getKey(), imap.getValue()).statusCode()).isEqualTo(200);
        assertThat(refused(login(env, mail, imap.getKey(), "A-new-password-2026"))).isTrue();
        JsonNode errors = env.admin().get("/admin/realms/" + accounts + "/events?type=UPDATE_CREDENTIAL_ERROR&max=5");
        assertThat(errors.findValuesAsText("error")).contains("mailbox_read_only");
        env.admin().delete("/admin/realms/" + accounts);
        env.admin().delete("/admin/realms/" + mail);
    }

    @Test
    void mailKeycloakSendsToADemoImapAddressArrivesInThatMailboxBehindItsPassword(Environment env) throws Exception {
        Map.Entry<String, String> imap = DemoImapMailboxes.all().entrySet().iterator().next();
        String accounts = env.admin().createRealmLikeAccountsSendingMail("imapmail", realm -> { });
        String userId = env.admin().createUser(accounts, "imapmail", "account-pass-2026", "en");
        ObjectNode user = (ObjectNode) env.admin().user(accounts, userId);
        user.put("email", imap.getKey());
        AdminApi.Result updated = env.admin().put("/admin/realms/" + accounts + "/users/" + userId, user);
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
        int before = messagesIn(env, imap.getKey(), imap.getValue());

        AdminApi.Result sent = env.admin().put("/admin/realms/" + accounts + "/users/" + userId
                + "/execute-actions-email", List.of("UPDATE_PASSWORD"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(204);
        long deadline = System.currentTimeMillis() + 20_000;
        int now = messagesIn(env, imap.getKey(), imap.getValue());
        while (now == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            now = messagesIn(env, imap.getKey(), imap.getValue());
        }
        assertThat(now).as("messages in the INBOX of %s", imap.getKey()).isEqualTo(before + 1);
        env.admin().delete("/admin/realms/" + accounts);
    }

    /**
     * A mail realm like the demo one (login theme {@code alpenlock-mail}, five languages, events) with the demo IMAP
     * directory as {@code run} posts it, the port filled in; with the table directory first when asked.
     */
    static String demoLikeMailRealm(Environment env, boolean withTableDirectory) throws IOException {
        String realm = MailboxFederationOnH2IT.realm(env);
        if (withTableDirectory) {
            JsonNode table = AdminApi.JSON.readTree(DemoImapMailboxes.demoDir().resolve("mail-demo-directory.json")
                    .toFile());
            AdminApi.Result added = env.admin().post("/admin/realms/" + realm + "/components", table);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        AdminApi.Result added = env.admin().post("/admin/realms/" + realm + "/components", imapDirectory(env));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        BrowserLogin.prepare(env, realm);
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm, Map.of("loginTheme", "alpenlock-mail",
                "internationalizationEnabled", true, "supportedLocales", List.of("en", "de", "fr", "it", "es"),
                "defaultLocale", "en"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
        return realm;
    }

    /** The component file of the distribution with this run's IMAP port, as {@code ./alpenlock run} fills it in. */
    static JsonNode imapDirectory(Environment env) {
        try {
            String file = Files.readString(DemoImapMailboxes.demoDir().resolve(DemoImapMailboxes.DIRECTORY_FILE));
            assertThat(file).contains("${ALPENLOCK_IMAP_PORT:3143}");
            return AdminApi.JSON.readTree(file.replace("${ALPENLOCK_IMAP_PORT:3143}",
                    Integer.toString(env.mail().getImap().getPort())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Store imapStore(Environment env) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", Integer.toString(env.mail().getImap().getPort()));
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        return Session.getInstance(props).getStore("imap");
    }

    private static int messagesIn(Environment env, String address, String password) throws MessagingException {
        try (Store store = imapStore(env)) {
            store.connect(address, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            inbox.close(false);
            return messages.length;
        }
    }
}
