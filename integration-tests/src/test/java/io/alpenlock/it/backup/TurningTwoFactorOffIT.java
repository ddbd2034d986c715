package io.alpenlock.it.backup;

import static io.alpenlock.it.backup.BackupCodeAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts.Account;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Turning two-step verification off, that is removing the last second factor, takes a fresh second
 * factor: the account console's Remove (Keycloak's "delete credential" action) makes the user sign in
 * again with password and app, app code or backup code, even seconds after a sign-in, and refuses when
 * that sign-in had no second factor. A bearer token alone (Keycloak's deprecated account REST call)
 * cannot do it. Afterwards the backup codes are gone too and the user gets the "turned off" e-mail.
 */
@AlpenlockIT
@Order(79)
class TurningTwoFactorOffIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void removingTheLastAppAsksForPasswordAndSecondFactorAgainEvenRightAfterASignIn(Environment env, Browser browser)
            throws Exception {
        String realm = env.admin().createRealmLikeAccountsSendingMail("tfaoff", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "tfaoff", "en");
        String appId = credentialId(env, account, "alpenlock-app");
        DemoClient client = new DemoClient(env.server(), realm);
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), account.username(), PASSWORD);
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        browser.awaitCallback(client);

        browser.open(client.authorizationUrl(Map.of("kc_action", "delete_credential:" + appId)));
        assertThat(browser.pageText()).contains("Please re-authenticate to continue");
        assertThat(browser.driver().findElements(By.id("kc-accept"))).as("no removal before signing in again").isEmpty();
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("kc-login"));
        assertThat(browser.find(By.id("alpenlock-app-code-instruction")).isDisplayed()).as("second factor asked again").isTrue();
        browser.type(By.id("code"), BackupCodeAccounts.appCode(account));
        browser.click(By.id("kc-login"));
        assertThat(browser.find(By.id("kc-accept")).isDisplayed()).isTrue();
        browser.screenshot("confirm-removal");
        browser.click(By.id("kc-accept"));
        String done = browser.await(d -> client.isCallback(d.getCurrentUrl()) ? d.getCurrentUrl() : null);
        assertThat(done).contains("kc_action_status=success");

        assertThat(BackupCodeAccounts.credentialTypes(env, realm, account.id()))
                .as("no app and no backup codes left").containsExactly("password");
        MimeMessage off = env.awaitMailTo(account.username(), "turned off");
        assertThat(off.getSubject()).startsWith("Two-factor authentication was turned off for your ");
        assertThat(Mails.plainText(off)).contains("Signing in now takes only your password.");

        // the next sign-in takes the password only: no backup-code step either
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        HttpResponse<String> signedIn = login.submit(Map.of("username", account.username(), "password", PASSWORD));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);
    }

    @Test
    void aBackupCodeIsAFreshSecondFactorForTurningTwoFactorOff(Environment env) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("tfaoffbc", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "tfaoffbc", "en");
        String appId = credentialId(env, account, "alpenlock-app");
        DemoClient client = new DemoClient(env.server(), realm);
        FormLoginClient login = BackupCodeAccounts.atBackupCodeStep(account, client);
        String page = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("code", account.codes().get(0))));
        HttpResponse<String> signedIn = login.submit(Map.of("alpenlockAction", "continue"));
        assertThat(signedIn.statusCode()).as(page).isEqualTo(302);

        page = BackupCodeAccounts.pageAfter(login, login.get(client.authorizationUrl(Map.of("kc_action", "delete_credential:" + appId))));
        assertThat(page).contains("Please re-authenticate to continue").doesNotContain("kc-accept");
        page = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("password", PASSWORD)));
        page = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("authenticationExecution", BackupCodeAccounts.backupAlternative(page))));
        page = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("code", account.codes().get(1))));
        assertThat(BackupCodeAccounts.status(page).remaining()).as("the usual \"8 codes left\" first").isEqualTo(8);
        page = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("alpenlockAction", "continue")));
        assertThat(page).contains("kc-accept");
        HttpResponse<String> removed = login.submit(Map.of("accept", ""));
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(302);
        assertThat(removed.headers().firstValue("Location").orElseThrow()).contains("kc_action_status=success");
        assertThat(BackupCodeAccounts.credentialTypes(env, realm, account.id())).containsExactly("password");
    }

    /**
     * A sign-in flow without a second factor (here Keycloak's built-in browser flow, whose OTP step does
     * not know the Alpenlock app) cannot turn 2FA off: the page says why, an event records it, and the app stays.
     */
    @Test
    void aSignInWithoutASecondFactorCannotRemoveTheLastApp(Environment env) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("tfaoffpw", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "tfaoffpw", "en");
        String appId = credentialId(env, account, "alpenlock-app");
        env.admin().useBuiltInBrowserFlowFor(realm, DemoClient.CLIENT_ID);
        DemoClient client = new DemoClient(env.server(), realm);
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of("kc_action", "delete_credential:" + appId)));
        HttpResponse<String> refused = login.submit(Map.of("username", account.username(), "password", PASSWORD));
        for (int i = 0; i < 5 && refused.statusCode() == 302; i++) {
            refused = login.get(refused.headers().firstValue("Location").orElseThrow());
        }
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("To turn two-step verification off, sign in again with your app, its code or a backup code first.")
                .doesNotContain("kc-accept");
        assertThat(BackupCodeAccounts.credentialTypes(env, realm, account.id()))
                .containsExactlyInAnyOrder("password", "alpenlock-app", "alpenlock-backup-codes");
        JsonNode errors = env.admin().get("/admin/realms/" + realm + "/events?type=REMOVE_CREDENTIAL_ERROR&user=" + account.id());
        assertThat(errors.findValuesAsText("error")).contains("alpenlock_second_factor_not_proved");
    }

    /** Keycloak's deprecated {@code DELETE /account/credentials/{id}} needs only a token: it may remove other credentials, not the last factor. */
    @Test
    void aBearerTokenAloneCannotRemoveTheLastApp(Environment env) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("tfaofftok", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "tfaofftok", "en");
        String appId = credentialId(env, account, "alpenlock-app");
        DemoClient client = new DemoClient(env.server(), realm);
        String callback = BackupCodeAccounts.signInWithCode(env, account, account.codes().get(0), client);
        String token = client.exchange(callback).get("access_token").asText();

        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(
                        URI.create(env.server().realmUrl(realm) + "/account/credentials/" + appId))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(BackupCodeAccounts.credentialTypes(env, realm, account.id())).contains("alpenlock-app", "alpenlock-backup-codes");

        // the account console still lists the app as removable (its Remove button signs the user in again)
        HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(env.server().realmUrl(realm) + "/account/credentials"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(listed.statusCode()).isEqualTo(200);
        for (JsonNode type : AdminApi.JSON.readTree(listed.body())) {
            if (type.get("type").asText().equals("alpenlock-app")) {
                assertThat(type.get("removeable").asBoolean()).isTrue();
            }
        }
    }

    private static String credentialId(Environment env, Account account, String type) {
        for (JsonNode credential : env.admin().get("/admin/realms/" + account.realm() + "/users/" + account.id() + "/credentials")) {
            if (credential.get("type").asText().equals(type)) {
                return credential.get("id").asText();
            }
        }
        throw new AssertionError("no " + type + " credential");
    }

}
