package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;

/** Helpers of the identity verification tests: the request form, as a person fills it in, and the admin endpoint. */
final class IdentityVerificationRequests {

    static final String SENT = "your request was received";
    private static final Pattern FORGOT_LINK = Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");

    private IdentityVerificationRequests() {
    }

    /** A realm like the demo one (mail to this run's SMTP server, SMS budgets per IP raised), brute force off. */
    static String realm(Environment env, String prefix) {
        return RecoveryRealms.realm(env, prefix, r -> r.put("bruteForceProtected", false));
    }

    /** "Forgot password?" → identifier → channel page → "I have access to none of these": the form. */
    static FormLoginClient openForm(Environment env, String realm, String identifier, String locale) {
        FormLoginClient reset = new FormLoginClient();
        Map<String, String> extra = locale == null ? Map.of() : Map.of("ui_locales", locale);
        String login = reset.open(new DemoClient(env.server(), realm).authorizationUrl(extra));
        Matcher link = FORGOT_LINK.matcher(login);
        assertThat(link.find()).as("\"Forgot password?\" on the login page").isTrue();
        String href = link.group(1).replace("&amp;", "&");
        reset.pageAfter(reset.get(href.startsWith("/") ? env.server().baseUrl() + href : href));
        String channels = reset.pageAfter(reset.submit(Map.of("username", identifier)));
        assertThat(channels).contains("alpenlock-recovery-none-button");
        String form = reset.pageAfter(reset.submit(Map.of("alpenlockAction", "identity-verification")));
        assertThat(form).contains("alpenlock-idv-form").contains("name=\"fullName\"");
        return reset;
    }

    static HttpResponse<String> submit(FormLoginClient form, String name, String email, String phone, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", name);
        fields.put("contactEmail", email);
        fields.put("contactPhone", phone);
        fields.put("message", message);
        return form.submit(fields);
    }

    /** Sends a valid request for {@code identifier} and checks the confirmation page. */
    static String request(Environment env, String realm, String identifier, String contactEmail) {
        FormLoginClient form = openForm(env, realm, identifier, "en");
        HttpResponse<String> sent = submit(form, "Anna Muster", contactEmail, "", "I lost my phone and my mailbox.");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains(SENT).contains("alpenlock-idv-sent");
        return sent.body();
    }

    static String base(String realm) {
        return "/admin/realms/" + realm + "/alpenlock-identity-verification";
    }

    static JsonNode pending(Environment env, String realm) {
        return env.admin().get(base(realm) + "/requests").get("requests");
    }

    static JsonNode onlyPending(Environment env, String realm) {
        JsonNode requests = pending(env, realm);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static AdminApi.Result moveClock(Environment env, String realm, Duration offset) {
        AdminApi.Result moved = env.admin().put(base(realm) + "/test-clock", Map.of("offsetSeconds", offset.toSeconds()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved;
    }

    static long stored(Environment env, String realm) {
        return env.admin().get(base(realm) + "/test-clock").get("stored").asLong();
    }

    /** The page without what differs between any two sign-ins (form addresses, typed values, ids in links). */
    static String shape(String page) {
        return page.replaceAll("(action|href|src)=\"[^\"]*\"", "$1=\"\"")
                .replaceAll("value=\"[^\"]*\"", "value=\"\"")
                .replaceAll("((?:tab_id|client_data|execution|session_code)=)[^&\"'\\s]+", "$1…");
    }

    /** A request without a bearer token, or with one of an ordinary user. */
    static HttpResponse<String> call(Environment env, String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(env.server().baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"contact\":\"request-email\"}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An access token of an ordinary user of the realm (password grant through the realm's admin-cli). */
    static String userToken(Environment env, String realm, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(env.server().realmUrl(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AdminApi.JSON.readTree(response.body()).get("access_token").asText();
    }
}
