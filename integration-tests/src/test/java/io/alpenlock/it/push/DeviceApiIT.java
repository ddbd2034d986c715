package io.alpenlock.it.push;

import static io.alpenlock.it.push.PushLoginIT.PASSWORD;
import static io.alpenlock.it.push.PushLoginIT.assertError;
import static io.alpenlock.it.push.PushLoginIT.number;
import static io.alpenlock.it.push.PushLoginIT.onlyChallenge;
import static io.alpenlock.it.push.PushLoginIT.signedInWithPassword;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Enrolments.Enrolled;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.TestDevice;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The rest of the device API: "connect from this mobile" (OIDC + consent, then enrol with the access
 * token), the push token, key rotation, and removal of the app by a realm admin.
 */
@AlpenlockIT
@Order(66)
class DeviceApiIT {

    @Test
    void theAppConnectsFromThisMobileWithOidcConsentAndItsAccessToken(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "connect", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient app = DemoClient.app(env.server(), "accounts", freePort());
        browser.forgetCookies();

        browser.signIn(app.authorizationUrl(Map.of("scope", "openid")), username, PASSWORD);
        browser.await(d -> d.getPageSource().contains("Add this device as your Alpenlock sign-in app") ? true : null);
        browser.screenshot("connect-consent");
        browser.click(By.id("kc-login"));
        String callback = browser.await(d -> app.isCallback(d.getCurrentUrl()) ? d.getCurrentUrl() : null);
        String accessToken = app.exchange(callback).get("access_token").asText();

        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        String body = "{\"label\":\"My iPhone\",\"platform\":\"ios\"}";
        HttpResponse<String> enrolled = phone.send("POST", "enrollments", body, Map.of("Authorization", "Bearer " + accessToken));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        JsonNode answer = AdminApi.JSON.readTree(enrolled.body());
        assertThat(answer.get("username").asText()).isEqualTo(username);
        assertThat(answer.get("totp").get("secret").asText()).isNotBlank();
        assertThat(env.admin().get("/admin/realms/accounts/users/" + id + "/credentials").findValuesAsText("userLabel"))
                .contains("My iPhone");

        // one access token enrols one app
        assertError(new TestDevice(env.server().realmUrl("accounts")).send("POST", "enrollments",
                "{\"label\":\"Second\",\"platform\":\"ios\"}", Map.of("Authorization", "Bearer " + accessToken)),
                401, "already enrolled");
        // a token of another client, a garbage token, and a link token together with an access token are refused
        assertError(phone.withNewKey().send("POST", "enrollments", body, Map.of("Authorization", "Bearer not-a-token")),
                401, "invalid_token");
        assertError(phone.withNewKey().send("POST", "enrollments", "{\"token\":\"x\",\"label\":\"A\",\"platform\":\"ios\"}",
                Map.of("Authorization", "Bearer " + accessToken)), 400, "not both");
        assertThat(AdminApi.JSON.readTree(phone.get("accounts").body())).hasSize(1);
    }

    @Test
    void aTokenOfAnotherClientCannotEnrolAnApp(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "connectother", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient webmail = new DemoClient(env.server());
        browser.forgetCookies();
        browser.signIn(webmail.authorizationUrl(Map.of()), username, PASSWORD);
        String accessToken = webmail.exchange(browser.awaitCallback(webmail)).get("access_token").asText();

        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        assertError(phone.send("POST", "enrollments", "{\"label\":\"Phone\",\"platform\":\"ios\"}",
                Map.of("Authorization", "Bearer " + accessToken)), 401, "not issued to the alpenlock-app client");
        assertThat(env.admin().get("/admin/realms/accounts/users/" + id + "/credentials").findValuesAsText("type"))
                .doesNotContain("alpenlock-app");
    }

