package io.alpenlock.it.backup;

import static io.alpenlock.it.backup.BackupCodeAccounts.CREDENTIAL_TYPE;
import static io.alpenlock.it.backup.BackupCodeAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.TestDevice;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The first set of backup codes, in headless Chromium: shown once right after the first second factor
 * (standard authenticator app, the Alpenlock app from a computer or from the phone), with Download, Print
 * and Copy, stored only when the user ticks "I have stored these codes safely". Screenshots in the five
 * languages land in target/screenshots.
 */
@AlpenlockIT
@Order(75)
class BackupCodeActivationIT {

    private static final String CODE_PATTERN = "[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}";

    @Test
    void settingUpAnAuthenticatorAppShowsTenCodesOnceWithDownloadPrintAndCopy(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "bcfirst", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());
        TotpSecret app = setUpAuthenticatorApp(env, browser, client, id, username);

        List<String> codes = shownCodes(browser);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).matches(CODE_PATTERN));
        assertThat(browser.pageText()).contains("Store your backup codes").contains("They are shown only this once");
        browser.driver().navigate().refresh();
        assertThat(shownCodes(browser)).as("the same set after a refresh").isEqualTo(codes);

        // Download: a .txt with the ten codes, the account and the date, nothing else
        Path downloads = Path.of("target", "downloads", "BackupCodeActivationIT-" + System.nanoTime());
        browser.allowDownloadsTo(downloads);
        browser.click(By.id("alpenlock-backup-codes-download"));
        Path file = downloads.resolve("backup-codes-accounts.txt");
        browser.await(d -> Files.isRegularFile(file) && file.toFile().length() > 0 ? file : null);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines.get(0)).isEqualTo("Backup codes for Alpenlock Accounts");
        assertThat(lines.get(1)).isEqualTo("Account: " + username);
        assertThat(lines.get(2)).isEqualTo("Created: " + LocalDate.now(ZoneOffset.UTC));
        for (int i = 0; i < 10; i++) {
            assertThat(lines.get(3 + i)).isEqualTo((i + 1) + ". " + codes.get(i));
        }
        assertThat(lines).hasSize(14);
        assertThat(lines.get(13)).isEqualTo("Each code works once. Keep this list private.");

        // Print opens the browser's print dialog (replaced here, headless Chromium has none); Copy is there
        WebElement print = browser.find(By.id("alpenlock-backup-codes-print"));
        assertThat(print.isDisplayed()).isTrue();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.alpenlockPrinted = 0; window.print = function () { window.alpenlockPrinted++; };");
        print.click();
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.alpenlockPrinted;")).intValue()).isEqualTo(1);
        assertThat(browser.find(By.id("alpenlock-backup-codes-copy")).isDisplayed()).isTrue();
        browser.screenshot("codes-page");

        // Continue without the tick: the page comes back with an error, the same codes, and nothing stored
        browser.click(By.id("kc-submit"));
        browser.await(d -> d.findElements(By.id("input-error-alpenlockStored")).isEmpty() ? null : true);
        assertThat(browser.find(By.id("input-error-alpenlockStored")).getText()).contains("tick the box");
        assertThat(shownCodes(browser)).isEqualTo(codes);
        assertThat(BackupCodeAccounts.credentialTypes(env, "accounts", id)).doesNotContain(CREDENTIAL_TYPE);
        browser.screenshot("codes-page-not-ticked");

        browser.click(By.id("alpenlockStored"));
        browser.click(By.id("kc-submit"));
        browser.await(d -> client.isCallback(d.getCurrentUrl()) ? true : null);
        assertThat(BackupCodeAccounts.credentialTypes(env, "accounts", id)).containsOnlyOnce(CREDENTIAL_TYPE);
        JsonNode activated = env.admin().get("/admin/realms/accounts/events?type=UPDATE_CREDENTIAL&user=" + id).get(0);
        assertThat(activated.get("details").get("credential_type").asText()).isEqualTo(CREDENTIAL_TYPE);
        assertThat(activated.get("details").get("alpenlock_backup_codes").asText()).isEqualTo("activated");
        assertThat(activated.get("details").get("alpenlock_codes_remaining").asText()).isEqualTo("10");
        JsonNode setUpLogin = env.admin().get("/admin/realms/accounts/events?type=LOGIN&user=" + id).get(0);
        assertThat(setUpLogin.get("details").path("credential_type").asText()).as("not a sign-in with a backup code")
                .isNotEqualTo(CREDENTIAL_TYPE);

        // Never shown again: the next sign-in goes straight through
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
        browser.type(By.id("code"), Totp.code(app, Instant.now().plusSeconds(30)));
        browser.click(By.id("kc-login"));
        browser.await(d -> {
            assertThat(d.findElements(By.id("alpenlock-backup-codes"))).as("codes page shown again").isEmpty();
            return client.isCallback(d.getCurrentUrl()) ? true : null;
        });
        // ... and the page's codes work
        BackupCodeAccounts.signInWithCode(env, new BackupCodeAccounts.Account("accounts", id, username, app, codes),
                codes.get(9), new DemoClient(env.server()));
    }

    @Test
    void theCodesPageInFiveLanguages(Environment env, Browser browser) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("en", "Store your backup codes");
        titles.put("de", "Backup-Codes aufbewahren");
        titles.put("fr", "Conservez vos codes de secours");
        titles.put("es", "Guarde sus códigos de respaldo");
        titles.put("it", "Conserva i tuoi codici di riserva");
        String lastUser = null;
        for (Map.Entry<String, String> language : titles.entrySet()) {
            String id = env.admin().createUser("accounts", "bclang", PASSWORD, language.getKey());
            lastUser = id;
            String username = env.admin().user("accounts", id).get("username").asText();
            browser.forgetCookies();
            setUpAuthenticatorApp(env, browser, new DemoClient(env.server()), id, username);
            assertThat(shownCodes(browser)).hasSize(10);
            assertThat(browser.pageText()).contains(language.getValue());
            browser.screenshot("codes-page-" + language.getKey());
        }
        browser.phoneSize();
        browser.driver().navigate().refresh();
        assertThat(shownCodes(browser)).hasSize(10);
        browser.screenshot("codes-page-it-phone");
        // the shared helper the other tests rely on passes this page as a person would: ticked, continued
        browser.awaitCallback(new DemoClient(env.server()));
        assertThat(BackupCodeAccounts.credentialTypes(env, "accounts", lastUser)).containsOnlyOnce(CREDENTIAL_TYPE);
    }

    /** "Connect from a computer": the device API enrols the app, the page moves on to the codes. */
    @Test
    void connectingTheAlpenlockAppFromAComputerLeadsToTheCodesAndTheSignInOffersThem(Environment env, Browser browser)
            throws Exception {
        String id = env.admin().createUser("accounts", "bcapp", PASSWORD, "fr");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());
        browser.forgetCookies();
        String token = Enrolments.openEnrolmentPage(env, browser, client, "accounts", id, username, PASSWORD);
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        HttpResponse<String> enrolled = phone.post("enrollments",
                "{\"token\":\"" + token + "\",\"label\":\"Mobile\",\"platform\":\"cli\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(env.admin().user("accounts", id).get("requiredActions").toString()).contains("alpenlock-backup-codes");

        browser.await(d -> d.findElements(By.id("alpenlock-backup-codes")).isEmpty() ? null : true);
        assertThat(browser.pageText()).contains("Conservez vos codes de secours");
        List<String> codes = shownCodes(browser);
        browser.click(By.id("alpenlockStored"));
        browser.click(By.id("kc-submit"));
        browser.await(d -> client.isCallback(d.getCurrentUrl()) ? true : null);

        // The push page offers "Lost your phone?", and a code signs in
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
        WebElement lostPhone = browser.await(d -> d.findElements(By.cssSelector("form.alpenlock-push-alternative button")).stream()
                .filter(b -> b.getText().contains("Téléphone perdu")).findFirst().orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", lostPhone);
        browser.screenshot("push-page-lost-phone");
        lostPhone.click();
        browser.type(By.id("code"), codes.get(2).replace("-", " ").toLowerCase());
        browser.screenshot("backup-code-step");
        browser.click(By.id("kc-login"));
        assertThat(browser.find(By.id("alpenlock-backup-codes-status")).getAttribute("data-remaining")).isEqualTo("9");
        assertThat(browser.pageText()).contains("Il vous reste 9 codes de secours.");
        browser.screenshot("codes-left");
        browser.click(By.id("kc-submit"));
        browser.awaitCallback(client);
    }

    /** "Connect from this mobile": only the device API knows; the codes come at the next sign-in. */
    @Test
    void connectingTheAppFromThePhoneBringsTheCodesAtTheNextSignIn(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "bcphone", PASSWORD, "de");
        String username = env.admin().user("accounts", id).get("username").asText();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DemoClient app = DemoClient.app(env.server(), "accounts", port);
        browser.forgetCookies();
        browser.signIn(app.authorizationUrl(Map.of("scope", "openid")), username, PASSWORD);
        browser.click(By.id("kc-login")); // consent
        String callback = browser.await(d -> app.isCallback(d.getCurrentUrl()) ? d.getCurrentUrl() : null);
        String accessToken = app.exchange(callback).get("access_token").asText();
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        HttpResponse<String> enrolled = phone.send("POST", "enrollments", "{\"label\":\"Handy\",\"platform\":\"android\"}",
                Map.of("Authorization", "Bearer " + accessToken));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(env.admin().user("accounts", id).get("requiredActions").toString()).contains("alpenlock-backup-codes");
        TotpSecret secret = TotpSecret.fromBase32(AdminApi.JSON.readTree(enrolled.body()).get("totp").get("secret").asText());

        DemoClient webmail = new DemoClient(env.server());
        browser.forgetCookies();
        browser.signIn(webmail.authorizationUrl(Map.of()), username, PASSWORD);
        browser.useAppCode();
        browser.type(By.id("code"), Totp.code(secret, Instant.now()));
        browser.click(By.id("kc-login"));
        assertThat(shownCodes(browser)).hasSize(10);
        assertThat(browser.pageText()).contains("Backup-Codes aufbewahren");
        browser.click(By.id("alpenlockStored"));
        browser.click(By.id("kc-submit"));
        browser.await(d -> webmail.isCallback(d.getCurrentUrl()) ? true : null);
        assertThat(BackupCodeAccounts.credentialTypes(env, "accounts", id)).containsOnlyOnce(CREDENTIAL_TYPE);
        assertThat(env.admin().user("accounts", id).get("requiredActions").toString()).doesNotContain("alpenlock-backup-codes");
    }

    /**
     * A user with an app but no codes (here an administrator deleted them) gets a first set at the next full
     * sign-in; a sign-in that only reuses the SSO session shows nothing.
     */
    @Test
    void aUserWithAnAppButNoCodesGetsAFirstSetAtTheNextFullSignIn(Environment env) {
        BackupCodeAccounts.Account account = BackupCodeAccounts.withCodes(env, "accounts", "bcdeleted", "en");
        DemoClient client = new DemoClient(env.server());
        FormLoginClient session = new FormLoginClient();
        session.open(client.authorizationUrl(Map.of()));
        BackupCodeAccounts.pageAfter(session, session.submit(Map.of("username", account.username(), "password", PASSWORD)));
        HttpResponse<String> signedIn = session.submit(Map.of("code", BackupCodeAccounts.appCode(account)));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);

        String credentialId = env.admin().get("/admin/realms/accounts/users/" + account.id() + "/credentials")
                .findParents("type").stream().filter(c -> CREDENTIAL_TYPE.equals(c.get("type").asText()))
                .findFirst().orElseThrow().get("id").asText();
        assertThat(env.admin().delete("/admin/realms/accounts/users/" + account.id() + "/credentials/" + credentialId).status())
                .isEqualTo(204);

        HttpResponse<String> sso = session.get(new DemoClient(env.server()).authorizationUrl(Map.of()));
        assertThat(sso.statusCode()).isEqualTo(302);
        assertThat(sso.headers().firstValue("Location").orElseThrow()).as("SSO: no codes page").startsWith(DemoClient.REDIRECT_URI);

        FormLoginClient full = new FormLoginClient();
        full.open(client.authorizationUrl(Map.of()));
        BackupCodeAccounts.pageAfter(full, full.submit(Map.of("username", account.username(), "password", PASSWORD)));
        String page = BackupCodeAccounts.pageAfter(full, full.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("data-mode=\"NEW\"");
        assertThat(BackupCodeAccounts.codesOn(page)).hasSize(10).doesNotContainAnyElementsOf(account.codes());
        HttpResponse<String> stored = full.submit(Map.of("alpenlockAction", "store", "alpenlockStored", "on"));
        assertThat(stored.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);
        assertThat(BackupCodeAccounts.credentialTypes(env, "accounts", account.id())).containsOnlyOnce(CREDENTIAL_TYPE);
    }

    /** Sets the required action, signs in and sets up a standard authenticator app; the codes page follows. */
    private static TotpSecret setUpAuthenticatorApp(Environment env, Browser browser, DemoClient client, String id, String username) {
        env.admin().setRequiredActions("accounts", id, List.of("alpenlock-configure-totp-app"));
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
        TotpSecret secret = TotpSecret.fromBase32(browser.find(By.id("alpenlock-totp-app-secret")).getText().replace(" ", ""));
        browser.type(By.id("code"), Totp.code(secret, Instant.now()));
        browser.type(By.id("label"), "Phone");
        browser.click(By.id("kc-submit"));
        browser.await(d -> d.findElements(By.id("alpenlock-backup-codes")).isEmpty() ? null : true);
        assertThat(browser.find(By.id("alpenlock-backup-codes")).getAttribute("data-mode")).isEqualTo("NEW");
        return secret;
    }

    private static List<String> shownCodes(Browser browser) {
        browser.find(By.id("alpenlock-backup-codes-list"));
        return browser.driver().findElements(By.cssSelector("#alpenlock-backup-codes-list code")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
    }
}
