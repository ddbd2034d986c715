package io.alpenlock.it.mailbox;

import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.addDirectory;
import static io.alpenlock.it.mailbox.MailboxFederationOnH2IT.realm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public mailbox password check page of a mail realm ({@code /realms/<realm>/alpenlock-mailbox-check}): linked
 * from the login page, answers "works" or "does not work" and never tells an unknown address from a wrong
 * password, stops after its budgets, counts failures like logins (events, brute-force lockout), refuses forms
 * without their CSRF token, speaks five languages and fits a phone.
 */
@AlpenlockIT
@Order(91)
class MailboxCheckPageIT {

    static final String WORKS = "This address and password work.";
    static final String FAILS = "This address and password do not work together.";
    static final String TOO_MANY = "Too many checks.";

    @Test
    void theLoginPageLinksToTheCheckWhichSaysWhetherACombinationWorksAndNeverWhetherTheAddressExists(
            Environment env) {
        try (ReachableDirectory directory = new ReachableDirectory()) {
            directory.add("anna@example.org", "{PLAIN}Anna-Secret-1", true, null);
            String realm = mailRealm(env, directory, false);

            FormLoginClient login = new FormLoginClient();
            String loginPage = login.open(BrowserLogin.authorizationUrl(env, realm));
            assertThat(loginPage).contains("/realms/" + realm + "/alpenlock-mailbox-check")
                    .contains("Check a mailbox password for your mail program");

            Answer works = check(env, realm, "Anna@Example.org", "Anna-Secret-1");
            assertThat(works.status()).isEqualTo(200);
            assertThat(works.body()).contains(WORKS).doesNotContain(FAILS);

            Answer wrong = check(env, realm, "anna@example.org", "anna-secret-1");
            Answer unknown = check(env, realm, "nobody@example.org", "Anna-Secret-1");
            assertThat(wrong.status()).isEqualTo(200).isEqualTo(unknown.status());
            assertThat(wrong.body()).contains(FAILS).doesNotContain(WORKS);
            assertThat(withoutTokensAndAddress(unknown.body(), "nobody@example.org"))
                    .isEqualTo(withoutTokensAndAddress(wrong.body(), "anna@example.org"));
            System.out.printf("check page: works %d ms, wrong password %d ms, unknown address %d ms%n",
                    works.millis(), wrong.millis(), unknown.millis());
            assertThat(List.of(works.millis(), wrong.millis(), unknown.millis())).allSatisfy(ms ->
                    assertThat(ms).isGreaterThanOrEqualTo(600L));
            assertThat(Math.abs(wrong.millis() - unknown.millis())).isLessThan(400L);

            JsonNode events = env.admin().get("/admin/realms/" + realm + "/events?type=LOGIN_ERROR&max=10");
            assertThat(events).hasSize(2);
            assertThat(events).allSatisfy(e -> assertThat(e.path("details").path("auth_method").asText())
                    .isEqualTo("alpenlock-mailbox-check"));
            assertThat(List.of(events.get(0).path("error").asText(), events.get(1).path("error").asText()))
                    .containsExactlyInAnyOrder("user_not_found", "invalid_user_credentials");
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void aRealmWithoutMailboxFederationHasNoCheckPage(Environment env) {
        String realm = realm(env);
        HttpResponse<String> page = new FormLoginClient().get(pageUrl(env, realm));
        assertThat(page.statusCode()).isEqualTo(404);
        env.admin().delete("/admin/realms/" + realm);
    }

    @Test
    void aFormWithoutItsTokenOrSubmittedTwiceIsRefusedAndChecksNothing(Environment env) throws Exception {
        try (ReachableDirectory directory = new ReachableDirectory()) {
            directory.add("bert@example.org", "{PLAIN}Bert-Secret-1", true, null);
            String realm = mailRealm(env, directory, false);

            FormLoginClient forged = new FormLoginClient();
            forged.open(pageUrl(env, realm));
            HttpResponse<String> noToken = forged.submit(Map.of("address", "bert@example.org",
                    "password", "Bert-Secret-1", "csrf", "forged"));
            assertThat(noToken.statusCode()).isEqualTo(400);
            assertThat(noToken.body()).contains("This form has expired").doesNotContain(WORKS);

            // the same cookie and token twice: the token is single-use
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            HttpResponse<String> form = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(pageUrl(env, realm))).GET().build(), HttpResponse.BodyHandlers.ofString());
            String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            String body = "address=bert%40example.org&password=Bert-Secret-1&csrf=" + token(form.body());
            java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(java.net.URI.create(pageUrl(env,
                            realm))).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> first = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains(WORKS);
            HttpResponse<String> replay = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(replay.statusCode()).isEqualTo(400);
            assertThat(replay.body()).contains("This form has expired").doesNotContain(WORKS);
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void budgetsPerAddressAndPerIpStopFurtherChecks(Environment env) {
        try (ReachableDirectory directory = new ReachableDirectory()) {
            directory.add("carl@example.org", "{PLAIN}Carl-Secret-1", true, null);
            String realm = mailRealm(env, directory, false);
            for (int i = 0; i < 5; i++) {
                assertThat(check(env, realm, "carl@example.org", "wrong-" + i).body()).contains(FAILS);
            }
            Answer stopped = check(env, realm, "carl@example.org", "Carl-Secret-1");
            assertThat(stopped.status()).isEqualTo(429);
            assertThat(stopped.body()).contains(TOO_MANY).doesNotContain(WORKS);

            // 5 checks taken so far from this IP (the refused one took nothing from any budget); the IP's budget
            // (20 an hour) ends at the 21st, whatever the address
            for (int i = 5; i < 20; i++) {
                assertThat(check(env, realm, "other" + i + "@example.org", "x").status()).isEqualTo(200);
            }
            Answer ipStopped = check(env, realm, "fresh@example.org", "x");
            assertThat(ipStopped.status()).isEqualTo(429);
            assertThat(ipStopped.body()).contains(TOO_MANY);
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void wrongPasswordsOnTheCheckPageLockTheMailboxLikeFailedLogins(Environment env) {
        try (ReachableDirectory directory = new ReachableDirectory()) {
            directory.add("dana@example.org", "{PLAIN}Dana-Secret-1", true, null);
            String realm = mailRealm(env, directory, true);
            for (int i = 0; i < 3; i++) {
                assertThat(check(env, realm, "dana@example.org", "wrong-" + i).body()).contains(FAILS);
            }
            String id = MailboxFederationOnH2IT.onlyUser(env, realm, "dana@example.org");
            JsonNode status = env.admin().get("/admin/realms/" + realm + "/attack-detection/brute-force/users/" + id);
            assertThat(status.path("numFailures").asInt()).isEqualTo(3);
            assertThat(status.path("disabled").asBoolean()).isTrue();

            Answer locked = check(env, realm, "dana@example.org", "Dana-Secret-1");
            assertThat(locked.status()).isEqualTo(200);
            assertThat(locked.body()).contains(FAILS).doesNotContain(WORKS);
            assertThat(BrowserLogin.attempt(env, realm, "dana@example.org", "Dana-Secret-1").statusCode())
                    .isEqualTo(200); // the login page again, with an error: no code for the client
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void thePageSpeaksFiveLanguagesAndFitsAPhone(Environment env, Browser browser) throws Exception {
        try (ReachableDirectory directory = new ReachableDirectory()) {
            directory.add("eva@example.org", "{PLAIN}Eva-Secret-1", true, null);
            String realm = mailRealm(env, directory, false);
            Map<String, String> titles = Map.of("en", "Check a mailbox password",
                    "de", "Postfach-Passwort prüfen", "fr", "Vérifier un mot de passe de boîte aux lettres",
                    "it", "Verifica una password di casella di posta", "es", "Comprobar una contraseña de buzón");
            browser.phoneSize();
            for (String language : List.of("en", "de", "fr", "it", "es")) {
                browser.forgetCookies();
                browser.open(pageUrl(env, realm) + "?kc_locale=" + language);
                assertThat(browser.pageText()).contains(titles.get(language));
                Path shot = browser.screenshot("mailbox-check-" + language);
                assertThat(Files.size(shot)).isGreaterThan(5_000);
            }
            browser.forgetCookies();
            browser.open(pageUrl(env, realm) + "?kc_locale=en");
            browser.type(By.id("address"), "eva@example.org");
            browser.type(By.id("password"), "Eva-Secret-1");
            browser.click(By.id("alpenlock-mailbox-check-submit"));
            browser.await(d -> d.getPageSource().contains(WORKS));
            browser.screenshot("mailbox-check-works");
            Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(scrollWidth).isLessThanOrEqualTo(390L);
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    record Answer(int status, String body, long millis) {
    }

    static String pageUrl(Environment env, String realm) {
        return env.server().baseUrl() + "/realms/" + realm + "/alpenlock-mailbox-check";
    }

    /** Opens the page (cookie + token) and submits the address and password, as a person would. */
    static Answer check(Environment env, String realm, String address, String password) {
        FormLoginClient client = new FormLoginClient();
        String page = client.open(pageUrl(env, realm));
        long start = System.nanoTime();
        HttpResponse<String> answer = client.submit(Map.of("address", address, "password", password,
                "csrf", token(page)));
        return new Answer(answer.statusCode(), answer.body(), (System.nanoTime() - start) / 1_000_000);
    }

    static String token(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private static String withoutTokensAndAddress(String body, String address) {
        return body.replaceAll("name=\"csrf\" value=\"[^\"]+\"", "")
                .replace(address, "ADDRESS");
    }

    /** A mail realm like the demo one: our mail login theme, five languages, events, optional lockout at 3. */
    static String mailRealm(Environment env, ReachableDirectory directory, boolean lockAfterThree) {
        String realm = realm(env);
        AdminApi.Result added = addDirectory(env, realm, directory.settings());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        BrowserLogin.prepare(env, realm);
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm, Map.of("loginTheme", "alpenlock-mail",
                "internationalizationEnabled", true, "supportedLocales", List.of("en", "de", "fr", "it", "es"),
                "defaultLocale", "en", "bruteForceProtected", lockAfterThree, "failureFactor", 3,
                // no "quick login" lockout: failures a second apart would lock before the third
                "quickLoginCheckMilliSeconds", 1,
                "permanentLockout", false, "enabledEventTypes", List.of("LOGIN", "LOGIN_ERROR")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
        return realm;
    }
}
