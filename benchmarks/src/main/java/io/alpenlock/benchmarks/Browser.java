package io.alpenlock.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * One person's browser, reduced to what a login needs: kept-alive HTTP/1.1 connections (as browsers use for
 * plain http), no redirects followed (the benchmark looks at each one), and a cookie jar that sends Keycloak's
 * cookies back although they are marked {@code Secure}: browsers treat http://127.0.0.1 as a secure context, Java's
 * cookie handling does not. Not thread-safe: one virtual user uses one browser.
 */
final class Browser {

    /** An answer, with the wall-clock time its body had fully arrived (to compare with other processes' clocks). */
    record Page(int status, String body, String location, long receivedAtMillis) {

        /** The template name Keycloak writes into its pages ({@code <!-- template: login.ftl -->}), for messages. */
        String template() {
            int at = body.indexOf("<!-- template: ");
            return at < 0 ? "?" : body.substring(at + 15, Math.max(at + 15, body.indexOf(" -->", at)));
        }

        String describe() {
            return "HTTP " + status + (status == 200 ? " " + template() : location == null ? "" : " to " + location);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A new browsing session: the next login starts without Keycloak's cookies (no single sign-on). */
    void forgetCookies() {
        cookies.clear();
    }

    Page get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), true);
    }

    Page post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), true);
    }

    /** What a page script's {@code fetch(url, {credentials: "omit", cache: "no-store"})} does: no cookies. */
    CompletableFuture<Page> fetchWithoutCookies(String url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET()
                .header("Cache-Control", "no-store")
                .timeout(timeout)
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Page(r.statusCode(), r.body(), null, System.currentTimeMillis()));
    }

    private Page send(HttpRequest.Builder request, boolean withCookies) throws IOException, InterruptedException {
        if (withCookies && !cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        long receivedAt = System.currentTimeMillis();
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            remember(cookie);
        }
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                receivedAt);
    }

    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
            if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")
                    || attribute.startsWith("expires=thu, 01-jan-1970")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
