package io.alpenlock.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The offline 30-second code: a user sets up a standard authenticator app from the QR page, then
 * signs in with password + code. Codes work once, even when submitted ten times at once, and every
 * wrong code is an event and counts in brute-force protection.
 */
@AlpenlockIT
@Order(50)
class AppCodeLoginIT {

    private static final String PASSWORD = "app-code-password-1";

    @Test
    void userSetsUpAnAuthenticatorAppAndSignsInWithItsCode(Environment env, Browser browser) {
        String id = env.admin().createUser("accounts", "appcode", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();

        TotpSecret secret = enrolTotpApp(env, browser, id, username, "My phone");

        JsonNode credentials = env.admin().get("/admin/realms/accounts/users/" + id + "/credentials");
        assertThat(credentials.findValuesAsText("type")).contains("alpenlock-app");
        assertThat(credentials.findValuesAsText("userLabel")).contains("My phone");

        // A new visit: no session left from setting up the app.
        browser.forgetCookies();
        DemoClient client = new DemoClient(env.server());
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
        assertThat(browser.find(By.id("alpenlock-app-code-instruction")).getText()).contains("authenticator app");
        browser.screenshot("app-code-page");
        // The code of the current step was used to confirm the set-up; the next step's code is also accepted.
        browser.type(By.id("code"), Totp.code(secret, Instant.now().plusSeconds(30)));
        browser.click(By.id("kc-login"));

        String callback = browser.awaitCallback(client);
        assertThat(DemoClient.claims(client.exchange(callback).get("id_token").asText()).get("email").asText())
                .isEqualTo(username);
    }

    @Test
    void wrongCodeIsRefusedRecordedAsAnEventAndCountedByBruteForceProtection(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "appwrong", PASSWORD, "de");
        String username = env.admin().user("accounts", id).get("username").asText();
        TotpSecret secret = enrolTotpApp(env, browser, id, username, "Telefon");

        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server()).authorizationUrl(Map.of()));
        login.submit(Map.of("username", username, "password", PASSWORD));
        String wrong = Totp.code(secret, Instant.now().plusSeconds(600));
        HttpResponse<String> response = login.submit(Map.of("code", wrong));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Dieser Code ist ungültig");
        assertThat(numFailures(env, id)).isEqualTo(1);
        JsonNode events = env.admin().get("/admin/realms/accounts/events?type=LOGIN_ERROR&user=" + id);
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).get("error").asText()).isEqualTo("invalid_user_credentials");
        assertThat(events.get(0).get("details").get("credential_type").asText()).isEqualTo("alpenlock-app");
    }

    /**
     * In a copy of the accounts realm with brute-force protection off: nine quick failures in a row
     * would otherwise lock the user, which is right, but hides what this test is about.
     */
    @Test
    void aCodeWorksOnceEvenWhenTenLoginsSubmitItAtTheSameTime(Environment env, Browser browser) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("race", r -> r.put("bruteForceProtected", false));
        String id = env.admin().createUser(realm, "apprace", PASSWORD, "en");
        String username = env.admin().user(realm, id).get("username").asText();
        TotpSecret secret = enrolTotpApp(env, browser, realm, id, username, "Race phone");

        List<FormLoginClient> logins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FormLoginClient login = new FormLoginClient();
            login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
            login.submit(Map.of("username", username, "password", PASSWORD));
            assertThat(login.lastPage()).contains("alpenlock-app-code-form");
            logins.add(login);
        }
        String code = Totp.code(secret, Instant.now().plusSeconds(30));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (FormLoginClient login : logins) {
            Callable<Integer> submit = () -> {
                start.await();
                return login.submit(Map.of("code", code)).statusCode();
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 302).as("logins completed with the same code").hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).as("logins shown the error").hasSize(9);
    }

    /** The account console's "Set up authenticator app" is this application-initiated action. */
    @Test
    void settingUpAnAppFromTheAccountConsoleCanBeCancelled(Environment env, Browser browser) {
        String id = env.admin().createUser("accounts", "appaia", PASSWORD, "fr");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());

        browser.signIn(client.authorizationUrl(Map.of("kc_action", "alpenlock-configure-totp-app")), username, PASSWORD);
        assertThat(browser.find(By.id("alpenlock-totp-app-qr")).isDisplayed()).isTrue();
        assertThat(browser.pageText()).contains("Configurer une application d'authentification");
        browser.click(By.id("kc-cancel"));

        String callback = browser.awaitCallback(client);
        assertThat(callback).contains("kc_action_status=cancelled");
        assertThat(env.admin().get("/admin/realms/accounts/users/" + id + "/credentials").findValuesAsText("type"))
                .doesNotContain("alpenlock-app");
    }

    /** Keycloak records brute-force failures in the background: wait up to 10 s for the count. */
    static int numFailures(Environment env, String id) throws InterruptedException {
        int failures = 0;
        for (int i = 0; i < 100 && failures == 0; i++) {
            failures = env.admin().get("/admin/realms/accounts/attack-detection/brute-force/users/" + id).get("numFailures").asInt();
            Thread.sleep(100);
        }
        return failures;
    }

    /** Sets the required action, signs in, scans the QR page and confirms with the current code. */
    static TotpSecret enrolTotpApp(Environment env, Browser browser, String id, String username, String label) {
        return enrolTotpApp(env, browser, "accounts", id, username, label);
    }

    static TotpSecret enrolTotpApp(Environment env, Browser browser, String realm, String id, String username, String label) {
        env.admin().setRequiredActions(realm, id, List.of("alpenlock-configure-totp-app"));
        DemoClient client = new DemoClient(env.server(), realm);
        browser.signIn(client.authorizationUrl(Map.of("prompt", "login")), username, PASSWORD);

        String shown = browser.find(By.id("alpenlock-totp-app-secret")).getText();
        assertThat(browser.find(By.id("alpenlock-totp-app-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        browser.screenshot("configure-totp-app");
        TotpSecret secret = TotpSecret.fromBase32(shown.replace(" ", ""));
        browser.type(By.id("code"), Totp.code(secret, Instant.now()));
        browser.type(By.id("label"), label);
        browser.click(By.id("kc-submit"));
        browser.awaitCallback(client);
        return secret;
    }
}
