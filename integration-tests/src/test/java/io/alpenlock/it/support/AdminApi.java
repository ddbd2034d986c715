package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Keycloak's admin REST API, as the master realm's bootstrap admin, with plain HTTP and JSON. */
public final class AdminApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AdminApi(KeycloakServer server) {
        this.server = server;
    }

    public record Result(int status, String body, String location) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    public JsonNode get(String path) {
        Result result = send("GET", path, null);
        if (result.status() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + result.status() + ": " + result.body());
        }
        return result.json();
    }

    public Result post(String path, Object body) {
        return send("POST", path, body);
    }

    public Result put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Result delete(String path) {
        return send("DELETE", path, null);
    }

    /**
     * Creates an enabled user with a verified e-mail and a password in the realm and returns its id.
     * Usernames are made unique so tests never share state.
     */
    public String createUser(String realm, String prefix, String password, String locale) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        Map<String, Object> user = Map.of(
                "username", email,
                "email", email,
                "emailVerified", true,
                "enabled", true,
                "firstName", "Test",
                "lastName", prefix,
                "attributes", Map.of("locale", new String[] {locale}),
                "credentials", new Object[] {Map.of("type", "password", "value", password, "temporary", false)});
        Result result = post("/admin/realms/" + realm + "/users", user);
        if (result.status() != 201) {
            throw new IllegalStateException("Could not create user: " + result.status() + " " + result.body());
        }
        return result.location().substring(result.location().lastIndexOf('/') + 1);
    }

    /**
     * Creates a throw-away realm from the demo {@code accounts} realm file (flows, clients, themes),
     * without its users and mail settings, changed by {@code customize}; returns its name.
     */
    public String createRealmLikeAccounts(String prefix, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> customize) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(TestSettings.keycloakDir(), "data", "import", "accounts-realm.json");
            com.fasterxml.jackson.databind.node.ObjectNode realm = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(file.toFile());
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            realm.put("realm", name);
            realm.remove("users");
            realm.remove("smtpServer");
            customize.accept(realm);
            Result result = post("/admin/realms", realm);
            if (result.status() != 201) {
                throw new IllegalStateException("Could not create realm: " + result.status() + " " + result.body());
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@link #createRealmLikeAccounts}, with the demo realm's mail settings pointed at this test run's SMTP
     * server (on PostgreSQL, servers of several profiles share one database: the demo realm keeps the SMTP port
     * of the server that imported it).
     */
    public String createRealmLikeAccountsSendingMail(String prefix, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> customize) {
        com.fasterxml.jackson.databind.node.ObjectNode smtp = (com.fasterxml.jackson.databind.node.ObjectNode) get("/admin/realms/accounts").get("smtpServer");
        smtp.put("host", "127.0.0.1");
        smtp.put("port", Integer.toString(server.smtpPort()));
        return createRealmLikeAccounts(prefix, realm -> {
            realm.set("smtpServer", smtp);
            customize.accept(realm);
        });
    }

    /** Makes a client sign in with Keycloak's built-in "browser" flow (whose OTP step does not know Alpenlock's app). */
    public void useBuiltInBrowserFlowFor(String realm, String clientId) {
        String browserFlow = null;
        for (JsonNode flow : get("/admin/realms/" + realm + "/authentication/flows")) {
            if (flow.get("alias").asText().equals("browser")) {
                browserFlow = flow.get("id").asText();
            }
        }
        if (browserFlow == null) {
            throw new IllegalStateException("No built-in browser flow in " + realm);
        }
        com.fasterxml.jackson.databind.node.ObjectNode client =
                (com.fasterxml.jackson.databind.node.ObjectNode) get("/admin/realms/" + realm + "/clients?clientId=" + clientId).get(0);
        client.putObject("authenticationFlowBindingOverrides").put("browser", browserFlow);
        Result updated = put("/admin/realms/" + realm + "/clients/" + client.get("id").asText(), client);
        if (updated.status() != 204) {
            throw new IllegalStateException("Could not update client: " + updated.status() + " " + updated.body());
        }
    }

    /** Gives a user a verified mobile number, as an administrator can in the console. */
    public void setVerifiedPhoneNumber(String realm, String userId, String number) {
        com.fasterxml.jackson.databind.node.ObjectNode user = (com.fasterxml.jackson.databind.node.ObjectNode) user(realm, userId);
        com.fasterxml.jackson.databind.node.ObjectNode attributes = user.with("attributes");
        attributes.putArray("phoneNumber").add(number);
        attributes.putArray("phoneNumberVerified").add("true");
        Result updated = put("/admin/realms/" + realm + "/users/" + userId, user);
        if (updated.status() != 204) {
            throw new IllegalStateException("Could not update user: " + updated.status() + " " + updated.body());
        }
    }

    /** Sets required actions on a user (read-modify-write of the whole representation). */
    public void setRequiredActions(String realm, String id, java.util.List<String> actions) {
        com.fasterxml.jackson.databind.node.ObjectNode user = (com.fasterxml.jackson.databind.node.ObjectNode) user(realm, id);
        user.set("requiredActions", JSON.valueToTree(actions));
        Result result = put("/admin/realms/" + realm + "/users/" + id, user);
        if (result.status() != 204) {
            throw new IllegalStateException("Could not update user: " + result.status() + " " + result.body());
        }
    }

    public JsonNode user(String realm, String id) {
        return get("/admin/realms/" + realm + "/users/" + id);
    }

    private Result send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token())
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.ADMIN_USER, "password", KeycloakServer.ADMIN_PASSWORD)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.realmUrl("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Admin login failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
