package io.alpenlock.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark program (not a test): what the organization-role mapper ({@code alpenlock-organization-roles}) costs at
 * the token endpoint. Against a running server (for example {@code ./alpenlock run}), it makes a throw-away realm with
 * one user in N organizations (default 20, roles and product permissions of every kind) and two confidential clients
 * that differ only in that mapper, then measures refresh-token grants per second for each client, alternating, in
 * the same run, and prints the ratio (target: with the mapper at least 0.95 of without). Refresh grants leave the
 * password hashing out, so the figure is the cost of building the tokens. The realm is deleted at the end.
 *
 * <p>Options: {@code --url http://localhost:8080}, {@code --admin-user admin}, {@code --admin-password admin}
 * (or {@code ALPENLOCK_ADMIN_USER} / {@code ALPENLOCK_ADMIN_PASSWORD}), {@code --threads 4}, {@code --seconds 10},
 * {@code --rounds 24}, {@code --warmup 30} (the first warm-up of each client is twice that), {@code --settle 2}
 * (seconds before each measured window), {@code --organizations 20}, {@code --keep-realm}. The verdict uses the overall ratio: all grants over all
 * measured time of each client, whose windows alternate A B, B A, ... so that slow drift of the machine cancels out.
 */
public final class TokenMapperBenchmark {

    static final String MAPPER = "alpenlock-organization-roles";
    static final String WITH = "bench-with-org-mapper";
    static final String WITHOUT = "bench-without-org-mapper";
    static final String SECRET = "bench-secret";
    static final String PASSWORD = "Bench-Org-Claim-2026!";
    static final double TARGET = 0.95;
    private static final String[] ROLES = {"legal-representative", "administrator", "collaborator", "external"};

    private final Map<String, String> options;
    private final String url;
    private final AdminClient admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TokenMapperBenchmark(Map<String, String> options) {
        this.options = options;
        this.url = options.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        this.admin = new AdminClient(url,
                options.getOrDefault("admin-user", envOr("ALPENLOCK_ADMIN_USER", "admin")),
                options.getOrDefault("admin-password", envOr("ALPENLOCK_ADMIN_PASSWORD", "admin")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                usage("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("keep-realm")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                usage("missing value for " + args[i]);
            }
        }
        new TokenMapperBenchmark(options).run();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -cp alpenlock-benchmarks-<version>-cli.jar " + TokenMapperBenchmark.class.getName()
                + " [--url http://localhost:8080] [--admin-user admin] [--admin-password admin] [--threads 4]"
                + " [--seconds 10] [--rounds 24] [--warmup 30] [--settle 2] [--organizations 20] [--keep-realm]");
        System.exit(2);
    }

    private int number(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 1) {
                usage("--" + name + " must be at least 1");
            }
            return parsed;
        } catch (NumberFormatException e) {
            usage("--" + name + " is not a number: " + value);
            return fallback;
        }
    }

    private void run() throws Exception {
        int threads = number("threads", 4);
        // many short alternating windows: the machine's own slow drift (other tenants of the host, GC) moved single
        // 20-s windows by up to ±10 %; 24 pairs of 10-s windows average it out better in the same ~11 minutes
        int seconds = number("seconds", 10);
        int rounds = number("rounds", 24);
        int warmup = number("warmup", 30);
        int settle = number("settle", 2);
        int organizations = number("organizations", 20);
        String realm = "bench-orgclaim-" + UUID.randomUUID().toString().substring(0, 8);

        System.err.printf("Setting up realm %s on %s: 1 user in %d organizations, clients %s and %s...%n",
                realm, url, organizations, WITH, WITHOUT);
        Instant started = Instant.now();
        try {
            setUp(realm, organizations);
            Map<String, List<String>> refreshTokens = new LinkedHashMap<>();
            for (String client : List.of(WITH, WITHOUT)) {
                List<String> tokens = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    tokens.add(passwordGrant(realm, client).get("refresh_token").asText());
                }
                refreshTokens.put(client, tokens);
            }
            checkClaims(realm, refreshTokens.get(WITH).get(0), refreshTokens.get(WITHOUT).get(0), organizations);

            for (String client : List.of(WITH, WITHOUT)) {
                System.err.printf("Warm-up %s (%d s)%n", client, warmup * 2);
                phase(realm, client, refreshTokens.get(client), warmup * 2);
            }
            Map<String, List<Phase>> rates = new LinkedHashMap<>();
            rates.put(WITH, new ArrayList<>());
            rates.put(WITHOUT, new ArrayList<>());
            List<String> lines = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<String> order = round % 2 == 1 ? List.of(WITH, WITHOUT) : List.of(WITHOUT, WITH);
                for (String client : order) {
                    if (settle > 0) {
                        phase(realm, client, refreshTokens.get(client), settle);
                    }
                    Phase measured = phase(realm, client, refreshTokens.get(client), seconds);
                    rates.get(client).add(measured);
                    String line = String.format(Locale.ROOT, "round %d  %-26s %8.1f grants/s  %d errors", round, client,
                            measured.perSecond(), measured.errors());
                    lines.add(line);
                    System.err.println(line);
                }
            }
            report(realm, started, threads, seconds, rounds, warmup, settle, organizations, lines, rates);
        } finally {
            if (!options.containsKey("keep-realm")) {
                admin.delete("/admin/realms/" + realm);
            }
        }
    }

    private void setUp(String realm, int organizations) throws Exception {
        Map<String, Object> realmRep = new LinkedHashMap<>();
        realmRep.put("realm", realm);
        realmRep.put("enabled", true);
        realmRep.put("organizationsEnabled", true);
        realmRep.put("clients", List.of(client(WITH, true), client(WITHOUT, false)));
        realmRep.put("users", List.of(Map.of("username", "bench-member", "email", "bench-member@bench.example",
                "emailVerified", true, "enabled", true, "firstName", "Bench", "lastName", "Member",
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)))));
        admin.post("/admin/realms", realmRep).expect(201, "create realm");
        String userId = admin.get("/admin/realms/" + realm + "/users?exact=true&username=bench-member").json()
                .get(0).get("id").asText();
        for (int i = 0; i < organizations; i++) {
            String alias = String.format(Locale.ROOT, "org-%02d", i);
            String orgId = admin.post("/admin/realms/" + realm + "/organizations", Map.of("name", "Organization " + i,
                            "alias", alias, "enabled", true, "domains", List.of(Map.of("name", alias + ".bench.example"))))
                    .expect(201, "create organization").createdId();
            admin.post("/admin/realms/" + realm + "/organizations/" + orgId + "/members", userId)
                    .expect(201, "add member");
            String role = ROLES[i % ROLES.length];
            Map<String, String> products = switch (role) {
                case "collaborator" -> Map.of("mail", "use", "drive", "manage");
                case "external" -> Map.of("mail", "use");
                default -> Map.of();
            };
            admin.put("/realms/" + realm + "/alpenlock-organizations/admin/organizations/" + orgId + "/members/" + userId
                    + "/role", Map.of("role", role, "products", products)).expect(200, "set role");
        }
    }

    /** The two clients are identical but for the organization-role mapper. */
    private static Map<String, Object> client(String clientId, boolean withMapper) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("secret", SECRET);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.put("protocol", "openid-connect");
        if (withMapper) {
            client.put("protocolMappers", List.of(Map.of("name", "organization roles", "protocol", "openid-connect",
                    "protocolMapper", MAPPER, "config", Map.of("claim.name", "organizations", "include.products", "true",
                            "id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "true",
                            "introspection.token.claim", "true"))));
        }
        return client;
    }

    private void checkClaims(String realm, String withToken, String withoutToken, int organizations) throws Exception {
        JsonNode with = claims(refresh(realm, WITH, withToken).body());
        JsonNode without = claims(refresh(realm, WITHOUT, withoutToken).body());
        int seen = with.path("organizations").size();
        if (seen != organizations || without.has("organizations")) {
            throw new IllegalStateException("Unexpected claims: " + seen + " organizations with the mapper, "
                    + (without.has("organizations") ? "a claim" : "no claim") + " without it");
        }
        System.err.printf("Checked: the access token of %s lists %d organizations, that of %s none%n", WITH, seen, WITHOUT);
    }

    private static JsonNode claims(String tokenResponse) throws IOException {
        String jwt = AdminClient.JSON.readTree(tokenResponse).get("access_token").asText();
        return AdminClient.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    record Phase(long grants, long errors, double seconds) {
        double perSecond() {
            return grants / seconds;
        }
    }

    /** Closed loop, one refresh token per thread, no think time. */
    private Phase phase(String realm, String client, List<String> refreshTokens, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(refreshTokens.size());
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (String token : refreshTokens) {
            results.add(pool.submit(() -> {
                long ok = 0;
                long failed = 0;
                while (!stop.get()) {
                    HttpResponse<String> response = refresh(realm, client, token);
                    if (response.statusCode() == 200) {
                        ok++;
                    } else {
                        failed++;
                    }
                }
                return new long[] {ok, failed};
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long grants = 0;
        long errors = 0;
        for (Future<long[]> result : results) {
            long[] counts = result.get();
            grants += counts[0];
            errors += counts[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Phase(grants, errors, elapsed);
    }

    private JsonNode passwordGrant(String realm, String client) throws Exception {
        HttpResponse<String> response = token(realm, Map.of("grant_type", "password", "client_id", client,
                "client_secret", SECRET, "username", "bench-member", "password", PASSWORD, "scope", "openid"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("password grant for " + client + ": HTTP " + response.statusCode());
        }
        return AdminClient.JSON.readTree(response.body());
    }

    private HttpResponse<String> refresh(String realm, String client, String refreshToken) throws Exception {
        return token(realm, Map.of("grant_type", "refresh_token", "client_id", client, "client_secret", SECRET,
                "refresh_token", refreshToken));
    }

    private HttpResponse<String> token(String realm, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void report(String realm, Instant started, int threads, int seconds, int rounds, int warmup, int settle,
            int organizations, List<String> lines, Map<String, List<Phase>> phases) {
        List<Phase> withPhases = phases.get(WITH);
        List<Phase> withoutPhases = phases.get(WITHOUT);
        double with = Stats.median(withPhases.stream().map(Phase::perSecond).toList());
        double without = Stats.median(withoutPhases.stream().map(Phase::perSecond).toList());
        double pooledWith = pooled(withPhases);
        double pooledWithout = pooled(withoutPhases);
        double ratio = pooledWith / pooledWithout;
        List<Double> roundRatios = new ArrayList<>();
        for (int i = 0; i < withPhases.size(); i++) {
            roundRatios.add(withPhases.get(i).perSecond() / withoutPhases.get(i).perSecond());
        }
        System.out.println("Organization-role mapper at the token endpoint (refresh-token grants)");
        System.out.printf(Locale.ROOT, "server   %s, realm %s (deleted at the end unless --keep-realm); started %s%n",
                url, realm, started);
        System.out.printf(Locale.ROOT, "user     1 user in %d organizations (roles rotate legal-representative, administrator,"
                + " collaborator with 2 products, external with 1)%n", organizations);
        System.out.printf(Locale.ROOT, "load     %d threads, closed loop without think time, one refresh token each;"
                + " %d s warm-up per client, then %d rounds of %d s settle + %d s measured per client, clients"
                + " alternating (order flips each round: A B, B A, ...)%n", threads, warmup * 2, rounds, settle, seconds);
        System.out.printf(Locale.ROOT, "tokens   scope openid: access, ID and refresh token per grant; the mapper adds"
                + " the claim to the access and ID tokens%n%n");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.printf(Locale.ROOT, "with the mapper      %8.1f grants/s overall (all measured grants / all measured"
                + " time), median of rounds %8.1f%n", pooledWith, with);
        System.out.printf(Locale.ROOT, "without the mapper   %8.1f grants/s overall, median of rounds %8.1f%n",
                pooledWithout, without);
        System.out.printf(Locale.ROOT, "ratio of medians     %8.3f; median of the per-round ratios %.3f (min %.3f, max"
                + " %.3f)%n", with / without, Stats.median(roundRatios),
                roundRatios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                roundRatios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        System.out.printf(Locale.ROOT, "ratio (overall)      %8.3f   target >= %.2f  %s%n", ratio, TARGET,
                ratio >= TARGET ? "PASS" : "MISS");
        System.out.println("Targets are shown as PASS/MISS; a miss does not fail the run. Compare figures only within one run"
                + " on a quiet machine.");
    }

    /** Throughput over the whole measured time of these phases. */
    private static double pooled(List<Phase> phases) {
        long grants = phases.stream().mapToLong(Phase::grants).sum();
        double seconds = phases.stream().mapToDouble(Phase::seconds).sum();
        return grants / seconds;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
