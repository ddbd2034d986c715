package io.alpenlock.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Keycloak part of {@link MailboxDirectoryBenchmark}: the built server tree started on the benchmark's PostgreSQL
 * as its own database (so that the provider gets the PostgreSQL driver), the {@code alpenlock-mailbox} federation
 * added to the demo {@code mail} realm through the admin API with the same settings as the directory measured alone,
 * then the admin REST API's user search and exact look-up timed as an administrator's console would call them.
 */
final class MailboxAdminSearch {

    private static final Duration TOKEN_REFRESH = Duration.ofSeconds(30);

    private final MailboxDirectoryBenchmark.Output out;
    private final PostgresCluster pg;
    private final Path workDir;
    private final Consumer<AutoCloseable> register;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Answers other than 200 since the last {@code clear()}, by status (a failed request's time is counted). */
    private final Map<String, Integer> failures = new java.util.TreeMap<>();
    private String baseUrl;
    private String token;
    private long tokenAt;

    MailboxAdminSearch(MailboxDirectoryBenchmark.Output out, PostgresCluster pg, Path workDir,
                       Consumer<AutoCloseable> register) {
        this.out = out;
        this.pg = pg;
        this.workDir = workDir;
        this.register = register;
    }

    /** Starts Keycloak, adds the federation and times exact look-ups. */
    void start(Path builtTree, Map<String, String> settings, MailboxTable table, Latencies roundTrip, Random random)
            throws IOException, InterruptedException, SQLException {
        pg.createDatabase("keycloak");
        long t0 = System.nanoTime();
        KeycloakProcess keycloak = KeycloakProcess.start(builtTree, workDir, List.of("--db=postgres",
                "--db-url=" + pg.jdbcUrl("keycloak"), "--db-username=" + PostgresCluster.USER, "--db-password=bench"));
        register.accept(keycloak);
        baseUrl = keycloak.baseUrl();
        out.line("");
        out.line("-- admin REST API of a real Keycloak (%s, start-dev on the same PostgreSQL as its database, started"
                + " in %.0f s; log %s) --", keycloak.version(), (System.nanoTime() - t0) / 1e9, keycloak.log());
        addFederation(settings);
        String probe = MailboxTable.address(5);
        JsonNode found = getJson("/admin/realms/mail/users?username=" + encode(probe) + "&exact=true");
        if (found.size() != 1 || !probe.equals(found.get(0).path("username").asText())) {
            throw new IllegalStateException("Keycloak does not find " + probe + " through the federation: " + found);
        }
        out.line("federation alpenlock-mailbox in realm mail: same settings as the directory above (pool 4, timeouts"
                + " 3 s, enabled column active, display name column name)");

        failures.clear();
        Latencies baseline = time(200, 1000, () -> get("/admin/realms/mail/roles?first=0&max=20"));
        Latencies exact = time(300, 2000, () -> get("/admin/realms/mail/users?username="
                + encode(table.randomAddress(random)) + "&exact=true"));
        Latencies exactMissing = time(50, 500, () -> get("/admin/realms/mail/users?username="
                + encode(table.randomMissingAddress(random)) + "&exact=true"));
        out.line("GET …/roles?first=0&max=20 (no directory; admin REST baseline)   %s", baseline.summary());
        out.line("GET …/users?username=<existing>&exact=true                      %s", exact.summary());
        out.line("GET …/users?username=<missing>&exact=true                       %s", exactMissing.summary());
        if (!failures.isEmpty()) {
            out.line("  FAILED requests: %s", failures);
        }
        out.line("  exact look-up p95 minus baseline p95: %.3f ms; minus DB round-trip (SELECT 1) p95: %.3f ms",
                exact.percentileMillis(95) - baseline.percentileMillis(95),
                exact.percentileMillis(95) - roundTrip.percentileMillis(95));
    }

    /** The first page of a search per term, next to the same search on the directory alone. */
    void search(String indexes, Map<String, String> terms, Map<String, Latencies> directorySearch, int searchSamples)
            throws IOException, InterruptedException {
        out.line("");
        out.line("first page GET /admin/realms/mail/users?search=<term>&first=0&max=20, %s (p50 / p95 ms, %d samples"
                + " after 2 warm-up, or 3 when they take over 10 s)", indexes, searchSamples);
        out.line("%-36s %5s %19s %19s %19s", "term", "found", "Keycloak", "…&briefRep.=true", "directory alone");
        for (Map.Entry<String, String> term : terms.entrySet()) {
            String path = "/admin/realms/mail/users?search=" + encode(term.getValue()) + "&first=0&max=20";
            failures.clear();
            Object body = get(path);
            int found = body instanceof byte[] b ? AdminClient.JSON.readTree(b).size() : -1;
            failures.clear();
            Latencies full = Latencies.capped(2, searchSamples, this::refreshTokenIfOld, () -> get(path));
            Latencies brief = Latencies.capped(2, searchSamples, this::refreshTokenIfOld,
                    () -> get(path + "&briefRepresentation=true"));
            Latencies alone = directorySearch.get(term.getKey());
            out.line("%-36s %5s %9.1f / %7.1f %9.1f / %7.1f %9.1f / %7.1f  n=%d/%d/%d%s", term.getKey(),
                    found < 0 ? "?" : Integer.toString(found), full.percentileMillis(50), full.percentileMillis(95),
                    brief.percentileMillis(50), brief.percentileMillis(95), alone.percentileMillis(50),
                    alone.percentileMillis(95), full.count(), brief.count(), alone.count(),
                    failures.isEmpty() ? "" : "  FAILED: " + failures);
        }
        failures.clear();
        Latencies count = time(1, Math.max(3, searchSamples / 3), () -> get("/admin/realms/mail/users/count"));
        out.line("%-36s %5s %9.1f / %7.1f%s", "GET …/users/count (all)", "", count.percentileMillis(50),
                count.percentileMillis(95), failures.isEmpty() ? "" : "  FAILED: " + failures);
    }

    private void addFederation(Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("enabled", List.of("true"));
        config.put("priority", List.of("0"));
        settings.forEach((k, v) -> config.put(k, List.of(v)));
        Map<String, Object> component = Map.of("name", "bench-directory", "providerId", "alpenlock-mailbox",
                "providerType", "org.keycloak.storage.UserStorageProvider", "config", config);
        HttpResponse<String> response = http.send(request("/admin/realms/mail/components")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(AdminClient.JSON.writeValueAsBytes(component))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Adding the federation failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return AdminClient.JSON.readTree(response.body());
    }

    /** One timed request; the body is read completely. Anything but 200 is counted in {@link #failures}. */
    private Object get(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                failures.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                return null;
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
    }

    /** The admin's access token, renewed before timing when it is older than {@link #TOKEN_REFRESH}. */
    private String token() {
        refreshTokenIfOld();
        return token;
    }

    private void refreshTokenIfOld() {
        if (token != null && System.nanoTime() - tokenAt < TOKEN_REFRESH.toNanos()) {
            return;
        }
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(KeycloakProcess.ADMIN_USER)
                + "&password=" + encode(KeycloakProcess.ADMIN_PASSWORD);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Admin login failed: HTTP " + response.statusCode());
            }
            token = AdminClient.JSON.readTree(response.body()).get("access_token").asText();
            tokenAt = System.nanoTime();
        } catch (IOException e) {
            throw new IllegalStateException("Admin login failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Latencies time(int warmup, int samples, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            refreshTokenIfOld();
            work.get();
        }
        Latencies l = new Latencies();
        for (int i = 0; i < samples; i++) {
            refreshTokenIfOld();
            long t0 = System.nanoTime();
            work.get();
            l.add(System.nanoTime() - t0);
        }
        return l;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
