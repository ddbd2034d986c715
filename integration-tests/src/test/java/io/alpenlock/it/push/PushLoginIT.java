package io.alpenlock.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Enrolments.Enrolled;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.TestDevice;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Push approval end to end: a login waits on the push page, the app (a {@link TestDevice} making real
 * DPoP proofs) lists the challenge and answers it, and the page moves on by itself. Denials, wrong
 * numbers, expiry, "this wasn't me", the budget and the one-pending rule end or hold attempts as the
 * user is told; an approval only ever completes its own login.
 */
@AlpenlockIT
@Order(65)
class PushLoginIT {

    static final String PASSWORD = "push-password-1";
    private static final Pattern NUMBER = Pattern.compile("id=\"alpenlock-push-number\"[^>]*>(\\d\\d)<");
    private static final Pattern STATE = Pattern.compile("data-state=\"([A-Z_]+)\"");

    @Test
    void approvingWithTheRightNumberSignsTheBrowserInByItself(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushok", PASSWORD, "en", "Pixel");
        DemoClient client = new DemoClient(env.server());

        browser.signIn(client.authorizationUrl(Map.of()), user.username(), PASSWORD);
        String number = browser.find(By.id("alpenlock-push-number")).getText();
        assertThat(browser.find(By.id("alpenlock-push-client")).getText()).isEqualTo("Alpenlock Webmail (demo)");
        assertThat(browser.find(By.id("alpenlock-push-device")).getText()).contains("Chrome");
        assertThat(browser.find(By.id("alpenlock-push-ip")).getText()).isEqualTo("127.0.0.1");
        // no GeoIP database in the demo: no location line on the page, none in the app
        assertThat(browser.driver().findElements(By.id("alpenlock-push-location"))).isEmpty();
        assertThat(browser.find(By.id("alpenlock-push-remaining")).getText()).matches("[12]:\\d\\d");
        browser.screenshot("push-waiting");

        JsonNode challenge = onlyChallenge(phone);
        assertThat(challenge.get("credentialId").asText()).isEqualTo(user.credentialId());
        assertThat(challenge.get("numberMatching").asBoolean()).isTrue();
        assertThat(challenge.get("choices")).hasSize(3);
        assertThat(challenge.get("choices").toString()).contains(number);
        assertThat(challenge.get("client").asText()).isEqualTo("Alpenlock Webmail (demo)");
        assertThat(challenge.toString()).doesNotContain(user.username()).doesNotContain(user.userId());
        assertThat(challenge.has("location")).isFalse();

        HttpResponse<String> approved = answer(phone, challenge, "{\"action\":\"approve\",\"number\":" + number + "}");
        long answeredAt = System.nanoTime();
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(AdminApi.JSON.readTree(approved.body()).get("result").asText()).isEqualTo("approved");

        String callback = browser.awaitCallback(client);
        long millis = (System.nanoTime() - answeredAt) / 1_000_000;
        // A loose bound for a test on a busy machine; the benchmark measures the real p50/p95.
        assertThat(millis).as("approval to redirect, ms").isLessThan(3000);
        JsonNode tokens = client.exchange(callback);
        assertThat(DemoClient.claims(tokens.get("id_token").asText()).get("email").asText()).isEqualTo(user.username());
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).isEmpty();

