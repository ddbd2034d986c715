package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;

/**
 * Mailbox links, the mailbox password page and unification against a real Keycloak: an accounts-like realm whose
 * mail realm federates a test directory ({@link ReachableDirectory}: H2 over TCP, or a PostgreSQL schema when Keycloak
 * runs on PostgreSQL). Each test makes its own realms.
 */
@AlpenlockIT
@Order(95)
class MailboxLinksIT {

    static final String ACCOUNT_PASSWORD = "account-pass-2026";
    static final String MAILBOX_PASSWORD = "mailbox-pass-2026";
    static final String MAILBOX_HASH = "{PLAIN}" + MAILBOX_PASSWORD;

    private ReachableDirectory directory;

    @AfterEach
    void closeDirectory() {
        if (directory != null) {
            directory.close();
        }
    }

    ReachableDirectory directory() {
        return directory;
    }

    /** An accounts-like realm with one user, and its mail realm federating a fresh directory. */
    record Realms(String accounts, String mail, String userId, String username) {
    }

    Realms realms(Environment env) {
        directory = new ReachableDirectory();
        String mail = MailboxFederationOnH2IT.realm(env);
        AdminApi.Result settings = env.admin().put("/admin/realms/" + mail, Map.of("bruteForceProtected", true,
                "failureFactor", 30, "eventsEnabled", true, "passwordPolicy", "length(12) and maxLength(128)"));
        assertThat(settings.status()).as(settings.body()).isEqualTo(204);
        Map<String, String> directorySettings = new java.util.HashMap<>(directory.settings());
        directorySettings.put("writePasswordScheme", "SHA512-CRYPT");
        AdminApi.Result federation = MailboxFederationOnH2IT.addDirectory(env, mail, directorySettings);
        assertThat(federation.status()).as(federation.body()).isEqualTo(201);
        String accounts = env.admin().createRealmLikeAccountsSendingMail("links", realm -> {
            realm.withObject("attributes").put("alpenlockMailboxRealm", mail);
            realm.put("bruteForceProtected", false);
            realm.put("eventsEnabled", true);
            for (JsonNode client : realm.withArray("clients")) {
                if (client.path("clientId").asText().equals("alpenlock-mailboxes")) {
                    ((ObjectNode) client).put("baseUrl", "/realms/" + realm.get("realm").asText() + "/alpenlock-mailboxes/");
                    ((ObjectNode) client).putArray("redirectUris")
                            .add("/realms/" + realm.get("realm").asText() + "/alpenlock-mailboxes/*");
                }
            }
        });
        String userId = env.admin().createUser(accounts, "links", ACCOUNT_PASSWORD, "en");
        String username = env.admin().user(accounts, userId).get("username").asText();
        return new Realms(accounts, mail, userId, username);
    }

    private static String linksPath(String realm) {
        return "/realms/" + realm + "/alpenlock-mailboxes/admin/links";
    }

    private static AdminApi.Result link(Environment env, Realms r, String userId, String address, boolean may) {
        return env.admin().post(linksPath(r.accounts()), Map.of("userId", userId, "address", address,
                "mayChangePassword", may));
    }

    private static boolean mailboxLogsIn(Environment env, Realms r, String address, String password) {
        HttpResponse<String> response = MailboxFederationOnH2IT.login(env, r.mail(), address, password);
        if (MailboxFederationOnH2IT.refused(response)) {
            return false;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return true;
    }

    // --- administrators -----------------------------------------------------------------------------------------

    @Test
    void administratorsCreateListUpdateAndDeleteLinksThroughTheAdminApi(Environment env) {
        Realms r = realms(env);
        directory.add("shared@links.test", MAILBOX_HASH, true, "Shared");

        AdminApi.Result created = link(env, r, r.userId(), "Shared@Links.test", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).contains("/admin/links/");
        JsonNode body = created.json();
        assertThat(body.get("address").asText()).isEqualTo("shared@links.test");
        assertThat(body.get("mayChangePassword").asBoolean()).isTrue();
        assertThat(body.get("unified").asBoolean()).isFalse();
        String id = body.get("id").asText();

        assertThat(env.admin().get(linksPath(r.accounts()) + "?userId=" + r.userId())).hasSize(1);
        assertThat(env.admin().get(linksPath(r.accounts()) + "?address=shared@links.test").get(0).get("userId").asText())
                .isEqualTo(r.userId());
        assertThat(link(env, r, r.userId(), "shared@links.test", false).status()).isEqualTo(409);

        AdminApi.Result updated = env.admin().put(linksPath(r.accounts()) + "/" + id, Map.of("mayChangePassword", false));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("mayChangePassword").asBoolean()).isFalse();

        assertThat(env.admin().delete(linksPath(r.accounts()) + "/" + id).status()).isEqualTo(204);
        assertThat(env.admin().delete(linksPath(r.accounts()) + "/" + id).status()).isEqualTo(404);
        assertThat(env.admin().get(linksPath(r.accounts()))).isEmpty();
    }

