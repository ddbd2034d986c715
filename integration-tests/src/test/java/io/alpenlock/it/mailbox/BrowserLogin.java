package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;

/** A person logging in to a test mail realm through its login page (our login theme), without a browser. */
final class BrowserLogin {

    static final String CLIENT = "mail-web";
    static final String REDIRECT = "http://127.0.0.1:8081/callback";
    static final String DIRECTORY_DOWN = "The mail directory cannot be reached right now";

    private BrowserLogin() {
    }

    /** The realm shows our login theme, records events and has a web client with the code flow. */
    static void prepare(Environment env, String realm) {
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm, Map.of("loginTheme", "alpenlock",
                "eventsEnabled", true, "enabledEventTypes", List.of("LOGIN", "LOGIN_ERROR")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
        AdminApi.Result client = env.admin().post("/admin/realms/" + realm + "/clients", Map.of("clientId", CLIENT,
                "publicClient", true, "standardFlowEnabled", true, "redirectUris", List.of(REDIRECT)));
        assertThat(client.status()).as(client.body()).isEqualTo(201);
    }

    static String authorizationUrl(Environment env, String realm) {
        return env.server().baseUrl() + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
    }

    /** Opens the login page and submits the address and password; returns Keycloak's answer. */
    static HttpResponse<String> attempt(Environment env, String realm, String username, String password) {
        FormLoginClient login = new FormLoginClient();
        String page = login.open(authorizationUrl(env, realm));
        assertThat(page).contains("name=\"username\"");
        return login.submit(Map.of("username", username, "password", password));
    }

    /**
     * The login ends within {@code limitMillis} on a page (HTTP 400, not a 500) that says the directory cannot be
     * reached, and a LOGIN_ERROR event records why.
     */
    static void assertDirectoryDownPage(Environment env, String realm, String username, String password,
                                        String label, long limitMillis) {
        long start = System.nanoTime();
        HttpResponse<String> down = attempt(env, realm, username, password);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("directory down (%s): login page answered %d after %d ms%n", label, down.statusCode(),
                millis);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(400);
        assertThat(down.body()).contains(DIRECTORY_DOWN).doesNotContain("Unexpected error");
        assertThat(millis).isLessThan(limitMillis);
        JsonNode events = env.admin().get("/admin/realms/" + realm + "/events?type=LOGIN_ERROR&max=5");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).path("error").asText()).isEqualTo("generic_authentication_error");
        assertThat(events.get(0).path("details").path("authentication_error_detail").asText())
                .isEqualTo("mailbox_directory_unavailable");
    }
}
