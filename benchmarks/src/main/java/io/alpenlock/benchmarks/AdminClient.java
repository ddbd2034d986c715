package io.alpenlock.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Keycloak's admin REST API as the master realm's bootstrap admin, for setting up the benchmark realms. */
final class AdminClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AdminClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    record Result(int status, String body, String location) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        Result expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": HTTP " + status + " "
                        + (body.length() > 500 ? body.substring(0, 500) + "…" : body));
            }
            return this;
        }

        /** The id at the end of the Location header of a 201. */
        String createdId() {
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    Result get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Result post(String path, Object body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    Result put(String path, Object body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    Result delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null);
    }

    private Result send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Result(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    /** A fresh token per call: setup makes few calls, some of them longer than a token lives. */
    private String token() throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli", "username", user, "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Admin login failed: HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
