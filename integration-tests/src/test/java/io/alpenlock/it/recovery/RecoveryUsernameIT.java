package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.it.backup.BackupCodeAccounts;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.ServerProfile;
import io.alpenlock.it.support.TwilioMock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The mailbox used as a login identifier was deleted: the administrators' trigger gives the account a recovery
 * username (SMS through the real Twilio SDK to WireMock, e-mail to the recovery address through GreenMail); the old
 * address stops signing in and, with the right password, says to look at the SMS; the recovery username, the
 * unchanged password and the app code sign in and lead straight to the new-login-e-mail page (no redirect to the
 * application before it is done); the code e-mailed to the new address makes it the login identifier.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(915)
class RecoveryUsernameIT {

    private static final Pattern EMAIL_CODE = Pattern.compile("Code: ([0-9]{6})");
    private static final String RETIRED_MESSAGE = "We sent you a recovery username by SMS";

    @Test
    void aDeletedLoginMailboxLeadsByRecoveryUsernameAndAppCodeToANewLoginEmail(Environment env) throws Exception {
        String realm = realm(env, "rname", r -> r.put("bruteForceProtected", false));
        BackupCodeAccounts.Account account = BackupCodeAccounts.withCodes(env, realm, "rname", "en");
        String phone = "+41791234671";
        String recoveryAddress = "rescue-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
        env.admin().setVerifiedPhoneNumber(realm, account.id(), phone);
        setRecoveryEmail(env, realm, account.id(), recoveryAddress);

        AdminApi.Result triggered = trigger(env, realm, Map.of("address", " " + account.username().toUpperCase() + " "));
        assertThat(triggered.status()).as(triggered.body()).isEqualTo(200);
        JsonNode outcome = triggered.json();
        assertThat(outcome.get("status").asText()).isEqualTo("assigned");
        assertThat(outcome.get("userId").asText()).isEqualTo(account.id());
        assertThat(outcome.get("smsSent").asBoolean()).isTrue();
        assertThat(outcome.get("emailSent").asBoolean()).isTrue();
        String recoveryUsername = outcome.get("recoveryUsername").asText();
        assertThat(recoveryUsername).matches("tr[0-9]{5}"); // "Test" "rname"

        TwilioMock.Sms sms = env.twilio().awaitMessagesTo(phone, 1).get(0);
        assertThat(sms.body()).startsWith("Alpenlock Accounts: the mailbox you signed in with no longer exists.")
                .contains("Your recovery username is " + recoveryUsername + ".");
        MimeMessage mail = env.awaitMailTo(recoveryAddress, "recovery username");
        assertThat(Mails.plainText(mail)).contains(recoveryUsername).contains(account.username());

        AdminApi.Result again = trigger(env, realm, Map.of("address", account.username()));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("already_assigned");
        assertThat(again.json().get("recoveryUsername").asText()).isEqualTo(recoveryUsername);
        assertThat(again.json().get("smsSent").asBoolean()).isFalse();
        Thread.sleep(500);
        assertThat(env.twilio().messagesTo(phone)).as("a second call sends nothing").hasSize(1);
        assertThat(env.admin().user(realm, account.id()).get("username").asText()).isEqualTo(recoveryUsername);

        DemoClient client = new DemoClient(env.server(), realm);
        FormLoginClient old = new FormLoginClient();
        old.open(client.authorizationUrl(Map.of()));
        String page = old.pageAfter(old.submit(Map.of("username", account.username(), "password", "not-the-password")));
        assertThat(page).contains("Invalid username or password.").doesNotContain(RETIRED_MESSAGE);
        page = old.pageAfter(old.submit(Map.of("username", account.username(), "password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains(RETIRED_MESSAGE).contains("kc-form-login").doesNotContain("Invalid username or password.");
        FormLoginClient unknown = new FormLoginClient();
        unknown.open(client.authorizationUrl(Map.of()));
        page = unknown.pageAfter(unknown.submit(Map.of("username", "nobody-" + UUID.randomUUID() + "@alpenlock.test",
                "password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains("Invalid username or password.").doesNotContain(RETIRED_MESSAGE);

        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        page = login.pageAfter(login.submit(Map.of("username", recoveryUsername, "password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains("alpenlock-app-code-instruction");
        HttpResponse<String> afterApp = login.submit(Map.of("code", BackupCodeAccounts.appCode(account)));
        page = login.pageAfter(afterApp); // asserts no redirect to the application on the way
        assertThat(page).contains("Choose a new login e-mail").contains("data-step=\"email\"").contains(recoveryUsername);

        String newAddress = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "email", "not an address")));
        assertThat(page).contains("Enter a valid e-mail address.");
        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "email", newAddress)));
        assertThat(page).contains("data-step=\"code\"").contains("We sent a 6-digit code to " + newAddress);
        String code = codeIn(env.awaitMailTo(newAddress, "confirm your login e-mail"));

        HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "verify", "code", code));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        String callback = done.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(DemoClient.REDIRECT_URI);
        JsonNode idToken = DemoClient.claims(client.exchange(callback).get("id_token").asText());
        assertThat(idToken.get("email").asText()).isEqualTo(newAddress);
        assertThat(idToken.get("preferred_username").asText()).isEqualTo(newAddress);
        MimeMessage changed = env.awaitMailTo(newAddress, "login e-mail was changed");
        assertThat(Mails.plainText(changed)).contains(newAddress).contains("The recovery username " + recoveryUsername + " no longer works.");

        FormLoginClient retired = new FormLoginClient();
        retired.open(client.authorizationUrl(Map.of()));
        page = retired.pageAfter(retired.submit(Map.of("username", recoveryUsername, "password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains("Invalid username or password.");
        FormLoginClient fresh = new FormLoginClient();
        fresh.open(client.authorizationUrl(Map.of()));
        page = fresh.pageAfter(fresh.submit(Map.of("username", newAddress, "password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains("alpenlock-app-code-instruction");

        JsonNode events = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_EMAIL&user=" + account.id());
        assertThat(events.findValuesAsText("reason")).contains("login_mailbox_deleted");
        assertThat(events.findValuesAsText("updated_email")).contains(newAddress);
        AdminApi.Result gone = trigger(env, realm, Map.of("address", account.username()));
        assertThat(gone.status()).as("the old address belongs to no account any more").isEqualTo(404);
    }

    @Test
    void wrongEmailCodesCountInBruteForceProtectionAndLockTheAccount(Environment env) throws Exception {
        String realm = realm(env, "rnamelock", r -> r.put("bruteForceProtected", true).put("failureFactor", 3)
                .put("permanentLockout", false).put("waitIncrementSeconds", 600).put("maxFailureWaitSeconds", 900));
        String user = env.admin().createUser(realm, "rnamelock", "recovery-lock-1", "en");
        String address = env.admin().user(realm, user).get("username").asText();
        String recoveryUsername = trigger(env, realm, Map.of("address", address)).json().get("recoveryUsername").asText();

        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        String page = login.pageAfter(login.submit(Map.of("username", recoveryUsername, "password", "recovery-lock-1")));
        assertThat(page).contains("data-step=\"email\"");
        String newAddress = "lock-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "email", newAddress)));
        String code = codeIn(env.awaitMailTo(newAddress, "confirm your login e-mail"));
        String wrong = code.equals("000000") ? "111111" : "000000";
        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong)));
        assertThat(page).contains("This code is not right.");
        for (int i = 0; i < 2; i++) {
            page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong)));
            assertThat(page).containsAnyOf("This code is not right.", "your account is locked for a while");
        }
        JsonNode status = awaitLockout(env, realm, user);
        assertThat(status.get("disabled").asBoolean()).isTrue();
        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", code)));
        assertThat(page).contains("your account is locked for a while");
        assertThat(env.admin().user(realm, user).get("username").asText()).isEqualTo(recoveryUsername);
        JsonNode errors = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_EMAIL_ERROR&user=" + user);
        assertThat(errors.findValuesAsText("error")).contains("invalid_user_credentials");
    }

    @Test
    void theEndpointRefusesBadInputAndAnswersNeutrallyForUnknownAddresses(Environment env) throws Exception {
        String realm = realm(env, "rnamebad", r -> { });
        String path = "/realms/" + realm + "/alpenlock/admin/login-mailbox-deleted";
        for (Object body : List.of("just a string", Map.of(), Map.of("address", 42), Map.of("address", "no-at-sign"),
                Map.of("address", "<script>alert(1)</script>@x.test"), Map.of("address", "a".repeat(300) + "@x.test"),
                Map.of("address", "x".repeat(5000)))) {
            AdminApi.Result result = env.admin().post(path, body);
            assertThat(result.status()).as(String.valueOf(body).substring(0, Math.min(40, String.valueOf(body).length())))
                    .isEqualTo(400);
            assertThat(result.json().get("error").asText()).isIn("invalid_request");
        }
        HttpResponse<String> malformed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(env.server().baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"address\":")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).as("no admin token").isEqualTo(401);

        AdminApi.Result unknown = trigger(env, realm, Map.of("address", "nobody-" + UUID.randomUUID() + "@alpenlock.test"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("no_account");
        assertThat(unknown.body()).doesNotContain("nobody-");
    }

    @Test
    void theNewPagesInFiveLanguages(Environment env, Browser browser) throws Exception {
        String realm = realm(env, "rnameshots", r -> r.put("bruteForceProtected", false));
        Map<String, String> titles = Map.of("en", "Choose a new login e-mail", "de", "Neue Login-E-Mail wählen",
                "fr", "Choisir une nouvelle adresse de connexion", "it", "Scelga un nuovo indirizzo di accesso",
                "es", "Elija un nuevo correo de inicio de sesión");
        DemoClient client = new DemoClient(env.server(), realm);
        for (String language : List.of("en", "de", "fr", "it", "es")) {
            String user = env.admin().createUser(realm, "rnameshots", "recovery-shots-1", language);
            String address = env.admin().user(realm, user).get("username").asText();
            String recoveryUsername = trigger(env, realm, Map.of("address", address)).json().get("recoveryUsername").asText();
            browser.forgetCookies();
            browser.signIn(client.authorizationUrl(Map.of("ui_locales", language)), address, "recovery-shots-1");
            browser.await(d -> d.findElements(By.id("input-error-username")).isEmpty() ? null : true);
            browser.screenshot("login-email-retired-" + language);
            browser.type(By.id("username"), recoveryUsername);
            browser.type(By.id("password"), "recovery-shots-1");
            browser.click(By.id("kc-login"));
            browser.await(d -> d.findElements(By.cssSelector("#alpenlock-update-login-email[data-step='email']")).isEmpty() ? null : true);
            assertThat(browser.pageText()).contains(titles.get(language)).contains(recoveryUsername);
            browser.screenshot("new-login-email-" + language);
            browser.type(By.id("email"), "shot-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test");
            browser.click(By.id("kc-submit"));
            browser.await(d -> d.findElements(By.cssSelector("#alpenlock-update-login-email[data-step='code']")).isEmpty() ? null : true);
            browser.screenshot("new-login-email-code-" + language);
        }
    }

    /** A realm like the demo one whose administrators may set attributes outside the user profile (recoveryEmail). */
    private static String realm(Environment env, String prefix, java.util.function.Consumer<ObjectNode> customize) {
        String realm = RecoveryRealms.realm(env, prefix, customize);
        ObjectNode profile = (ObjectNode) env.admin().get("/admin/realms/" + realm + "/users/profile");
        profile.put("unmanagedAttributePolicy", "ADMIN_EDIT");
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm + "/users/profile", profile);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        return realm;
    }

    private static void setRecoveryEmail(Environment env, String realm, String userId, String address) {
        ObjectNode user = (ObjectNode) env.admin().user(realm, userId);
        ObjectNode attributes = user.with("attributes");
        attributes.putArray("recoveryEmail").add(address);
        attributes.putArray("recoveryEmailVerified").add("true");
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm + "/users/" + userId, user);
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
    }

    private static AdminApi.Result trigger(Environment env, String realm, Object body) {
        return env.admin().post("/realms/" + realm + "/alpenlock/admin/login-mailbox-deleted", body);
    }

    private static String codeIn(MimeMessage mail) throws Exception {
        Matcher code = EMAIL_CODE.matcher(Mails.plainText(mail));
        assertThat(code.find()).as(Mails.plainText(mail)).isTrue();
        return code.group(1);
    }

    private static JsonNode awaitLockout(Environment env, String realm, String user) throws InterruptedException {
        JsonNode status = null;
        for (int i = 0; i < 50; i++) {
            status = env.admin().get("/admin/realms/" + realm + "/attack-detection/brute-force/users/" + user);
            if (status.get("disabled").asBoolean()) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }
}
