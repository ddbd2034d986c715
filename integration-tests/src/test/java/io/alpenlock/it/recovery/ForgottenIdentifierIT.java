package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.ServerProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * "Forgot your login identifier too?": reached from the forgotten-password page, it sends the login identifier
 * by SMS (Keycloak's real Twilio SDK to WireMock) to a verified mobile number, and answers an unknown number
 * with the same page, status and time.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(912)
class ForgottenIdentifierIT {

    private static final Pattern FORGOT_PASSWORD = Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final Pattern FORGOT_IDENTIFIER = Pattern.compile("id=\"alpenlock-forgot-identifier-link\"[^>]*>\\s*<a href=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aVerifiedNumberGetsItsLoginIdentifierBySmsFromALinkOnTheForgottenPasswordPage(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "forgotid", r -> { });
        String userId = env.admin().createUser(realm, "forgotid", "password-2026-x", "de");
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234581");
        String username = env.admin().user(realm, userId).get("username").asText();

        FormLoginClient browser = new FormLoginClient();
        Matcher forgotPassword = FORGOT_PASSWORD.matcher(browser.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of())));
        assertThat(forgotPassword.find()).isTrue();
        String resetPage = browser.pageAfter(browser.get(absolute(env, forgotPassword.group(1))));
        Matcher link = FORGOT_IDENTIFIER.matcher(resetPage);
        assertThat(link.find()).as("link on the forgotten-password page").isTrue();
        String url = absolute(env, link.group(1));
        assertThat(url).isEqualTo(env.server().realmUrl(realm) + "/alpenlock/forgot-identifier");

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Find your login identifier").contains("name=\"phoneNumber\"");

        HttpResponse<String> answered = post(url, "079 123 45 81");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("If an account uses this mobile number, its login identifier is on its way by SMS.");
        String sms = env.twilio().awaitMessagesTo("+41791234581", 1).get(0).body();
        assertThat(sms).contains(username);
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerInTheSameTimeAndNoSms(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "forgotidtime", r -> { });
        AdminApi.Result budgets = env.admin().put("/admin/realms/" + realm + "/authentication/required-actions/alpenlock-verify-phone/config",
                Map.of("config", Map.of("alpenlock.sms.budgetPerIp", "1000/1h", "alpenlock.sms.budgetPerNumber", "1000/10m")));
        assertThat(budgets.status()).as(budgets.body()).isEqualTo(204);
        String userId = env.admin().createUser(realm, "forgotidtime", "password-2026-x", "en");
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234582");
        String url = env.server().realmUrl(realm) + "/alpenlock/forgot-identifier";
        int smsToUnknown = env.twilio().messagesTo("+41791234583").size();

        HttpResponse<String> known = post(url, "+41791234582");
        HttpResponse<String> unknown = post(url, "+41791234583");
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo(known.body());

        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        // Known and unknown in random order; a short pause lets the background lookup and SMS of the previous
        // request finish, so that each request's own time is measured (what an answer can tell).
        java.util.Random order = new java.util.Random(42);
        for (int i = 0; i < 50; i++) {
            boolean knownFirst = order.nextBoolean();
            for (boolean knownTurn : new boolean[] {knownFirst, !knownFirst}) {
                long start = System.nanoTime();
                HttpResponse<String> answer = post(url, knownTurn ? "+41791234582" : "+41791234583");
                (knownTurn ? knownNanos : unknownNanos).add(System.nanoTime() - start);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo(known.body());
                Thread.sleep(200);
            }
        }
        double knownMedian = median(knownNanos);
        double unknownMedian = median(unknownNanos);
        System.out.printf("forgot-identifier medians: known %.2f ms, unknown %.2f ms%n", knownMedian / 1e6, unknownMedian / 1e6);
        assertThat(Math.abs(knownMedian - unknownMedian) / Math.max(knownMedian, unknownMedian))
                .as("medians %.2f ms vs %.2f ms", knownMedian / 1e6, unknownMedian / 1e6).isLessThan(0.20);
        assertThat(env.twilio().messagesTo("+41791234583")).hasSize(smsToUnknown);
        assertThat(env.twilio().awaitMessagesTo("+41791234582", 51)).hasSize(51);
    }

    private static HttpResponse<String> post(String url, String number) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("phoneNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String absolute(Environment env, String href) {
        String url = href.replace("&amp;", "&");
        return url.startsWith("/") ? env.server().baseUrl() + url : url;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return (sorted.get(sorted.size() / 2) + sorted.get((sorted.size() - 1) / 2)) / 2.0;
    }
}
