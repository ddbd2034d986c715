package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.KeycloakServer;

/**
 * One throw-away realm made from the demo {@code accounts} realm (organizations on, the demo webmail client
 * with the organization-role mapper), where the webmail client may also use the password grant so that
 * tests get tokens without driving login pages, and is in its tokens' audience so that it may introspect them. Organizations and members go through Keycloak's admin REST
 * API; roles through Alpenlock's admin endpoint.
 */
public final class Organizations {

    static final String PASSWORD = "Organizations-IT-2026!";

    private final Environment env;
    private final KeycloakServer server;
    private final String realm;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Organizations(Environment env, KeycloakServer server, String realm) {
        this.env = env;
        this.server = server;
        this.realm = realm;
    }

    /** The same realm, with tokens, pages and calls going to this node (cluster tests); admin set-up still to the first. */
    public Organizations via(KeycloakServer node) {
        return new Organizations(env, node, realm);
    }

    public static Organizations newRealm(Environment env, String prefix) {
        return new Organizations(env, env.server(), env.admin().createRealmLikeAccounts(prefix, Organizations::customize));
    }

    /** Like {@link #newRealm}, with the realm's e-mails going to this test run's SMTP server. */
    static Organizations newRealmSendingMail(Environment env, String prefix) {
        return new Organizations(env, env.server(), env.admin().createRealmLikeAccountsSendingMail(prefix, Organizations::customize));
    }

    private static void customize(ObjectNode r) {
        r.put("bruteForceProtected", false);
        for (JsonNode client : (ArrayNode) r.get("clients")) {
            if (DemoClient.CLIENT_ID.equals(client.get("clientId").asText())) {
                ((ObjectNode) client).put("directAccessGrantsEnabled", true);
                // Keycloak introspects a token only for a client in its audience
                ((ArrayNode) client.get("protocolMappers")).add(AdminApi.JSON.valueToTree(Map.of(
                        "name", "webmail audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.client.audience", DemoClient.CLIENT_ID,
                                "access.token.claim", "true", "introspection.token.claim", "true"))));
            }
        }
    }

    public String realm() {
        return realm;
    }

    public String createUser(String prefix) {
        return createUser(prefix, "en");
    }

    /** A user whose {@code locale} attribute is {@code locale}; their e-mail address is their username. */
    String createUser(String prefix, String locale) {
        return env.admin().createUser(realm, prefix, PASSWORD, locale);
    }

    String username(String userId) {
        return env.admin().user(realm, userId).get("username").asText();
    }

    /** Creates an organization and returns its id. */
    public String createOrganization(String alias, String name) {
        AdminApi.Result result = env.admin().post("/admin/realms/" + realm + "/organizations", Map.of(
                "name", name, "alias", alias, "enabled", true,
                "domains", List.of(Map.of("name", alias + ".example"))));
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        return result.location().substring(result.location().lastIndexOf('/') + 1);
    }

    public void addMember(String organizationId, String userId) {
        AdminApi.Result result = env.admin().post("/admin/realms/" + realm + "/organizations/" + organizationId + "/members", userId);
        assertThat(result.status()).as(result.body()).isEqualTo(201);
    }

    public String rolePath(String organizationId, String userId) {
        return "/realms/" + realm + "/alpenlock-organizations/admin/organizations/" + organizationId + "/members/"
                + userId + "/role";
    }

    /** Sets a role as the master realm's administrator. */
    AdminApi.Result setRole(String organizationId, String userId, String role, Map<String, String> products) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        body.put("products", products);
        return env.admin().put(rolePath(organizationId, userId), body);
    }

    public void assignRole(String organizationId, String userId, String role, Map<String, String> products) {
        AdminApi.Result result = setRole(organizationId, userId, role, products);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
    }

    /** A PUT of a raw body, with the given bearer token (or none). */
    HttpResponse<String> put(String path, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    /** Tokens of the demo webmail client for this user (password grant, scope openid). */
    public JsonNode tokens(String userId) {
        return json(post("/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", DemoClient.CLIENT_ID, "client_secret", DemoClient.SECRET,
                "username", username(userId), "password", PASSWORD, "scope", "openid")));
    }

    /** An access token of the master realm's administrator (as AdminApi uses it). */
    public String masterAdminToken() {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.ADMIN_USER, "password", KeycloakServer.ADMIN_PASSWORD)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return json(send(HttpRequest.newBuilder(URI.create(server.realmUrl("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build())).get("access_token").asText();
    }

    public JsonNode refresh(JsonNode tokens) {
        return json(post("/protocol/openid-connect/token", Map.of("grant_type", "refresh_token",
                "client_id", DemoClient.CLIENT_ID, "client_secret", DemoClient.SECRET,
                "refresh_token", tokens.get("refresh_token").asText())));
    }

    public JsonNode userinfo(JsonNode tokens) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.realmUrl(realm)
                        + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + tokens.get("access_token").asText()).GET().build());
        return json(response);
    }

    JsonNode introspect(JsonNode tokens) {
        return json(post("/protocol/openid-connect/token/introspect", Map.of(
                "client_id", DemoClient.CLIENT_ID, "client_secret", DemoClient.SECRET,
                "token", tokens.get("access_token").asText())));
    }

    public static JsonNode idToken(JsonNode tokens) {
        return DemoClient.claims(tokens.get("id_token").asText());
    }

    public static JsonNode accessToken(JsonNode tokens) {
        return DemoClient.claims(tokens.get("access_token").asText());
    }

    public static String uniqueAlias(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An access token of the demo webmail client for this user (audience includes {@code account}). */
    String accessToken(String userId) {
        return tokens(userId).get("access_token").asText();
    }

    String selfService(String path) {
        return "/realms/" + realm + "/alpenlock-organizations/me" + path;
    }

    String adminSide(String path) {
        return "/realms/" + realm + "/alpenlock-organizations/admin" + path;
    }

    /** Any call with a raw body (or none) and the given bearer token (or none). */
    public HttpResponse<String> call(String method, String path, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    public static JsonNode body(HttpResponse<String> response) {
        try {
            return AdminApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roles of an organization's members as the realm administrator's endpoint lists them, by user id. */
    Map<String, String> rolesByMember(String organizationId) {
        HttpResponse<String> response = call("GET", adminSide("/organizations/" + organizationId + "/members"),
                masterAdminToken(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> roles = new LinkedHashMap<>();
        body(response).forEach(member -> roles.put(member.get("id").asText(), member.get("role").asText()));
        return roles;
    }

    /** The Keycloak admin events of this realm about organization memberships, newest first. */
    JsonNode membershipAdminEvents() {
        return env.admin().get("/admin/realms/" + realm + "/admin-events?resourceTypes=ORGANIZATION_MEMBERSHIP&max=100");
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(server.realmUrl(realm) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return AdminApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