        // the app's last use shows in the account console (its REST API) and in the device API
        HttpResponse<String> credentials = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(env.server().realmUrl("accounts") + "/account/credentials"))
                        .header("Authorization", "Bearer " + tokens.get("access_token").asText())
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(credentials.statusCode()).as(credentials.body()).isEqualTo(200);
        assertThat(credentials.body()).contains("alpenlockAppLastUsed").contains(" UTC");
        assertThat(AdminApi.JSON.readTree(phone.get("accounts").body()).get(0).get("lastUsedAt").asLong())
                .isGreaterThan(Instant.now().minusSeconds(60).toEpochMilli());
        assertThat(answer(phone, challenge, "{\"action\":\"approve\",\"number\":" + number + "}").statusCode()).isEqualTo(404);
    }

    @Test
    void denyingEndsTheAttemptAndTheUserCanSendAgain(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushdeny", PASSWORD, "de", "Telefon");
        DemoClient client = new DemoClient(env.server());

        browser.signIn(client.authorizationUrl(Map.of()), user.username(), PASSWORD);
        browser.find(By.id("alpenlock-push-number"));
        JsonNode challenge = onlyChallenge(phone);
        assertThat(result(answer(phone, challenge, "{\"action\":\"deny\"}"))).isEqualTo("denied");

        browser.await(d -> "DENIED".equals(d.findElement(By.id("alpenlock-push")).getAttribute("data-state")));
        assertThat(browser.pageText()).contains("Die Anmeldung wurde in der App abgelehnt");
        browser.screenshot("push-denied");
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).isEmpty();
        JsonNode events = env.admin().get("/admin/realms/accounts/events?type=LOGIN_ERROR&user=" + user.userId());
        assertThat(events.findValuesAsText("error")).contains("alpenlock_push_denied");

        // "Send a new request" sends a second push; approving it signs in.
        browser.click(By.id("alpenlock-push-resend"));
        String number = browser.find(By.id("alpenlock-push-number")).getText();
        JsonNode second = onlyChallenge(phone);
        assertThat(second.get("id").asText()).isNotEqualTo(challenge.get("id").asText());
        assertThat(result(answer(phone, second, "{\"action\":\"approve\",\"number\":" + number + "}"))).isEqualTo("approved");
        browser.awaitCallback(client);
    }

    @Test
    void oneWrongNumberEndsTheChallengeAndCountsAsAFailedSecondFactor(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushwrong", PASSWORD, "en", "Phone");
        FormLoginClient login = signedInWithPassword(env, "accounts", user);
        String number = number(login.lastPage());
        JsonNode challenge = onlyChallenge(phone);
        String wrong = wrongChoice(challenge, number);

        assertThat(result(answer(phone, challenge, "{\"action\":\"approve\",\"number\":" + wrong + "}"))).isEqualTo("wrong_number");
        // the app cannot try the other numbers: the challenge is over
        assertThat(answer(phone, challenge, "{\"action\":\"approve\",\"number\":" + number + "}").statusCode()).isEqualTo(404);

        HttpResponse<String> page = login.submit(Map.of("alpenlockPushAction", "check"));
        assertThat(state(page.body())).isEqualTo("WRONG_NUMBER");
        assertThat(page.body()).contains("did not match");
        assertThat(numFailures(env, "accounts", user.userId())).isEqualTo(1);
        JsonNode events = env.admin().get("/admin/realms/accounts/events?type=LOGIN_ERROR&user=" + user.userId());
        assertThat(events.findValuesAsText("error")).contains("alpenlock_push_wrong_number");
    }

    @Test
    void anUnansweredChallengeExpiresAndThePageSaysSo(Environment env, Browser browser) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("pushexp", r -> r.withArray("authenticatorConfig").forEach(c -> {
            if ("alpenlock push settings".equals(c.get("alias").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) c.get("config")).put("alpenlock.push.lifetimeSeconds", "10");
            }
        }));
        TestDevice phone = phone(env, realm);
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, realm, "pushexp", PASSWORD, "fr", "Mobile");
        DemoClient client = new DemoClient(env.server(), realm);

        browser.signIn(client.authorizationUrl(Map.of()), user.username(), PASSWORD);
        browser.find(By.id("alpenlock-push-number"));
        JsonNode challenge = onlyChallenge(phone);
        assertThat(challenge.get("expiresAt").asLong() - Instant.now().toEpochMilli()).isBetween(1_000L, 10_500L);
        // the page notices the expiry by itself
        browser.await(d -> "EXPIRED".equals(d.findElement(By.id("alpenlock-push")).getAttribute("data-state")));
        assertThat(browser.pageText()).contains("La demande a expiré");
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).isEmpty();
        assertThat(answer(phone, challenge, "{\"action\":\"deny\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void anApprovalCompletesOnlyItsOwnLogin(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushab", PASSWORD, "en", "Phone");
        FormLoginClient loginA = signedInWithPassword(env, "accounts", user);
        String numberA = number(loginA.lastPage());
        JsonNode challengeA = onlyChallenge(phone);

        // Login B of the same user while A waits: no second push (one pending push per user).
        FormLoginClient loginB = signedInWithPassword(env, "accounts", user);
        assertThat(state(loginB.lastPage())).isEqualTo("OTHER_PENDING");
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).hasSize(1);

        // B asks for its own push: A's challenge ends, B gets a new one.
        HttpResponse<String> resent = loginB.submit(Map.of("alpenlockPushAction", "resend"));
        String numberB = number(resent.body());
        JsonNode challengeB = onlyChallenge(phone);
        assertThat(challengeB.get("id").asText()).isNotEqualTo(challengeA.get("id").asText());
        assertThat(answer(phone, challengeA, "{\"action\":\"approve\",\"number\":" + numberA + "}").statusCode()).isEqualTo(404);
        assertThat(state(loginA.submit(Map.of("alpenlockPushAction", "check")).body())).isEqualTo("CANCELLED");

        // Approving B completes B, and A still cannot go on.
        assertThat(result(answer(phone, challengeB, "{\"action\":\"approve\",\"number\":" + numberB + "}"))).isEqualTo("approved");
        assertThat(loginB.submit(Map.of("alpenlockPushAction", "check")).statusCode()).isEqualTo(302);
        HttpResponse<String> stillA = loginA.submit(Map.of("alpenlockPushAction", "check"));
        assertThat(stillA.statusCode()).isEqualTo(200);
        assertThat(state(stillA.body())).isEqualTo("CANCELLED");
    }

    @Test
    void notMeEndsTheChallengePausesPushesAndSendsAnEmailButTheCodeStillWorks(Environment env, Browser browser)
            throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushnotme", PASSWORD, "en", "Phone");
        FormLoginClient attacker = signedInWithPassword(env, "accounts", user);
        JsonNode challenge = onlyChallenge(phone);

        assertThat(result(answer(phone, challenge, "{\"action\":\"not-me\"}"))).isEqualTo("not_me");
        assertThat(state(attacker.submit(Map.of("alpenlockPushAction", "check")).body())).isEqualTo("NOT_ME");

        MimeMessage mail = env.awaitMailTo(user.username(), "Sign-in attempt blocked");
        String text = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("127.0.0.1").doesNotContain(challenge.get("id").asText());
        JsonNode events = env.admin().get("/admin/realms/accounts/events?type=LOGIN_ERROR&user=" + user.userId());
        assertThat(events.findValuesAsText("error")).contains("alpenlock_push_not_me");

        // The attacker tries again: no push is sent any more, and resending is not offered.
        FormLoginClient again = signedInWithPassword(env, "accounts", user);
        assertThat(state(again.lastPage())).isEqualTo("MUTED");
        assertThat(again.lastPage()).doesNotContain("alpenlock-push-resend");
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).isEmpty();

        // The real user is not locked out: the app's offline code opens the account.
        DemoClient client = new DemoClient(env.server());
        browser.signIn(client.authorizationUrl(Map.of()), user.username(), PASSWORD);
        assertThat(browser.find(By.id("alpenlock-push")).getAttribute("data-state")).isEqualTo("MUTED");
        browser.useAppCode();
        browser.type(By.id("code"), Totp.code(user.secret(), Instant.now()));
        browser.click(By.id("kc-login"));
        browser.awaitCallback(client);
    }

    @Test
    void theFourthPushWithinTenMinutesIsRefusedByTheBudget(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushbudget", PASSWORD, "it", "Phone");
        FormLoginClient login = signedInWithPassword(env, "accounts", user);
        assertThat(state(login.lastPage())).isEqualTo("WAITING");
        assertThat(state(login.submit(Map.of("alpenlockPushAction", "resend")).body())).isEqualTo("WAITING");
        assertThat(state(login.submit(Map.of("alpenlockPushAction", "resend")).body())).isEqualTo("WAITING");

        HttpResponse<String> fourth = login.submit(Map.of("alpenlockPushAction", "resend"));
        assertThat(state(fourth.body())).isEqualTo("BUDGET");
        assertThat(fourth.body()).contains("Sono state inviate troppe richieste");
        assertThat(AdminApi.JSON.readTree(phone.get("challenges").body())).isEmpty();
    }

    @Test
    void tenConcurrentApprovalsOfOneChallengeYieldExactlyOneApproval(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushrace", PASSWORD, "en", "Phone");
        FormLoginClient login = signedInWithPassword(env, "accounts", user);
        String number = number(login.lastPage());
        JsonNode challenge = onlyChallenge(phone);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<Integer> approve = () -> {
                start.await();
                return answer(phone, challenge, "{\"action\":\"approve\",\"number\":" + number + "}").statusCode();
            };
            results.add(pool.submit(approve));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 404).hasSize(9);
        assertThat(login.submit(Map.of("alpenlockPushAction", "check")).statusCode()).isEqualTo(302);
    }

    @Test
    void badAnswersGetAClear4xxAndChangeNothing(Environment env, Browser browser) throws Exception {
        TestDevice phone = phone(env, "accounts");
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "pushbad", PASSWORD, "en", "Phone");
        signedInWithPassword(env, "accounts", user);
        JsonNode challenge = onlyChallenge(phone);
        String path = "challenges/" + challenge.get("id").asText();

        assertError(phone.post(path, "{\"action\":"), 400, "not valid JSON");
        assertError(phone.post(path, "[]"), 400, "JSON object");
        assertError(phone.post(path, "{}"), 400, "Missing field: action");
        assertError(phone.post(path, "{\"action\":\"approve\"}"), 400, "number is required");
        assertError(phone.post(path, "{\"action\":\"approve\",\"number\":\"12\"}"), 400, "number must be an integer");
        assertError(phone.post(path, "{\"action\":\"approve\",\"number\":7}"), 400, "number must be an integer");
        assertError(phone.post(path, "{\"action\":\"maybe\"}"), 400, "action must be one of");
        assertError(phone.post(path, "{\"action\":\"deny\",\"number\":12}"), 400, "only sent with approve");
        assertError(phone.post(path, "{\"action\":\"deny\",\"extra\":1}"), 400, "Unknown field: extra");
        assertError(phone.post(path, "{\"action\":\"deny\",\"pad\":\"" + "x".repeat(20_000) + "\"}"), 413, "too large");
        byte[] deny = "{\"action\":\"deny\"}".getBytes(StandardCharsets.UTF_8);
        assertError(phone.post(path, deny, null), 401, "");
        String proof = phone.proof("POST", path, deny);
        assertThat(phone.post(path, "{\"action\":\"not-me\"}".getBytes(StandardCharsets.UTF_8), proof).statusCode())
                .as("a proof for another body").isEqualTo(401);
        // unknown ids and another key's challenges look exactly alike
        HttpResponse<String> unknown = phone.post("challenges/AAAAAAAAAAAAAAAAAAAAAA", "{\"action\":\"deny\"}");
        HttpResponse<String> foreign = phone(env, "accounts").post(path, "{\"action\":\"deny\"}");
        assertError(unknown, 404, "not_found");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(unknown.body());

        // nothing changed: the challenge is still open and can be answered
        assertThat(onlyChallenge(phone).get("id").asText()).isEqualTo(challenge.get("id").asText());
        assertThat(result(answer(phone, challenge, "{\"action\":\"deny\"}"))).isEqualTo("denied");
    }

    static TestDevice phone(Environment env, String realm) {
        return new TestDevice(env.server().realmUrl(realm));
    }

    static FormLoginClient signedInWithPassword(Environment env, String realm, Enrolled user) {
        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        HttpResponse<String> page = login.submit(Map.of("username", user.username(), "password", user.password()));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return login;
    }

    static JsonNode onlyChallenge(TestDevice phone) throws Exception {
        HttpResponse<String> response = phone.get("challenges");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode challenges = AdminApi.JSON.readTree(response.body());
        assertThat(challenges).as(response.body()).hasSize(1);
        return challenges.get(0);
    }

    static HttpResponse<String> answer(TestDevice phone, JsonNode challenge, String json) {
        return phone.post("challenges/" + challenge.get("id").asText(), json);
    }

    static String result(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AdminApi.JSON.readTree(response.body()).get("result").asText();
    }

    static String number(String page) {
        Matcher matcher = NUMBER.matcher(page);
        assertThat(matcher.find()).as("number on the page").isTrue();
        return matcher.group(1);
    }

    static String state(String page) {
        Matcher matcher = STATE.matcher(page);
        assertThat(matcher.find()).as("push page").isTrue();
        return matcher.group(1);
    }

    static String wrongChoice(JsonNode challenge, String number) {
        for (JsonNode choice : challenge.get("choices")) {
            if (!choice.asText().equals(number)) {
                return choice.asText();
            }
        }
        throw new AssertionError("no wrong choice");
    }

    static int numFailures(Environment env, String realm, String id) throws InterruptedException {
        int failures = 0;
        for (int i = 0; i < 100 && failures == 0; i++) {
            failures = env.admin().get("/admin/realms/" + realm + "/attack-detection/brute-force/users/" + id)
                    .get("numFailures").asInt();
            Thread.sleep(100);
        }
        return failures;
    }

    static void assertError(HttpResponse<String> response, int status, String text) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = AdminApi.JSON.readTree(response.body());
        assertThat(body.get("error").asText() + " " + body.get("error_description").asText()).contains(text);
    }
}
