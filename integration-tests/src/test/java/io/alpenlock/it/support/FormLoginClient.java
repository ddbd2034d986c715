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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keycloak's login pages driven without a browser, for tests that need many logins at once. Keeps
 * its own cookies and sends them even though Keycloak marks them Secure: on loopback, browsers
 * treat http://127.0.0.1 as a secure context, Java's cookie handler does not.
 */
public final class FormLoginClient {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String formAction;
    private String lastPage;

    /** Opens the authorization URL and returns the login page. */
    public String open(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        remember(response);
        return lastPage;
    }

    /** Follows a link or redirect within the login; returns the response (a page, or another redirect). */
    public HttpResponse<String> get(String url) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        remember(response);
        return response;
    }

    /** Submits the current page's form; returns the response (a page, or a redirect). */
    public HttpResponse<String> submit(Map<String, String> fields) {
        if (formAction == null) {
            throw new IllegalStateException("No form on the last page");
        }
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(formAction))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(response);
        return response;
    }

    /**
     * Submits the current page's form twice at the same moment, as two racing requests of this browser (a double
     * click, or a replay); returns both responses and remembers neither page.
     */
    public List<HttpResponse<String>> submitTwiceAtOnce(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(formAction)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookieHeader)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    /**
     * The page a response leads to, following Keycloak's redirects within the login (never to the client):
     * asserts it ends on a page (200) and returns its HTML.
     */
    public String pageAfter(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 5 && current.statusCode() == 302; i++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            org.assertj.core.api.Assertions.assertThat(location).as("a redirect within the login")
                    .doesNotStartWith(DemoClient.REDIRECT_URI);
            current = get(location);
        }
        org.assertj.core.api.Assertions.assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        return current.body();
    }

    public String lastPage() {
        return lastPage;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String cookie : setCookies) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            lastPage = response.body();
            Matcher matcher = FORM_ACTION.matcher(lastPage);
            formAction = matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
        }
    }
}