    @Test
    void badAdminRequestsGetA4xxAndChangeNothing(Environment env) throws Exception {
        Realms r = realms(env);
        directory.add("kept@links.test", MAILBOX_HASH, true, null);
        String id = link(env, r, r.userId(), "kept@links.test", false).json().get("id").asText();
        String path = linksPath(r.accounts());

        assertThat(link(env, r, r.userId(), "nobody@links.test", true).status()).as("unknown mailbox").isEqualTo(400);
        assertThat(link(env, r, "no-such-user", "kept@links.test", true).status()).as("unknown user").isEqualTo(404);
        assertThat(env.admin().post(path, Map.of("userId", r.userId(), "address", "not an address")).status()).isEqualTo(400);
        assertThat(env.admin().post(path, Map.of("userId", r.userId(), "address", "kept@links.test",
                "mayChangePassword", "yes")).status()).as("wrong type").isEqualTo(400);
        assertThat(env.admin().post(path, Map.of("userId", r.userId(), "address", "kept@links.test", "admin", true))
                .status()).as("unknown field").isEqualTo(400);
        assertThat(env.admin().post(path, List.of(1, 2)).status()).as("not an object").isEqualTo(400);
        assertThat(env.admin().post(path, Map.of("userId", "u".repeat(5000), "address", "a@b.ch")).status())
                .as("oversized").isEqualTo(400);
        assertThat(env.admin().put(path + "/" + id, Map.of("unified", true)).status()).as("unify by admin").isEqualTo(400);
        assertThat(env.admin().put(path + "/" + id, Map.of()).status()).as("empty update").isEqualTo(400);
        assertThat(env.admin().put(path + "/nope", Map.of("mayChangePassword", true)).status()).isEqualTo(404);
        assertThat(rawPost(env, path, "{\"userId\":", "Bearer " + adminToken(env)).statusCode())
                .as("malformed JSON").isEqualTo(400);
        assertThat(rawPost(env, path, "{}", null).statusCode()).as("no token").isEqualTo(401);
        assertThat(env.admin().get(path + "/" + id).get("mayChangePassword").asBoolean()).isFalse();

        JsonNode links = env.admin().get(path);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("address").asText()).isEqualTo("kept@links.test");
    }

    private static String adminToken(Environment env) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username="
                + java.net.URLEncoder.encode(io.alpenlock.it.support.KeycloakServer.ADMIN_USER, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(io.alpenlock.it.support.KeycloakServer.ADMIN_PASSWORD,
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(env.server().realmUrl("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return AdminApi.JSON.readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> rawPost(Environment env, String path, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(env.server().baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- the account holder -------------------------------------------------------------------------------------

    @Test
    void aUserLinksAMailboxWithItsPasswordAndWrongPasswordsAreRefusedAndCounted(Environment env) {
        Realms r = realms(env);
        directory.add("home@links.test", MAILBOX_HASH, true, null);
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD);
        assertThat(page.page()).contains("id=\"alpenlock-mailboxes-none\"");

        HttpResponse<String> wrong = page.link("home@links.test", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("This mailbox address and password do not match.");
        HttpResponse<String> unknown = page.link("nobody@links.test", "not-the-password");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("This mailbox address and password do not match.");
        HttpResponse<String> noToken = page.post(Map.of("action", "link", "address", "home@links.test",
                "password", MAILBOX_PASSWORD, "alpenlockToken", "forged"));
        assertThat(noToken.statusCode()).as("without the page's form token").isEqualTo(403);
        assertThat(env.admin().get(linksPath(r.accounts()))).isEmpty();

        String mailboxId = MailboxFederationOnH2IT.onlyUser(env, r.mail(), "home@links.test");
        JsonNode attack = env.admin().get("/admin/realms/" + r.mail() + "/attack-detection/brute-force/users/" + mailboxId);
        assertThat(attack.get("numFailures").asInt()).isEqualTo(1);
        JsonNode events = env.admin().get("/admin/realms/" + r.mail() + "/events?type=LOGIN_ERROR&user=" + mailboxId);
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).get("error").asText()).isEqualTo("invalid_user_credentials");
        assertThat(events.get(0).get("details").get("alpenlock_via").asText()).isEqualTo("mailbox-link");

        HttpResponse<String> linked = page.link("Home@links.test", MAILBOX_PASSWORD);
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("The mailbox home@links.test is now linked to your account.");
        assertThat(linked.body()).contains("data-address=\"home@links.test\"");
        JsonNode links = env.admin().get(linksPath(r.accounts()) + "?userId=" + r.userId());
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("mayChangePassword").asBoolean()).isTrue();
        assertThat(page.link("home@links.test", MAILBOX_PASSWORD).statusCode()).as("linked twice").isEqualTo(409);
    }

    @Test
    void aPermittedAccountChangesTheMailboxPasswordUnderTheMailRealmsPolicy(Environment env) throws Exception {
        Realms r = realms(env);
        directory.add("team@links.test", MAILBOX_HASH, true, null);
        assertThat(link(env, r, r.userId(), "team@links.test", true).status()).isEqualTo(201);
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD);
        assertThat(page.page()).contains("id=\"alpenlock-mailbox-change-0\"")
                .doesNotContain("alpenlock-mailbox-unify-0");

        HttpResponse<String> tooShort = page.change("team@links.test", "short", false);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Invalid password: minimum length 12.");
        HttpResponse<String> mismatch = page.post(Map.of("action", "change", "address", "team@links.test",
                "password-new", "team-new-2026", "password-confirm", "team-other-2026"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(directory.stored("team@links.test")).isEqualTo(MAILBOX_HASH);

        HttpResponse<String> changed = page.change("team@links.test", "team-new-pass-2026", false);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("The password of team@links.test was changed.");
        assertThat(directory.stored("team@links.test")).startsWith("{SHA512-CRYPT}$6$");
        assertThat(mailboxLogsIn(env, r, "team@links.test", "team-new-pass-2026")).isTrue();
        assertThat(mailboxLogsIn(env, r, "team@links.test", MAILBOX_PASSWORD)).isFalse();
        assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), ACCOUNT_PASSWORD))
                .as("the account password is not touched").isTrue();

        var mail = env.awaitMailTo(r.username(), "team@links.test");
        assertThat(mail.getSubject()).isEqualTo("The password of your mailbox team@links.test was changed");
        io.alpenlock.it.support.Mails.assertContainsNone(mail, "team-new-pass-2026");
    }

    @Test
    void anAccountWithoutThePermissionCannotChangeTheMailboxPassword(Environment env) {
        Realms r = realms(env);
        directory.add("boss@links.test", MAILBOX_HASH, true, null);
        assertThat(link(env, r, r.userId(), "boss@links.test", false).status()).isEqualTo(201);
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD);
        assertThat(page.page()).contains("You can read this mailbox, but not change its password.")
                .doesNotContain("alpenlock-mailbox-change-0");

        HttpResponse<String> refused = page.change("boss@links.test", "boss-new-pass-2026", false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You are not allowed to change the password of this mailbox.");
        assertThat(directory.stored("boss@links.test")).isEqualTo(MAILBOX_HASH);
        assertThat(mailboxLogsIn(env, r, "boss@links.test", MAILBOX_PASSWORD)).isTrue();
        assertThat(page.change("other@links.test", "boss-new-pass-2026", false).statusCode())
                .as("a mailbox that is not linked").isEqualTo(404);
    }

    // --- unification --------------------------------------------------------------------------------------------

    @Test
    void unificationIsOfferedWhenAllThreeConditionsHold(Environment env) {
        Realms r = realms(env);
        directory.add(r.username(), MAILBOX_HASH, true, null);
        assertThat(link(env, r, r.userId(), r.username(), true).status()).isEqualTo(201);
        String page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD).page();
        assertThat(page).contains("id=\"alpenlock-mailbox-unify-0\"", "data-unification-offered=\"true\"");
    }

    @Test
    void unificationIsNotOfferedWhenTheLoginIdentifierIsAnotherAddress(Environment env) {
        Realms r = realms(env);
        directory.add("elsewhere@links.test", MAILBOX_HASH, true, null);
        assertThat(link(env, r, r.userId(), "elsewhere@links.test", true).status()).isEqualTo(201);
        String page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD).page();
        assertThat(page).contains("id=\"alpenlock-mailbox-change-0\"").doesNotContain("alpenlock-mailbox-unify-0");
    }

    @Test
    void unificationIsNotOfferedWhenAnotherAccountIsLinkedToTheMailboxToo(Environment env) {
        Realms r = realms(env);
        directory.add(r.username(), MAILBOX_HASH, true, null);
        String other = env.admin().createUser(r.accounts(), "other", ACCOUNT_PASSWORD, "en");
        assertThat(link(env, r, r.userId(), r.username(), true).status()).isEqualTo(201);
        assertThat(link(env, r, other, r.username(), false).status()).isEqualTo(201);
        String page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD).page();
        assertThat(page).contains("id=\"alpenlock-mailbox-change-0\"").doesNotContain("alpenlock-mailbox-unify-0");
        HttpResponse<String> forced = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD)
                .change(r.username(), "forced-unify-2026", true);
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(forced.body()).doesNotContain("they are the same");
        assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), ACCOUNT_PASSWORD))
                .as("a forged unify field changes no account password").isTrue();
    }

    @Test
    void unificationIsNotOfferedWithoutTheRightToChangeTheMailboxPassword(Environment env) {
        Realms r = realms(env);
        directory.add(r.username(), MAILBOX_HASH, true, null);
        assertThat(link(env, r, r.userId(), r.username(), false).status()).isEqualTo(201);
        String page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD).page();
        assertThat(page).doesNotContain("alpenlock-mailbox-unify-0").contains("data-unification-offered=\"false\"");
    }

    @Test
    void unifiedPasswordsStayTheSameWhicheverIsChangedUntilTheUserUndoesIt(Environment env) {
        Realms r = realms(env);
        directory.add(r.username(), MAILBOX_HASH, true, null);
        AdminApi.Result created = link(env, r, r.userId(), r.username(), true);
        String linkId = created.json().get("id").asText();
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD);

        // 1. on the mailbox page, with unification: both passwords change
        HttpResponse<String> unified = page.change(r.username(), "one-password-2026", true);
        assertThat(unified.statusCode()).as(unified.body()).isEqualTo(200);
        assertThat(unified.body()).contains("your account password were changed: from now on they are the same",
                "One password: your account and this mailbox use the same password.");
        assertThat(env.admin().get(linksPath(r.accounts()) + "/" + linkId).get("unified").asBoolean()).isTrue();
        assertThat(mailboxLogsIn(env, r, r.username(), "one-password-2026")).isTrue();
        assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), "one-password-2026")).isTrue();
        assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), ACCOUNT_PASSWORD)).isFalse();

        // 2. the account password set another way (an administrator's reset): the mailbox follows
        AdminApi.Result reset = env.admin().put("/admin/realms/" + r.accounts() + "/users/" + r.userId()
                + "/reset-password", Map.of("type", "password", "value", "account-side-2026", "temporary", false));
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertThat(mailboxLogsIn(env, r, r.username(), "account-side-2026")).isTrue();
        assertThat(mailboxLogsIn(env, r, r.username(), "one-password-2026")).isFalse();

        // 3. an account password the mail realm's policy refuses (12 characters there, 10 for accounts) is refused
        AdminApi.Result tooShort = env.admin().put("/admin/realms/" + r.accounts() + "/users/" + r.userId()
                + "/reset-password", Map.of("type", "password", "value", "eleven-char", "temporary", false));
        assertThat(tooShort.status()).as(tooShort.body()).isEqualTo(400);
        assertThat(mailboxLogsIn(env, r, r.username(), "account-side-2026")).isTrue();
        assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), "account-side-2026")).isTrue();

        // 4. undo: the passwords go their own ways again
        HttpResponse<String> separated = page.separate(r.username());
        assertThat(separated.statusCode()).isEqualTo(200);
        assertThat(separated.body()).contains("now have separate passwords")
                .doesNotContain("One password: your account and this mailbox");
        assertThat(env.admin().get(linksPath(r.accounts()) + "/" + linkId).get("unified").asBoolean()).isFalse();
        assertThat(env.admin().put("/admin/realms/" + r.accounts() + "/users/" + r.userId() + "/reset-password",
                Map.of("type", "password", "value", "account-only-2026", "temporary", false)).status()).isEqualTo(204);
        assertThat(mailboxLogsIn(env, r, r.username(), "account-side-2026")).isTrue();
        assertThat(mailboxLogsIn(env, r, r.username(), "account-only-2026")).isFalse();
        assertThat(page.separate(r.username()).statusCode()).as("nothing left to undo").isEqualTo(409);
    }

    @Test
    void aSecondAccountLinkedLaterEndsTheUnification(Environment env) {
        Realms r = realms(env);
        directory.add(r.username(), MAILBOX_HASH, true, null);
        String linkId = link(env, r, r.userId(), r.username(), true).json().get("id").asText();
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), ACCOUNT_PASSWORD);
        assertThat(page.change(r.username(), "one-password-2026", true).statusCode()).isEqualTo(200);

        String other = env.admin().createUser(r.accounts(), "second", ACCOUNT_PASSWORD, "en");
        assertThat(link(env, r, other, r.username(), false).status()).isEqualTo(201);

        assertThat(env.admin().get(linksPath(r.accounts()) + "/" + linkId).get("unified").asBoolean()).isFalse();
        assertThat(page.reload()).doesNotContain("One password: your account and this mailbox");
        assertThat(env.admin().put("/admin/realms/" + r.accounts() + "/users/" + r.userId() + "/reset-password",
                Map.of("type", "password", "value", "account-only-2026", "temporary", false)).status()).isEqualTo(204);
        assertThat(mailboxLogsIn(env, r, r.username(), "one-password-2026")).isTrue();
    }
}
