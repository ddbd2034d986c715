package io.alpenlock.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Enrolments.Enrolled;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.ServerProfile;
import io.alpenlock.it.support.TestDevice;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two Keycloak nodes in one cluster (PostgreSQL pass only): the login waits on node A, the app answers
 * on node B, and the waiting page's long poll on A returns at once, woken by the cluster event of the
 * answer (without it, A would keep waiting until its 25-second poll ends).
 */
@AlpenlockIT(profile = ServerProfile.CLUSTER)
@Order(950)
class ClusterPushIT {

    private static final String PASSWORD = "cluster-password-1";
    private static final Pattern NUMBER = Pattern.compile("id=\"alpenlock-push-number\"[^>]*>(\\d\\d)<");
    private static final Pattern WAIT_URL = Pattern.compile("const waitUrl = \"([^\"]+)\"");

    @Test
    void anApprovalOnOneNodeWakesTheWaitingPageOnTheOtherAtOnce(Environment env, Browser browser) throws Exception {
        TestDevice phoneOnA = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phoneOnA, "accounts", "cluster", PASSWORD, "en", "Phone");
        TestDevice phoneOnB = phoneOnA.via(env.secondNode().realmUrl("accounts"));

        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server()).authorizationUrl(Map.of()));
        String page = login.submit(Map.of("username", user.username(), "password", PASSWORD)).body();
        String number = find(NUMBER, page);
        String waitUrl = find(WAIT_URL, page).replace("\\/", "/");
        assertThat(waitUrl).startsWith(env.server().baseUrl());

        // node B knows the challenge created on node A
        HttpResponse<String> listed = phoneOnB.get("challenges");
        JsonNode challenges = AdminApi.JSON.readTree(listed.body());
        assertThat(challenges).as(listed.body()).hasSize(1);
        String challengeId = challenges.get(0).get("id").asText();

        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(
                HttpRequest.newBuilder(URI.create(waitUrl)).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1000);
        assertThat(waiting).as("the long poll on node A waits while the challenge is pending").isNotDone();

        long answeredAt = System.nanoTime();
        HttpResponse<String> approved = phoneOnB.post("challenges/" + challengeId,
                "{\"action\":\"approve\",\"number\":" + number + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        HttpResponse<String> woke = waiting.get(20, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - answeredAt) / 1_000_000;

        assertThat(AdminApi.JSON.readTree(woke.body()).get("status").asText()).isEqualTo("approved");
        // a re-read on a timer would not answer before its period; the wake-up comes with the answer
        assertThat(millis).as("answer on B to wake-up on A, ms").isLessThan(1000);
        assertThat(login.submit(Map.of("alpenlockPushAction", "check")).statusCode()).isEqualTo(302);
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern + " on the page").isTrue();
        return matcher.group(1);
    }
}
