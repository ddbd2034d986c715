package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.ServerProfile;

/**
 * Deleted mailboxes (docs/mailbox-federation.md, "Deleted mailboxes"): the mail platform's authenticated webhook and
 * the check against a JDBC directory ({@link ReachableDirectory}) remove links, tell the linked accounts by e-mail
 * and give the account whose login was the mailbox a recovery username (SMS through the real Twilio SDK to WireMock,
 * e-mail to its recovery address through GreenMail). Bad calls change nothing; a directory that cannot answer, an
 * IMAP directory and the mass-deletion guard delete nothing.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(921)
class MailboxDeletionIT {

    private static final String PASSWORD = "deletion-account-2026";
    private static final String MAILBOX = "{PLAIN}deletion-mailbox-2026";
    private static final String RETIRED_MESSAGE = "We sent you a recovery username by SMS";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReachableDirectory directory;
    private final List<String> realms = new ArrayList<>();
    private Environment env;

    /** Removes the test's realms (so the periodic check stops visiting them), then its directory. */
    @AfterEach
    void cleanUp() {
        if (env != null) {
            realms.forEach(realm -> env.admin().delete("/admin/realms/" + realm));
        }
        if (directory != null) {
            directory.close();
        }
    }

    record Realms(String accounts, String mail, String platformSecret) {
    }

    // --- the webhook --------------------------------------------------------------------------------------------

    @Test
    void theWebhookRemovesLinksTellsLinkedAccountsAndGivesTheLoginOwnerARecoveryUsernameOnce(Environment env)
            throws Exception {
        Realms r = realms(env, Map.of());
        String owner = env.admin().createUser(r.accounts(), "delowner", PASSWORD, "en");
        String address = username(env, r, owner);
        String phone = "+41795559201";
        String rescue = "rescue-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
        env.admin().setVerifiedPhoneNumber(r.accounts(), owner, phone);
        setRecoveryEmail(env, r.accounts(), owner, rescue);
        String reader = env.admin().createUser(r.accounts(), "delreader", PASSWORD, "en");
        String leser = env.admin().createUser(r.accounts(), "delleser", PASSWORD, "de");
        directory.add(address, MAILBOX, true, null);
        for (String user : List.of(owner, reader, leser)) {
            assertThat(link(env, r, user, address).status()).isEqualTo(201);
        }

        HttpResponse<String> response = webhook(env, r, platformToken(env, r), "application/json",
                "{\"address\": \" " + address.toUpperCase() + " \"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(AdminApi.JSON.readTree(response.body()).get("processed").get(0).asText()).isEqualTo(address);

        String recoveryUsername = env.admin().user(r.accounts(), owner).get("username").asText();
        assertThat(recoveryUsername).matches("td[0-9]{5}"); // "Test" "delowner"
        assertThat(env.twilio().awaitMessagesTo(phone, 1).get(0).body()).contains(recoveryUsername);
        assertThat(Mails.plainText(env.awaitMailTo(rescue, "recovery username"))).contains(recoveryUsername);
        MimeMessage english = env.awaitMailTo(username(env, r, reader), "was deleted");
        assertThat(Mails.plainText(english)).contains("The mailbox " + address + " no longer exists");
        MimeMessage german = env.awaitMailTo(username(env, r, leser), "wurde gelöscht");
        assertThat(Mails.plainText(german)).contains("Das Postfach " + address + " existiert");
        assertThat(env.admin().get(linksPath(r) + "?address=" + address)).isEmpty();

        JsonNode removed = env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL&max=50");
        assertThat(removed.findValuesAsText("reason")).containsOnly("mailbox_deleted").hasSize(3);
        assertThat(removed.findValuesAsText("alpenlock_via")).containsOnly("mail-platform");
        List<JsonNode> adminEvents = new ArrayList<>();
        env.admin().get("/admin/realms/" + r.accounts() + "/admin-events?max=200").forEach(e -> {
            if ("ALPENLOCK_MAILBOX".equals(e.path("resourceType").asText())) {
                adminEvents.add(e);
            }
        });
        assertThat(adminEvents).hasSize(1);
        assertThat(adminEvents.get(0).get("resourcePath").asText()).isEqualTo("alpenlock-mailboxes/platform/mailbox-deleted");
        assertThat(adminEvents.get(0).get("operationType").asText()).isEqualTo("ACTION");
        assertThat(adminEvents.toString()).doesNotContain(r.platformSecret());

        FormLoginClient old = new FormLoginClient();
        old.open(new DemoClient(env.server(), r.accounts()).authorizationUrl(Map.of()));
        String page = old.pageAfter(old.submit(Map.of("username", address, "password", PASSWORD)));
        assertThat(page).contains(RETIRED_MESSAGE).contains("kc-form-login");

        HttpResponse<String> again = webhook(env, r, platformToken(env, r), "application/json",
                "{\"addresses\": [\"" + address + "\"]}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        Thread.sleep(1500);
        assertThat(env.twilio().messagesTo(phone)).as("a second call sends nothing").hasSize(1);
        Mails.assertNoMoreThan(env, username(env, r, reader), 1);
        Mails.assertNoMoreThan(env, username(env, r, leser), 1);
        Mails.assertNoMoreThan(env, rescue, 1);
        assertThat(env.admin().user(r.accounts(), owner).get("username").asText()).isEqualTo(recoveryUsername);
        assertThat(env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL&max=50"))
                .hasSize(3);
    }

    @Test
    void badWebhookCallsGetA4xxAndChangeNothing(Environment env) throws Exception {
        Realms r = realms(env, Map.of());
        String owner = env.admin().createUser(r.accounts(), "delbad", PASSWORD, "en");
        String address = username(env, r, owner);
        directory.add(address, MAILBOX, true, null);
        assertThat(link(env, r, owner, address).status()).isEqualTo(201);
        String good = platformToken(env, r);
        String body = "{\"address\": \"" + address + "\"}";

        assertThat(webhook(env, r, null, "application/json", body).statusCode()).as("no token").isEqualTo(401);
        assertThat(webhook(env, r, "not-a-token", "application/json", body).statusCode()).as("garbage").isEqualTo(401);
        assertThat(webhook(env, r, masterAdminToken(env), "application/json", body).statusCode())
                .as("a token of another realm").isEqualTo(401);
        HttpResponse<String> noRole = webhook(env, r, clientToken(env, r, "no-role-client", "no-role-secret-2026"),
                "application/json", body);
        assertThat(noRole.statusCode()).as("a token without the role").isEqualTo(403);
        assertThat(noRole.body()).contains("alpenlock-mail-platform");
        assertThat(webhook(env, r, good, "text/plain", body).statusCode()).as("not JSON").isEqualTo(415);
        assertThat(webhook(env, r, good, null, body).statusCode()).as("no content type").isEqualTo(415);
        HttpResponse<String> big = webhook(env, r, good, "application/json",
                "{\"address\": \"" + "a".repeat(20_000) + "@x.test\"}");
        assertThat(big.statusCode()).as("oversized").isEqualTo(413);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add("\"m" + i + "@x.test\"");
        }
        for (String bad : List.of("{\"address\":", "[]", "\"" + address + "\"", "{}", "{\"address\": 42}",
                "{\"address\": \"no-at-sign\"}", "{\"address\": \"" + address + "\", \"force\": true}",
                "{\"address\": \"a b@x.test\"}", "{\"addresses\": []}", "{\"addresses\": [" + String.join(",", tooMany) + "]}",
                "{\"address\": \"" + address + "\", \"addresses\": [\"" + address + "\"]}")) {
            HttpResponse<String> response = webhook(env, r, good, "application/json", bad);
            assertThat(response.statusCode()).as(bad.length() > 60 ? bad.substring(0, 60) : bad).isEqualTo(400);
            assertThat(AdminApi.JSON.readTree(response.body()).get("error").asText()).isEqualTo("invalid_request");
            assertThat(AdminApi.JSON.readTree(response.body()).get("error_description").asText()).isNotBlank();
        }
        HttpResponse<String> unknown = webhook(env, r, good, "application/json",
                "{\"address\": \"nobody-" + UUID.randomUUID() + "@alpenlock.test\"}");
        assertThat(unknown.statusCode()).as("an unknown address: nothing to do").isEqualTo(200);

        HttpResponse<String> notAnAdmin = HTTP.send(HttpRequest.newBuilder(URI.create(env.server().baseUrl()
                        + linksPath(r).replace("/links", "/deletion-check")))
                .header("Authorization", "Bearer " + clientToken(env, r, "no-role-client", "no-role-secret-2026"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notAnAdmin.statusCode()).as("run now without manage-users").isEqualTo(403);
        HttpResponse<String> platformIsNoAdmin = HTTP.send(HttpRequest.newBuilder(URI.create(env.server().baseUrl()
                        + linksPath(r).replace("/links", "/deletion-check")))
                .header("Authorization", "Bearer " + good)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(platformIsNoAdmin.statusCode()).as("the mail platform's token is no admin token").isEqualTo(403);

        assertThat(env.admin().get(linksPath(r))).hasSize(1);
        assertThat(env.admin().user(r.accounts(), owner).get("username").asText()).isEqualTo(address);
        assertThat(env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL")).isEmpty();
        assertThat(env.mailsTo(address)).isEmpty();
    }

    // --- the check ----------------------------------------------------------------------------------------------

    @Test
    void theCheckTreatsRowsGoneFromTheDirectoryAsDeletedAndNeverTouchesAddressesThatWereNoMailbox(Environment env)
            throws Exception {
        Realms r = realms(env, Map.of());
        String owner = env.admin().createUser(r.accounts(), "chkowner", PASSWORD, "en");
        String address = username(env, r, owner);
        String phone = "+41795559202";
        env.admin().setVerifiedPhoneNumber(r.accounts(), owner, phone);
        String reader = env.admin().createUser(r.accounts(), "chkreader", PASSWORD, "fr");
        String outsider = env.admin().createUser(r.accounts(), "chkoutside", PASSWORD, "en");
        String outsiderLogin = username(env, r, outsider);
        String shared = "shared-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        String kept = "kept-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        directory.add(address, MAILBOX, true, null);
        directory.add(shared, MAILBOX, true, null);
        directory.add(kept, MAILBOX, true, null);
        assertThat(link(env, r, reader, shared).status()).isEqualTo(201);
        assertThat(link(env, r, reader, kept).status()).isEqualTo(201);

        JsonNode first = checkNow(env, r);
        assertThat(first.get("status").asText()).isEqualTo("completed");
        assertThat(first.get("checked").asInt()).isEqualTo(3); // two links and the owner's login, not the outsider's
        assertThat(first.get("notFound").asInt()).isZero();

        directory.remove(address);
        directory.remove(shared);
        JsonNode second = checkNow(env, r);
        assertThat(second.get("status").asText()).as(second.toString()).isEqualTo("completed");
        assertThat(second.get("notFound").asInt()).isEqualTo(2);
        assertThat(second.get("deleted")).extracting(JsonNode::asText).containsExactlyInAnyOrder(address, shared);
        assertThat(second.get("linksRemoved").asInt()).isEqualTo(1);
        assertThat(second.get("recoveryUsernames").asInt()).isEqualTo(1);

        String recoveryUsername = env.admin().user(r.accounts(), owner).get("username").asText();
        assertThat(recoveryUsername).matches("tc[0-9]{5}");
        assertThat(env.twilio().awaitMessagesTo(phone, 1).get(0).body()).contains(recoveryUsername);
        assertThat(Mails.plainText(env.awaitMailTo(username(env, r, reader), "a été supprimée"))).contains(shared);
        JsonNode links = env.admin().get(linksPath(r));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("address").asText()).isEqualTo(kept);
        assertThat(env.admin().user(r.accounts(), outsider).get("username").asText())
                .as("a login that never was a mailbox").isEqualTo(outsiderLogin);

        JsonNode third = checkNow(env, r);
        assertThat(third.get("notFound").asInt()).as("idempotent").isZero();
        Thread.sleep(1000);
        assertThat(env.twilio().messagesTo(phone)).hasSize(1);
        JsonNode removed = env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL");
        assertThat(removed.findValuesAsText("alpenlock_via")).containsExactly("deletion-check");
    }

    @Test
    void thePeriodicCheckFindsADeletedLoginMailboxByItselfOnOneNode(Environment env) throws Exception {
        Realms r = realmsWith(env, Map.of());
        String owner = env.admin().createUser(r.accounts(), "perowner", PASSWORD, "en");
        String address = username(env, r, owner);
        String phone = "+41795559203";
        env.admin().setVerifiedPhoneNumber(r.accounts(), owner, phone);
        String reader = env.admin().createUser(r.accounts(), "perreader", PASSWORD, "it");
        directory.add(address, MAILBOX, true, null);
        assertThat(link(env, r, reader, address).status()).isEqualTo(201);

        JsonNode marked = await(() -> {
            JsonNode user = env.admin().user(r.accounts(), owner);
            return user.path("attributes").has("alpenlockLoginMailbox") ? user : null;
        });
        assertThat(marked.path("attributes").path("alpenlockLoginMailbox").get(0).asText())
                .as("the periodic check saw the login in the directory").isEqualTo(address);
        assertThat(env.admin().get(linksPath(r))).hasSize(1);

        directory.remove(address);
        JsonNode renamed = await(() -> {
            JsonNode user = env.admin().user(r.accounts(), owner);
            return user.get("username").asText().equals(address) ? null : user;
        });
        String recoveryUsername = renamed.get("username").asText();
        assertThat(recoveryUsername).matches("tp[0-9]{5}");
        assertThat(env.twilio().awaitMessagesTo(phone, 1).get(0).body()).contains(recoveryUsername);
        assertThat(Mails.plainText(env.awaitMailTo(username(env, r, reader), "è stata eliminata"))).contains(address);
        assertThat(env.admin().get(linksPath(r))).isEmpty();
        JsonNode removed = env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL");
        assertThat(removed.findValuesAsText("alpenlock_via")).containsExactly("deletion-check");

        Thread.sleep(12_000); // at least one more periodic run
        assertThat(env.twilio().messagesTo(phone)).as("later runs send nothing").hasSize(1);
        Mails.assertNoMoreThan(env, username(env, r, reader), 1);
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the periodic check did not act within 90 s");
    }

    @Test
    void aDirectoryThatCannotAnswerDeletesNothing(Environment env) throws Exception {
        Realms r = realms(env, Map.of());
        String reader = env.admin().createUser(r.accounts(), "chkdown", PASSWORD, "en");
        String gone = "gone-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        directory.add(gone, MAILBOX, true, null);
        assertThat(link(env, r, reader, gone).status()).isEqualTo(201);
        directory.remove(gone);
        directory.tableAway(true);

        JsonNode down = checkNow(env, r);
        assertThat(down.get("status").asText()).isEqualTo("skipped");
        assertThat(down.get("reason").asText()).isEqualTo("directory_unavailable");
        assertThat(env.admin().get(linksPath(r))).hasSize(1);

        directory.tableAway(false);
        JsonNode back = checkNow(env, r);
        assertThat(back.get("status").asText()).isEqualTo("completed");
        assertThat(back.get("deleted").get(0).asText()).isEqualTo(gone);
        assertThat(env.admin().get(linksPath(r))).isEmpty();
        assertThat(env.awaitMailTo(username(env, r, reader), "was deleted")).isNotNull();
    }

    @Test
    void theMassDeletionGuardRefusesARunInWhichTooManyAddressesVanish(Environment env) throws Exception {
        Realms r = realms(env, Map.of("alpenlockMailboxDeletionMaxPerRun", "1"));
        String reader = env.admin().createUser(r.accounts(), "chkguard", PASSWORD, "en");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String a = "guard" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
            addresses.add(a);
            directory.add(a, MAILBOX, true, null);
            assertThat(link(env, r, reader, a).status()).isEqualTo(201);
        }
        addresses.forEach(directory::remove);

        JsonNode refused = checkNow(env, r);
        assertThat(refused.get("status").asText()).isEqualTo("refused");
        assertThat(refused.get("reason").asText()).isEqualTo("mass_deletion_guard");
        assertThat(refused.get("notFound").asInt()).isEqualTo(2);
        assertThat(refused.get("deleted")).isEmpty();
        assertThat(env.admin().get(linksPath(r))).hasSize(2);
        JsonNode errors = env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL_ERROR");
        assertThat(errors.findValuesAsText("error")).contains("alpenlock_mass_deletion_guard");
        Thread.sleep(500);
        assertThat(env.mailsTo(username(env, r, reader))).isEmpty();

        AdminApi.Result raised = env.admin().put("/admin/realms/" + r.accounts(), Map.of("attributes",
                Map.of("alpenlockMailboxRealm", r.mail(), "alpenlockMailboxDeletionMaxPerRun", "5",
                        "alpenlockMailboxDeletionCheck", "on-demand")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(204);
        assertThat(checkNow(env, r).get("status").asText()).isEqualTo("completed");
        assertThat(env.admin().get(linksPath(r))).isEmpty();
    }

    @Test
    void anImapDirectoryCannotTellDeletionsSoTheCheckSkipsAndTheRunNowCallNeedsAnAdmin(Environment env)
            throws Exception {
        this.env = env;
        String mail = MailboxFederationOnH2IT.realm(env);
        realms.add(mail);
        Map<String, String> imap = new HashMap<>(Map.of("directoryKind", "IMAP", "imapHost", "127.0.0.1",
                "imapPort", Integer.toString(env.mail().getImap().getPort()), "imapSecurity", "PLAIN",
                "imapDomains", "imap-deletion.test"));
        AdminApi.Result federation = MailboxFederationOnH2IT.addDirectory(env, mail, imap);
        assertThat(federation.status()).as(federation.body()).isEqualTo(201);
        String accounts = env.admin().createRealmLikeAccountsSendingMail("delimap",
                realm -> realm.withObject("attributes").put("alpenlockMailboxRealm", mail));
        realms.add(0, accounts);
        Realms r = new Realms(accounts, mail, null);
        JsonNode skipped = checkNow(env, r);
        assertThat(skipped.get("status").asText()).isEqualTo("skipped");
        assertThat(skipped.get("reason").asText()).isEqualTo("directory_cannot_look_up");

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(env.server().baseUrl()
                        + linksPath(r).replace("/links", "/deletion-check")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /**
     * A mail realm federating a fresh JDBC directory, an accounts realm pointing at it with a mail-platform client,
     * left out of the periodic check so that "run now" summaries are exact.
     */
    private Realms realms(Environment env, Map<String, String> attributes) {
        Map<String, String> onDemand = new HashMap<>(Map.of("alpenlockMailboxDeletionCheck", "on-demand"));
        onDemand.putAll(attributes);
        return realmsWith(env, onDemand);
    }

    /**
     * Like {@link #realms} but the server's periodic check (every 10 s in this profile) also looks at the realm, unless
     * the attributes say {@code alpenlockMailboxDeletionCheck=on-demand} (the tests that call "run now" and count).
     */
    private Realms realmsWith(Environment env, Map<String, String> attributes) {
        this.env = env;
        directory = new ReachableDirectory();
        String mail = MailboxFederationOnH2IT.realm(env);
        realms.add(mail);
        AdminApi.Result federation = MailboxFederationOnH2IT.addDirectory(env, mail, directory.settings());
        assertThat(federation.status()).as(federation.body()).isEqualTo(201);
        String accounts = env.admin().createRealmLikeAccountsSendingMail("maildel", realm -> {
            ObjectNode a = realm.withObject("attributes");
            a.put("alpenlockMailboxRealm", mail);
            attributes.forEach(a::put);
            realm.put("bruteForceProtected", false);
            realm.put("eventsEnabled", true);
            realm.put("adminEventsEnabled", true);
            realm.put("adminEventsDetailsEnabled", true);
        });
        realms.add(0, accounts);
        ObjectNode profile = (ObjectNode) env.admin().get("/admin/realms/" + accounts + "/users/profile");
        profile.put("unmanagedAttributePolicy", "ADMIN_EDIT");
        assertThat(env.admin().put("/admin/realms/" + accounts + "/users/profile", profile).status()).isEqualTo(200);

        String secret = "platform-secret-" + UUID.randomUUID();
        assertThat(env.admin().post("/admin/realms/" + accounts + "/roles",
                Map.of("name", "alpenlock-mail-platform")).status()).isEqualTo(201);
        String platform = serviceAccountClient(env, accounts, "mail-platform", secret);
        JsonNode role = env.admin().get("/admin/realms/" + accounts + "/roles/alpenlock-mail-platform");
        AdminApi.Result granted = env.admin().post("/admin/realms/" + accounts + "/users/" + platform
                + "/role-mappings/realm", List.of(role));
        assertThat(granted.status()).as(granted.body()).isEqualTo(204);
        serviceAccountClient(env, accounts, "no-role-client", "no-role-secret-2026");
        return new Realms(accounts, mail, secret);
    }

    /** A confidential client with a service account; returns the service account's user id. */
    private static String serviceAccountClient(Environment env, String realm, String clientId, String secret) {
        AdminApi.Result created = env.admin().post("/admin/realms/" + realm + "/clients", Map.of("clientId", clientId,
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "directAccessGrantsEnabled", false, "clientAuthenticatorType", "client-secret", "secret", secret));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.location().substring(created.location().lastIndexOf('/') + 1);
        return env.admin().get("/admin/realms/" + realm + "/clients/" + id + "/service-account-user").get("id").asText();
    }

    private static String platformToken(Environment env, Realms r) throws Exception {
        return clientToken(env, r.accounts(), "mail-platform", r.platformSecret());
    }

    private static String clientToken(Environment env, Realms r, String clientId, String secret) throws Exception {
        return clientToken(env, r.accounts(), clientId, secret);
    }

    private static String clientToken(Environment env, String realm, String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(env.server().realmUrl(realm)
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AdminApi.JSON.readTree(response.body()).get("access_token").asText();
    }

    private static String masterAdminToken(Environment env) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username="
                + enc(io.alpenlock.it.support.KeycloakServer.ADMIN_USER)
                + "&password=" + enc(io.alpenlock.it.support.KeycloakServer.ADMIN_PASSWORD);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(env.server().realmUrl("master")
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return AdminApi.JSON.readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> webhook(Environment env, Realms r, String token, String contentType,
            String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(env.server().baseUrl() + "/realms/"
                        + r.accounts() + "/alpenlock-mailboxes/platform/mailbox-deleted")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode checkNow(Environment env, Realms r) {
        AdminApi.Result result = env.admin().post(linksPath(r).replace("/links", "/deletion-check"), Map.of());
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result.json();
    }

    private static AdminApi.Result link(Environment env, Realms r, String userId, String address) {
        return env.admin().post(linksPath(r), Map.of("userId", userId, "address", address, "mayChangePassword", false));
    }

    private static String linksPath(Realms r) {
        return "/realms/" + r.accounts() + "/alpenlock-mailboxes/admin/links";
    }

    private static String username(Environment env, Realms r, String userId) {
        JsonNode user = env.admin().user(r.accounts(), userId);
        return user.has("email") ? user.get("email").asText() : user.get("username").asText();
    }

    private static void setRecoveryEmail(Environment env, String realm, String userId, String address) {
        ObjectNode user = (ObjectNode) env.admin().user(realm, userId);
        ObjectNode attributes = user.with("attributes");
        attributes.putArray("recoveryEmail").add(address);
        attributes.putArray("recoveryEmailVerified").add("true");
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm + "/users/" + userId, user);
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