    @Test
    void thePushTokenIsStoredAndThePushCarriesOnlyAnOpaqueReference(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushtoken", PASSWORD, "en", "Phone");
        String token = "fcm-registration:token_" + user.userId().substring(0, 8);

        HttpResponse<String> updated = phone.send("PUT", "push-token", "{\"pushToken\":\"" + token + "\"}", Map.of());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(AdminApi.JSON.readTree(updated.body()).get("updated").asInt()).isEqualTo(1);
        assertError(phone.send("PUT", "push-token", "{\"pushToken\":\"has spaces\"}", Map.of()), 400, "not a valid");
        assertError(phone.send("PUT", "push-token", "{}", Map.of()), 400, "Missing field: pushToken");
        assertError(phone.send("PUT", "push-token", "{\"pushToken\":5}", Map.of()), 400, "string or null");

        signedInWithPassword(env, "accounts", user);
        String challengeId = onlyChallenge(phone).get("id").asText();
        JsonNode pushes = AdminApi.JSON.readTree(java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(env.server().realmUrl("accounts")
                        + "/alpenlock-outbox/messages?channel=push")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode push = null;
        for (JsonNode candidate : pushes.get("messages")) {
            if (candidate.toString().contains(challengeId)) {
                push = candidate;
            }
        }
        assertThat(push).as("the push of this login in the dev outbox: " + pushes).isNotNull();
        // the outbox keeps only a fingerprint of the token; the payload is the reference and nothing else
        assertThat(push.toString()).doesNotContain(token);
        assertThat(push.get("data").toString()).doesNotContain(user.username()).doesNotContain(user.userId())
                .doesNotContain("127.0.0.1").doesNotContain("accounts");
        assertThat(push.get("data").size()).isEqualTo(1);
        assertThat(push.get("data").get("ref").asText()).isEqualTo(challengeId);

        // clearing the token: the app polls instead and no push is sent
        assertThat(phone.send("PUT", "push-token", "{\"pushToken\":null}", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void afterAKeyRotationOnlyTheNewKeyIsAccepted(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "rotate", PASSWORD, "en", "Phone");
        TestDevice rotated = phone.withNewKey();
        String newProof = rotated.proof("POST", "key-rotation", new byte[0]);

        assertError(phone.send("POST", "key-rotation", null, Map.of()), 400, "DPoP-New-Key");
        HttpResponse<String> response = phone.send("POST", "key-rotation", null, Map.of("DPoP-New-Key", newProof));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(AdminApi.JSON.readTree(response.body()).get("keyThumbprint").asText()).isEqualTo(rotated.thumbprint());
        // the same new-key proof cannot be replayed
        assertThat(phone.send("POST", "key-rotation", null, Map.of("DPoP-New-Key", newProof)).statusCode()).isIn(401, 404);

        assertThat(AdminApi.JSON.readTree(phone.get("accounts").body())).isEmpty();
        assertThat(AdminApi.JSON.readTree(rotated.get("accounts").body()).findValuesAsText("credentialId"))
                .containsExactly(user.credentialId());
        FormLoginClient login = signedInWithPassword(env, "accounts", user);
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).isEmpty();
        JsonNode challenge = onlyChallenge(rotated);
        HttpResponse<String> approved = rotated.post("challenges/" + challenge.get("id").asText(),
                "{\"action\":\"approve\",\"number\":" + number(login.lastPage()) + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void anAppRemovedByARealmAdminGetsNoMoreChallenges(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "adminremove", PASSWORD, "en", "Phone");

        AdminApi.Result removed = env.admin().delete("/admin/realms/accounts/users/" + user.userId()
                + "/credentials/" + user.credentialId());
        assertThat(removed.status()).isEqualTo(204);

        assertThat(AdminApi.JSON.readTree(phone.get("accounts").body())).isEmpty();
        // no push any more, and 2FA is off: the backup codes went with the last app, the password is enough
        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server()).authorizationUrl(Map.of()));
        HttpResponse<String> next = login.submit(Map.of("username", user.username(), "password", PASSWORD));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);
    }

