package io.alpenlock.it.backup;

import static io.alpenlock.it.backup.BackupCodeAccounts.CREDENTIAL_TYPE;
import static io.alpenlock.it.backup.BackupCodeAccounts.PASSWORD;
import static io.alpenlock.it.backup.BackupCodeAccounts.atBackupCodeStep;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts.Account;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A new set of codes: from the account console (a fresh sign-in with password and second factor is
 * required), from the warning at sign-in when two or fewer are left. Every old code stops working.
 * The account console's card shows how many are left.
 */
@AlpenlockIT
@Order(77)
class BackupCodeRegenerationIT {

    @Test
    void aNewSetFromTheAccountConsoleReplacesTheWholeSetAndNoOldCodeWorksAnyMore(Environment env, Browser browser) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("bcregen", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "bcregen", "en");
        DemoClient client = new DemoClient(env.server(), realm);
        BackupCodeAccounts.signInWithCode(env, account, account.codes().get(0), client);

        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of("kc_action", "alpenlock-backup-codes")), account.username(), PASSWORD);
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        List<String> fresh = shownCodes(browser);
        assertThat(browser.find(By.id("alpenlock-backup-codes")).getAttribute("data-mode")).isEqualTo("REPLACE");
        assertThat(browser.pageText()).contains("Your new backup codes").contains("stop working as soon as you continue");
        assertThat(browser.find(By.id("kc-cancel")).isDisplayed()).isTrue();
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(account.codes());
        browser.screenshot("new-set");
        browser.click(By.id("alpenlockStored"));
        browser.click(By.id("kc-submit"));
        String callback = browser.await(d -> client.isCallback(d.getCurrentUrl()) ? d.getCurrentUrl() : null);
        assertThat(callback).contains("kc_action_status=success");

        JsonNode regenerated = BackupCodeAccounts.events(env, account, "UPDATE_CREDENTIAL").get(0);
        assertThat(regenerated.get("details").get("alpenlock_backup_codes").asText()).isEqualTo("regenerated");
        assertThat(regenerated.get("details").get("alpenlock_codes_remaining").asText()).isEqualTo("10");
        assertThat(BackupCodeAccounts.credentialTypes(env, realm, account.id())).containsOnlyOnce(CREDENTIAL_TYPE);

        // every code of the old set, used or not, is refused; the new set works
        FormLoginClient login = atBackupCodeStep(account, client);
        for (String old : account.codes()) {
            HttpResponse<String> refused = login.submit(Map.of("code", old));
            assertThat(refused.statusCode()).as(old).isEqualTo(200);
            assertThat(refused.body()).contains("not valid or has already been used");
        }
        String page = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("code", fresh.get(5))));
        assertThat(BackupCodeAccounts.status(page).remaining()).isEqualTo(9);
    }

    /**
     * A live session is not enough for new codes: past the action's maximum authentication age (set to 0
     * here; 5 minutes by default) the account console's request asks for the password and the second factor.
     * Within it (a sign-in just made with both) the codes come straight away.
     */
    @Test
    void newCodesNeedAFreshSignInWithPasswordAndSecondFactor(Environment env, Browser browser) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("bcfresh", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "bcfresh", "en");
        DemoClient client = new DemoClient(env.server(), realm);
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), account.username(), PASSWORD);
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        browser.awaitCallback(client);

        // within 5 minutes of that sign-in: straight to the codes; cancelling keeps the old set
        browser.open(client.authorizationUrl(Map.of("kc_action", "alpenlock-backup-codes")));
        assertThat(shownCodes(browser)).hasSize(10);
        browser.click(By.id("kc-cancel"));
        String cancelled = browser.await(d -> client.isCallback(d.getCurrentUrl()) ? d.getCurrentUrl() : null);
        assertThat(cancelled).contains("kc_action_status=cancelled");
        assertThat(BackupCodeAccounts.events(env, account, "UPDATE_CREDENTIAL").findValuesAsText("alpenlock_backup_codes"))
                .doesNotContain("regenerated");

        AdminApi.Result configured = env.admin().put("/admin/realms/" + realm + "/authentication/required-actions/alpenlock-backup-codes/config",
                Map.of("config", Map.of("max_auth_age", "0")));
        assertThat(configured.status()).as(configured.body()).isEqualTo(204);
        Thread.sleep(1_100);
        browser.open(client.authorizationUrl(Map.of("kc_action", "alpenlock-backup-codes")));
        browser.type(By.id("password"), PASSWORD);
        browser.screenshot("re-authenticate");
        browser.click(By.id("kc-login"));
        assertThat(browser.find(By.id("alpenlock-app-code-instruction")).isDisplayed()).as("second factor asked again").isTrue();
        assertThat(browser.driver().findElements(By.id("alpenlock-backup-codes"))).isEmpty();
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        assertThat(shownCodes(browser)).hasSize(10).doesNotContainAnyElementsOf(account.codes());
    }

    /** Two codes left: the sign-in (with the app) says so and offers a new set, which replaces the old one. */
    @Test
    void withTwoCodesLeftTheSignInOffersANewSet(Environment env, Browser browser) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("bclow", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "bclow", "it");
        DemoClient client = new DemoClient(env.server(), realm);
        for (int i = 0; i < 8; i++) {
            BackupCodeAccounts.signInWithCode(env, account, account.codes().get(i), client);
        }

        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), account.username(), PASSWORD);
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        WebElement status = browser.find(By.id("alpenlock-backup-codes-status"));
        assertThat(status.getAttribute("data-state")).isEqualTo("RUNNING_LOW");
        assertThat(status.getAttribute("data-remaining")).isEqualTo("2");
        assertThat(browser.pageText()).contains("Ti restano solo 2 codici di riserva").doesNotContain("Hai effettuato l");
        browser.screenshot("running-low");
        browser.click(By.id("alpenlock-backup-codes-new-set"));
        List<String> fresh = shownCodes(browser);
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(account.codes());
        browser.click(By.id("alpenlockStored"));
        browser.click(By.id("kc-submit"));
        browser.await(d -> client.isCallback(d.getCurrentUrl()) ? true : null);

        FormLoginClient login = atBackupCodeStep(account, client);
        assertThat(login.submit(Map.of("code", account.codes().get(9))).body()).contains("non è valido");
        Account renewed = new Account(realm, account.id(), account.username(), account.app(), fresh);
        BackupCodeAccounts.signInWithCode(env, renewed, fresh.get(0), client);
    }

    /** The account console's card: how many are left, a warning when few are, "Update" for a new set. */
    @Test
    void theAccountConsoleShowsHowManyCodesAreLeft(Environment env, Browser browser) throws Exception {
        Account account = BackupCodeAccounts.withCodes(env, "accounts", "bcconsole", "en");
        DemoClient client = new DemoClient(env.server());
        String callback = BackupCodeAccounts.signInWithCode(env, account, account.codes().get(0), client);
        JsonNode card = backupCodesCard(env, client.exchange(callback).get("access_token").asText());
        assertThat(card.get("category").asText()).isEqualTo("two-factor");
        assertThat(card.get("updateAction").asText()).isEqualTo("alpenlock-backup-codes");
        assertThat(card.path("createAction").isMissingNode() || card.get("createAction").isNull()).isTrue();
        assertThat(card.get("removeable").asBoolean()).isFalse();
        JsonNode metadata = card.get("userCredentialMetadatas").get(0);
        assertThat(metadata.get("infoProperties").get(0).get("key").asText()).isEqualTo("alpenlockBackupCodesLeftLabel");
        assertThat(metadata.get("infoProperties").get(0).get("parameters").get(0).asText()).isEqualTo("9 / 10");
        assertThat(metadata.path("warningMessageTitle").isMissingNode() || metadata.get("warningMessageTitle").isNull()).isTrue();
        assertThat(metadata.get("credential").get("userLabel").asText()).isEqualTo("Backup codes");
        JsonNode secret = metadata.get("credential").path("secretData");
        assertThat(secret.isMissingNode() || secret.isNull()).as("no secret in the account console").isTrue();

        for (int i = 1; i < 8; i++) {
            callback = BackupCodeAccounts.signInWithCode(env, account, account.codes().get(i), client = new DemoClient(env.server()));
        }
        card = backupCodesCard(env, client.exchange(callback).get("access_token").asText());
        metadata = card.get("userCredentialMetadatas").get(0);
        assertThat(metadata.get("infoProperties").get(0).get("parameters").get(0).asText()).isEqualTo("2 / 10");
        assertThat(metadata.get("warningMessageTitle").get("key").asText()).isEqualTo("alpenlockBackupCodesLowTitle");

        browser.forgetCookies();
        browser.open(env.server().realmUrl("accounts") + "/account/account-security/signing-in");
        browser.type(By.id("username"), account.username());
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("kc-login"));
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        // two left: the sign-in warns first; go on to the console
        browser.find(By.id("alpenlock-backup-codes-status"));
        browser.click(By.id("kc-submit"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Codes left") ? true : null);
        String text = browser.pageText();
        assertThat(text).contains("Backup codes").contains("2 / 10").contains("Only a few backup codes left")
                .contains("Select Update to get a new set of codes.");
        WebElement title = browser.find(By.cssSelector("[data-testid='alpenlock-backup-codes/title']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});", title);
        browser.screenshot("account-console");
    }

    private static JsonNode backupCodesCard(Environment env, String accessToken) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(env.server().realmUrl("accounts") + "/account/credentials"))
                        .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode type : AdminApi.JSON.readTree(response.body())) {
            if (CREDENTIAL_TYPE.equals(type.get("type").asText())) {
                return type;
            }
        }
        throw new AssertionError("no backup-codes card in " + response.body());
    }

    private static List<String> shownCodes(Browser browser) {
        browser.find(By.id("alpenlock-backup-codes-list"));
        return browser.driver().findElements(By.cssSelector("#alpenlock-backup-codes-list code")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
    }
}
