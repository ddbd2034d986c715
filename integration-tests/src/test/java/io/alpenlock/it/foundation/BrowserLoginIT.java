package io.alpenlock.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person signs in to the demo webmail in Chromium; the application gets tokens for them. */
@AlpenlockIT
@Order(30)
class BrowserLoginIT {

    @Test
    void demoUserSignsInThroughTheBrowserFlowAndTheClientGetsTokens(Environment env, Browser browser) {
        DemoClient client = new DemoClient(env.server());

        browser.open(client.authorizationUrl(Map.of()));
        assertThat(browser.find(By.id("kc-login")).isDisplayed()).isTrue();
        assertThat(browser.pageText()).containsIgnoringCase("Alpenlock Accounts");
        browser.screenshot("login-page");
        browser.type(By.id("username"), "alice@alpenlock.test");
        browser.type(By.id("password"), "alice-demo-2026");
        browser.click(By.id("kc-login"));
        String callback = browser.awaitCallback(client);

        JsonNode tokens = client.exchange(callback);
        JsonNode idToken = DemoClient.claims(tokens.get("id_token").asText());
        assertThat(idToken.get("email").asText()).isEqualTo("alice@alpenlock.test");
        assertThat(idToken.get("iss").asText()).isEqualTo(env.server().realmUrl("accounts"));
        assertThat(idToken.get("aud").asText()).isEqualTo(DemoClient.CLIENT_ID);
        assertThat(tokens.get("access_token").asText()).isNotBlank();
    }

    @Test
    void demoUserReachesTheAccountConsoleAndItsSigningInPage(Environment env, Browser browser) {
        browser.signIn(env.server().realmUrl("accounts") + "/account/account-security/signing-in", "bruno@alpenlock.test", "bruno-demo-2026");

        // Bruno's language is German; the account console greets him by name and offers a password update.
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Bruno Keller"));
        assertThat(browser.find(By.cssSelector("[data-testrole='update']")).isDisplayed()).isTrue();
        assertThat(browser.pageText()).doesNotContain("Something went wrong");
        // our second factor is offered beside the password, in his language
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Bestätigen Sie Anmeldungen mit der Alpenlock-App"));
        assertThat(browser.pageText()).contains("Authenticator-App einrichten");
        browser.screenshot("account-signing-in");
    }

    @Test
    void wrongPasswordShowsAnErrorAndNoRedirect(Environment env, Browser browser) {
        DemoClient client = new DemoClient(env.server());
        String user = env.admin().createUser("accounts", "wrongpw", "correct-password-1", "en");
        String username = env.admin().user("accounts", user).get("username").asText();

        browser.signIn(client.authorizationUrl(Map.of()), username, "not-the-password");

        assertThat(browser.find(By.id("input-error-username")).getText()).contains("Invalid username or password");
        assertThat(client.isCallback(browser.currentUrl())).isFalse();
    }

    @Test
    void loginPageSpeaksEachOfTheFiveLanguages(Environment env, Browser browser) {
        DemoClient client = new DemoClient(env.server());
        Map<String, String> signIn = Map.of(
                "en", "Sign in", "de", "Anmelden", "fr", "Connexion", "it", "Accedi", "es", "Iniciar sesión");

        for (Map.Entry<String, String> language : signIn.entrySet()) {
            browser.open(client.authorizationUrl(Map.of("ui_locales", language.getKey())));
            assertThat(browser.find(By.id("kc-login")).getAttribute("value") + " " + browser.pageText())
                    .as("login page in %s", language.getKey())
                    .contains(language.getValue());
            if (language.getKey().equals("de")) {
                browser.screenshot("login-page-de");
            }
        }
    }

    @Test
    void loginPageFitsAPhoneScreen(Environment env, Browser browser) {
        browser.phoneSize();
        browser.open(new DemoClient(env.server()).authorizationUrl(Map.of()));

        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(browser.find(By.id("kc-login")).isDisplayed()).isTrue();
        assertThat(scrollWidth).as("no horizontal scrolling on a 390 px wide phone").isLessThanOrEqualTo(390L);
        browser.screenshot("login-page-phone");
    }
}