    @Test
    void removingTheLastSecondFactorPutsTheSetUpActionBackWhenTheRealmRequires2fa(Environment env, Browser browser)
            throws Exception {
        String realm = env.admin().createRealmLikeAccounts("require2fa", r -> { });
        AdminApi.Result required = env.admin().put("/admin/realms/" + realm + "/authentication/required-actions/alpenlock-enroll-app",
                Map.of("alias", "alpenlock-enroll-app", "providerId", "alpenlock-enroll-app", "name", "Connect the Alpenlock app",
                        "enabled", true, "defaultAction", true, "priority", 100));
        assertThat(required.status()).as(required.body()).isEqualTo(204);
        TestDevice phone = new TestDevice(env.server().realmUrl(realm));

        // by a realm admin
        Enrolled byAdmin = Enrolments.enrolledUser(env, browser, phone, realm, "req2faadmin", PASSWORD, "en", "Phone");
        assertThat(requiredActions(env, realm, byAdmin)).isEmpty();
        env.admin().delete("/admin/realms/" + realm + "/users/" + byAdmin.userId() + "/credentials/" + byAdmin.credentialId());
        assertThat(requiredActions(env, realm, byAdmin)).containsExactly("alpenlock-enroll-app");

        // by the app
        Enrolled byApp = Enrolments.enrolledUser(env, browser, phone, realm, "req2faapp", PASSWORD, "en", "Phone");
        assertThat(phone.delete("accounts/" + byApp.credentialId()).statusCode()).isEqualTo(204);
        assertThat(requiredActions(env, realm, byApp)).containsExactly("alpenlock-enroll-app");

        // by the user in the account console: its Remove button signs the user in with the app, then removes
        Enrolled byUser = Enrolments.enrolledUser(env, browser, phone, realm, "req2fauser", PASSWORD, "en", "Phone");
        DemoClient client = new DemoClient(env.server(), realm);
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of("kc_action", "delete_credential:" + byUser.credentialId())),
                byUser.username(), PASSWORD);
        browser.useAppCode();
        browser.type(By.id("code"), io.alpenlock.core.totp.Totp.code(byUser.secret(), java.time.Instant.now()));
        browser.click(By.id("kc-login"));
        browser.click(By.id("kc-accept"));
        // the app is gone; the realm requires 2FA, so Keycloak may go straight on to connecting an app again
        browser.await(d -> client.isCallback(d.getCurrentUrl()) || d.getPageSource().contains("alpenlock-enroll") ? true : null);
        assertThat(env.admin().get("/admin/realms/" + realm + "/users/" + byUser.userId() + "/credentials").findValuesAsText("type"))
                .doesNotContain("alpenlock-app");
        assertThat(requiredActions(env, realm, byUser)).containsExactly("alpenlock-enroll-app");

        // in the demo realm (2FA optional) removing the app adds nothing
        TestDevice demoPhone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled optional = Enrolments.enrolledUser(env, browser, demoPhone, "accounts", "optional2fa", PASSWORD, "en", "Phone");
        env.admin().delete("/admin/realms/accounts/users/" + optional.userId() + "/credentials/" + optional.credentialId());
        assertThat(requiredActions(env, "accounts", optional)).isEmpty();
    }

    private static java.util.List<String> requiredActions(Environment env, String realm, Enrolled user) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        env.admin().user(realm, user.userId()).get("requiredActions").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    @Test
    void aLongPollAnswersAsSoonAsASignInNeedsTheApp(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "longpoll", PASSWORD, "en", "Phone");
        assertError(phone.get("challenges?wait=31"), 400, "wait must be whole seconds");
        assertError(phone.get("challenges?wait=x"), 400, "wait must be whole seconds");
        assertError(phone.get("challenges?wait=1&known=" + ",".repeat(40)), 400, "known must be");

        java.util.concurrent.CompletableFuture<HttpResponse<String>> waiting =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> phone.get("challenges?wait=25"));
        Thread.sleep(1000);
        assertThat(waiting).as("nothing to approve yet: the poll waits").isNotDone();
        long start = System.nanoTime();
        signedInWithPassword(env, "accounts", user);
        HttpResponse<String> answered = waiting.get(20, java.util.concurrent.TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonNode challenges = AdminApi.JSON.readTree(answered.body());
        assertThat(challenges).hasSize(1);
        assertThat(millis).as("sign-in to long poll answer, ms (includes the password check)").isLessThan(5000);

        // a known challenge does not end the wait again; a short wait then answers with the same list
        String known = challenges.get(0).get("id").asText();
        long again = System.nanoTime();
        HttpResponse<String> same = phone.get("challenges?wait=2&known=" + known);
        assertThat((System.nanoTime() - again) / 1_000_000).isGreaterThanOrEqualTo(1900);
        assertThat(AdminApi.JSON.readTree(same.body()).get(0).get("id").asText()).isEqualTo(known);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
