package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The {@code alpenlock-mailbox} user federation against a real Keycloak: mailboxes of a directory database (an H2
 * TCP server in the test JVM) are listed and searched in the admin API, log in with the passwords Dovecot stored,
 * get new passwords in the configured scheme, and fail closed when the directory is down. Each test has its own
 * realm and directory.
 */
@AlpenlockIT
@Order(80)
class MailboxFederationOnH2IT {

    static final String CLIENT = "mail-client";
    static final Path VECTORS =
            Path.of("..", "user-storage", "src", "test", "resources", "io", "alpenlock", "mailbox", "password",
                    "dovecot-vectors.tsv");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theAdminApiSearchesPagesAndCountsTheDirectorysMailboxes(Environment env) {
        try (MailboxDirectory directory = new MailboxDirectory()) {
            for (int i = 0; i < 12; i++) {
                directory.add(String.format("user%02d@example.org", i), "{PLAIN}pw" + i, true, null);
            }
            directory.add("Alice.Keller@Other.example", "{PLAIN}pw", true, "Alice Keller");
            String realm = realmWithDirectory(env, directory, Map.of());
            String users = "/admin/realms/" + realm + "/users";

            JsonNode page1 = env.admin().get(users + "?search=example.org&first=0&max=5");
            assertThat(usernames(page1)).containsExactly("user00@example.org", "user01@example.org",
                    "user02@example.org", "user03@example.org", "user04@example.org");
            JsonNode page3 = env.admin().get(users + "?search=example.org&first=10&max=5");
            assertThat(usernames(page3)).containsExactly("user10@example.org", "user11@example.org");
            assertThat(env.admin().get(users + "/count?search=example.org").asInt()).isEqualTo(12);
            assertThat(env.admin().get(users + "/count").asInt()).isEqualTo(13);
            assertThat(env.admin().get(users + "?first=0&max=100").size()).isEqualTo(13);

            JsonNode alice = env.admin().get(users + "?search=keller");
            assertThat(usernames(alice)).containsExactly("alice.keller@other.example");
            assertThat(alice.get(0).path("email").asText()).isEqualTo("alice.keller@other.example");
            assertThat(alice.get(0).path("firstName").asText()).isEqualTo("Alice Keller");
            JsonNode exact = env.admin().get(users + "?username=ALICE.KELLER@other.example&exact=true");
            assertThat(usernames(exact)).containsExactly("alice.keller@other.example");
            String id = alice.get(0).path("id").asText();
            assertThat(env.admin().user(realm, id).path("username").asText()).isEqualTo("alice.keller@other.example");
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void everyPasswordDovecotStoredLogsInWithItsPasswordAndNeverWithAWrongOne(Environment env) throws IOException {
        List<String[]> vectors = vectors();
        try (MailboxDirectory directory = new MailboxDirectory()) {
            for (int i = 0; i < vectors.size(); i++) {
                directory.add("v" + i + "@example.org", vectors.get(i)[2], true, null);
            }
            directory.add("disabled@example.org", "{PLAIN}secret", false, null);
            String realm = realmWithDirectory(env, directory, Map.of());
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                String scheme = vectors.get(i)[0];
                String password = vectors.get(i)[1];
                HttpResponse<String> right = login(env, realm, "V" + i + "@Example.org", password);
                HttpResponse<String> wrong = login(env, realm, "v" + i + "@example.org", "x" + password);
                if (right.statusCode() != 200 || !refused(wrong)) {
                    failures.add(scheme + " #" + i + ": right " + right.statusCode() + ", wrong " + wrong.statusCode()
                            + " " + wrong.body());
                }
            }
            assertThat(failures).isEmpty();
            assertThat(login(env, realm, "disabled@example.org", "secret").statusCode()).isNotEqualTo(200);
            assertThat(refused(login(env, realm, "nobody@example.org", "secret"))).isTrue();
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void aPasswordSetByTheAdminIsStoredInTheConfiguredSchemeAndLogsIn(Environment env) {
        try (MailboxDirectory directory = new MailboxDirectory()) {
            directory.add("carol@example.org", "{BLF-CRYPT}$2y$05$ES5UNeFgSwhBLMDuLtDTUunKI182QysxRbSrToCDErji6LUqa/kSm",
                    true, null);
            String realm = realmWithDirectory(env, directory, Map.of("writePasswordScheme", "SHA512-CRYPT"));
            String id = onlyUser(env, realm, "carol@example.org");
            assertThat(login(env, realm, "carol@example.org", "secret").statusCode()).isEqualTo(200);

            AdminApi.Result reset = env.admin().put("/admin/realms/" + realm + "/users/" + id + "/reset-password",
                    Map.of("type", "password", "value", "Neues-Passwort-2026", "temporary", false));
            assertThat(reset.status()).as(reset.body()).isEqualTo(204);
            assertThat(directory.stored("carol@example.org")).startsWith("{SHA512-CRYPT}$6$");
            assertThat(login(env, realm, "carol@example.org", "Neues-Passwort-2026").statusCode()).isEqualTo(200);
            assertThat(refused(login(env, realm, "carol@example.org", "secret"))).isTrue();
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void aReadOnlyDirectoryRefusesAPasswordResetAndKeycloakKeepsNoPasswordOfItsOwn(Environment env) {
        try (MailboxDirectory directory = new MailboxDirectory()) {
            directory.add("dora@example.org", "{PLAIN}secret", true, null);
            String realm = realmWithDirectory(env, directory, Map.of("readOnly", "true"));
            String id = onlyUser(env, realm, "dora@example.org");

            AdminApi.Result reset = env.admin().put("/admin/realms/" + realm + "/users/" + id + "/reset-password",
                    Map.of("type", "password", "value", "Neues-Passwort-2026", "temporary", false));
            assertThat(reset.status()).as(reset.body()).isEqualTo(400);
            assertThat(directory.stored("dora@example.org")).isEqualTo("{PLAIN}secret");
            assertThat(refused(login(env, realm, "dora@example.org", "Neues-Passwort-2026"))).isTrue();
            assertThat(login(env, realm, "dora@example.org", "secret").statusCode()).isEqualTo(200);
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void whenTheDirectoryIsDownLoginFailsWithinTheTimeoutAndWorksAgainWhenItIsBack(Environment env) {
        try (MailboxDirectory directory = new MailboxDirectory()) {
            directory.add("erin@example.org", "{PLAIN}secret", true, null);
            String realm = realmWithDirectory(env, directory,
                    Map.of("connectTimeoutSeconds", "2", "queryTimeoutSeconds", "2"));
            assertThat(login(env, realm, "erin@example.org", "secret").statusCode()).isEqualTo(200);

            directory.stop();
            long start = System.nanoTime();
            HttpResponse<String> down = login(env, realm, "erin@example.org", "secret");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("directory down: login answered %d after %d ms: %s%n", down.statusCode(), millis,
                    down.body());
            assertThat(down.statusCode()).isNotEqualTo(200);
            assertThat(down.body()).doesNotContain("access_token");
            assertThat(millis).isLessThan(8_000);

            directory.start();
            assertThat(login(env, realm, "erin@example.org", "secret").statusCode()).isEqualTo(200);
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    @Test
    void settingsThatCannotWorkAreRefusedOnSaveWithTheProblemNamed(Environment env) throws IOException {
        try (MailboxDirectory directory = new MailboxDirectory()) {
            String realm = realm(env);
            String closed = "jdbc:h2:tcp://127.0.0.1:" + MailboxDirectory.freePort() + "/mail";

            assertRefused(env, realm, Map.of("jdbcUrl", closed, "connectTimeoutSeconds", "1"),
                    "connect");
            assertRefused(env, realm, Map.of("jdbcUrl", "postgres://db/mail"), "must start with 'jdbc:'");
            assertRefused(env, realm, Map.of("jdbcUrl", directory.jdbcUrl(), "table", "mailboxes"),
                    "the table 'mailboxes' does not exist");
            assertRefused(env, realm, Map.of("jdbcUrl", directory.jdbcUrl(), "passwordColumn", "pw"),
                    "the password column 'pw' does not exist in the table 'mailbox'");
            assertRefused(env, realm, Map.of("jdbcUrl", directory.jdbcUrl(), "table", "mailbox; DROP TABLE mailbox"),
                    "is not a plain SQL name");
            assertRefused(env, realm, Map.of("jdbcUrl", directory.jdbcUrl(), "writePasswordScheme", "{PLAIN}"),
                    "PLAIN");
            assertThat(env.admin().get("/admin/realms/" + realm + "/components?type="
                    + "org.keycloak.storage.UserStorageProvider").size()).isZero();
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    static String postgresDirectoryUrl() {
        String own = blankToEmpty(System.getProperty("alpenlock.mailbox.postgres.url"));
        return own.isEmpty() ? blankToEmpty(System.getProperty("alpenlock.db.url")) : own;
    }

    static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    @Test
    void whenTheJdbcDirectoryIsDownABrowserLoginSaysSoWithinTheTimeout(Environment env) {
        try (MailboxDirectory directory = new MailboxDirectory()) {
            directory.add("fritz@example.org", "{PLAIN}secret", true, null);
            String realm = realm(env);
            AdminApi.Result added = addDirectory(env, realm, Map.of("jdbcUrl", directory.jdbcUrl(),
                    "connectTimeoutSeconds", "2", "queryTimeoutSeconds", "2"));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            BrowserLogin.prepare(env, realm);
            assertThat(BrowserLogin.attempt(env, realm, "fritz@example.org", "secret").statusCode()).isEqualTo(302);

            directory.stop();
            // a user Keycloak has not cached yet, so the look-up itself needs the directory
            BrowserLogin.assertDirectoryDownPage(env, realm, "fritz2@example.org", "secret", "JDBC, look-up", 6_000);
            BrowserLogin.assertDirectoryDownPage(env, realm, "fritz@example.org", "secret", "JDBC, password check",
                    6_000);
            directory.start();
            assertThat(BrowserLogin.attempt(env, realm, "fritz@example.org", "secret").statusCode()).isEqualTo(302);
            env.admin().delete("/admin/realms/" + realm);
        }
    }

    static void assertRefused(Environment env, String realm, Map<String, String> settings, String problem) {
        AdminApi.Result result = addDirectory(env, realm, settings);
        assertThat(result.status()).as(result.body()).isEqualTo(400);
        assertThat(result.body()).contains("Mailbox directory").contains(problem);
    }

    String realmWithDirectory(Environment env, MailboxDirectory directory, Map<String, String> extra) {
        String realm = realm(env);
        Map<String, String> settings = new HashMap<>(extra);
        settings.put("jdbcUrl", directory.jdbcUrl());
        settings.put("enabledColumn", "active");
        settings.put("displayNameColumn", "name");
        AdminApi.Result result = addDirectory(env, realm, settings);
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        return realm;
    }

    static String realm(Environment env) {
        String name = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> client = Map.of("clientId", CLIENT, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false);
        AdminApi.Result created = env.admin().post("/admin/realms", Map.of("realm", name, "enabled", true,
                "bruteForceProtected", false, "clients", List.of(client)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // Mailboxes have an address and at most a display name: the mail realm must not require a last name
        // (Keycloak's default user profile does, and would answer "Account is not fully set up").
        com.fasterxml.jackson.databind.node.ObjectNode profile =
                (com.fasterxml.jackson.databind.node.ObjectNode) env.admin().get("/admin/realms/" + name + "/users/profile");
        profile.withArray("attributes").forEach(a -> {
            String attribute = a.path("name").asText();
            if (attribute.equals("firstName") || attribute.equals("lastName")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("required");
            }
        });
        AdminApi.Result updated = env.admin().put("/admin/realms/" + name + "/users/profile", profile);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        return name;
    }

    static AdminApi.Result addDirectory(Environment env, String realm, Map<String, String> settings) {
        Map<String, List<String>> config = new HashMap<>();
        settings.forEach((k, v) -> config.put(k, List.of(v)));
        return env.admin().post("/admin/realms/" + realm + "/components", Map.of(
                "name", "mail-platform",
                "providerId", "alpenlock-mailbox",
                "providerType", "org.keycloak.storage.UserStorageProvider",
                "config", config));
    }

    static String onlyUser(Environment env, String realm, String username) {
        JsonNode found = env.admin().get("/admin/realms/" + realm + "/users?username=" + username + "&exact=true");
        assertThat(usernames(found)).containsExactly(username);
        return found.get(0).path("id").asText();
    }

    static HttpResponse<String> login(Environment env, String realm, String username, String password) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", CLIENT, "username", username,
                "password", password);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(env.server().baseUrl() + "/realms/" + realm
                            + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's answer to a wrong username or password on the token endpoint. */
    static boolean refused(HttpResponse<String> response) {
        return (response.statusCode() == 400 || response.statusCode() == 401)
                && response.body().contains("\"invalid_grant\"")
                && response.body().contains("Invalid user credentials");
    }

    static List<String> usernames(JsonNode users) {
        List<String> names = new ArrayList<>();
        users.forEach(u -> names.add(u.path("username").asText()));
        return names;
    }

    static List<String[]> vectors() throws IOException {
        List<String[]> vectors = new ArrayList<>();
        for (String line : Files.readAllLines(VECTORS, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                vectors.add(line.split("\t", -1));
            }
        }
        return vectors;
    }
}
