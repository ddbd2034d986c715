package io.alpenlock.it.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.TestDevice;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Connect the app from a computer": the page shows a QR code with a one-time link, the app
 * redeems it with a DPoP-signed call, the page moves on by itself, and the app's offline code
 * then opens logins. Bad device requests get a 4xx and change nothing.
 */
@AlpenlockIT
@Order(60)
class DeviceEnrollmentIT {

    static final String PASSWORD = "device-password-1";

    @Test
    void userConnectsTheAppFromAComputerAndThePageMovesOnByItself(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "enrol", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());
        String token = openEnrolmentPage(env, browser, client, id, username);
        browser.screenshot("enrol-app-page");
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));

        HttpResponse<String> enrolled = phone.post("enrollments",
                "{\"token\":\"" + token + "\",\"label\":\"Pixel 8\",\"platform\":\"android\"}");

        assertThat(enrolled.statusCode()).isEqualTo(201);
        JsonNode answer = AdminApi.JSON.readTree(enrolled.body());
        assertThat(answer.get("username").asText()).isEqualTo(username);
        assertThat(answer.get("issuer").asText()).isEqualTo("Alpenlock Accounts");
        assertThat(enrolled.headers().firstValue("Cache-Control")).contains("no-store");
        // the page notices by itself and finishes the login
        browser.awaitCallback(client);

        JsonNode credentials = env.admin().get("/admin/realms/accounts/users/" + id + "/credentials");
        assertThat(credentials.findValuesAsText("userLabel")).contains("Pixel 8");
        JsonNode accounts = AdminApi.JSON.readTree(phone.get("accounts").body());
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("credentialId").asText()).isEqualTo(answer.get("credentialId").asText());

        // the offline code of the enrolled app opens the next login
        TotpSecret secret = TotpSecret.fromBase32(answer.get("totp").get("secret").asText());
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
        browser.useAppCode();
        browser.type(By.id("code"), Totp.code(secret, Instant.now()));
        browser.click(By.id("kc-login"));
        browser.awaitCallback(client);
    }

    @Test
    void anEnrolmentLinkWorksOnceAndBadRequestsChangeNothing(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "enrolbad", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        String token = openEnrolmentPage(env, browser, new DemoClient(env.server()), id, username);
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        String valid = "{\"token\":\"" + token + "\",\"label\":\"Phone\",\"platform\":\"ios\"}";
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);

        assertError(phone.post("enrollments", validBytes, null), 401, "invalid_dpop_proof");
        assertError(phone.post("enrollments", validBytes, phone.proof("POST", "enrollments", "{}".getBytes())), 401, "bsh");
        assertError(phone.post("enrollments", validBytes, phone.proof("GET", "enrollments", validBytes)), 401, "htm");
        assertError(phone.post("enrollments", "{not json"), 400, "JSON");
        assertError(phone.post("enrollments", "[1,2]"), 400, "object");
        assertError(phone.post("enrollments", "{\"token\":\"" + token + "\",\"label\":\"P\",\"platform\":\"ios\",\"admin\":true}"), 400, "Unknown field");
        assertError(phone.post("enrollments", "{\"token\":42,\"label\":\"P\",\"platform\":\"ios\"}"), 400, "string");
        assertError(phone.post("enrollments", "{\"token\":\"" + token + "\",\"platform\":\"ios\"}"), 400, "label");
        assertError(phone.post("enrollments", "{\"token\":\"" + token + "\",\"label\":\"P\",\"platform\":\"symbian\"}"), 400, "platform");
        assertError(phone.post("enrollments", "{\"token\":\"" + "x".repeat(20_000) + "\"}"), 413, "too large");
        assertError(phone.post("enrollments", "{\"token\":\"unknown\",\"label\":\"P\",\"platform\":\"ios\"}"), 400, "invalid, used or expired");
        String replayedProof = phone.proof("POST", "enrollments", validBytes);
        // nothing above used the link up: it still works, once
        assertThat(phone.post("enrollments", validBytes, replayedProof).statusCode()).isEqualTo(201);
        assertError(phone.post("enrollments", validBytes, replayedProof), 401, "replayed");
        assertError(new TestDevice(env.server().realmUrl("accounts")).post("enrollments", valid), 400, "invalid, used or expired");
        assertThat(env.admin().get("/admin/realms/accounts/users/" + id + "/credentials").findValuesAsText("type"))
                .containsOnlyOnce("alpenlock-app");
    }

    @Test
    void oneAppHoldsSeveralAccountsAndUnenrolsThemOneByOne(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        String first = enrol(env, browser, phone, "multi1");
        browser.forgetCookies();
        String second = enrol(env, browser, phone, "multi2");

        JsonNode accounts = AdminApi.JSON.readTree(phone.get("accounts").body());
        assertThat(accounts.findValuesAsText("credentialId")).containsExactlyInAnyOrder(first, second);
        TestDevice stranger = new TestDevice(env.server().realmUrl("accounts"));
        assertThat(AdminApi.JSON.readTree(stranger.get("accounts").body())).isEmpty();
        assertError(stranger.delete("accounts/" + first), 404, "not_found");

        assertThat(phone.delete("accounts/" + first).statusCode()).isEqualTo(204);
        assertThat(phone.delete("accounts/" + first).statusCode()).isEqualTo(404);
        assertThat(AdminApi.JSON.readTree(phone.get("accounts").body()).findValuesAsText("credentialId"))
                .containsExactly(second);
    }

    @Test
    void connectingTheAppFromTheAccountConsoleCanBeCancelled(Environment env, Browser browser) {
        String id = env.admin().createUser("accounts", "enrolaia", PASSWORD, "it");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());

        browser.signIn(client.authorizationUrl(Map.of("kc_action", "alpenlock-enroll-app")), username, PASSWORD);
        assertThat(browser.find(By.id("alpenlock-enroll-qr")).isDisplayed()).isTrue();
        assertThat(browser.pageText()).contains("Collega l'app Alpenlock");
        browser.click(By.id("kc-cancel"));

        String callback = browser.awaitCallback(client);
        assertThat(callback).contains("kc_action_status=cancelled");
    }

    private static String enrol(Environment env, Browser browser, TestDevice phone, String prefix) throws Exception {
        String id = env.admin().createUser("accounts", prefix, PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());
        String token = openEnrolmentPage(env, browser, client, id, username);
        HttpResponse<String> enrolled = phone.post("enrollments",
                "{\"token\":\"" + token + "\",\"label\":\"Shared phone\",\"platform\":\"cli\"}");
        assertThat(enrolled.statusCode()).isEqualTo(201);
        browser.awaitCallback(client);
        return AdminApi.JSON.readTree(enrolled.body()).get("credentialId").asText();
    }

    /** Signs in with the enrolment required action set and returns the token of the link on the page. */
    static String openEnrolmentPage(Environment env, Browser browser, DemoClient client, String id, String username) {
        return Enrolments.openEnrolmentPage(env, browser, client, "accounts", id, username, PASSWORD);
    }

    private static void assertError(HttpResponse<String> response, int status, String text) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = AdminApi.JSON.readTree(response.body());
        assertThat(body.get("error").asText() + " " + body.get("error_description").asText()).contains(text);
    }
}
