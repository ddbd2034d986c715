package io.alpenlock.device.login;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.alpenlock.device.api.Printable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback redirect URI of a native app (RFC 8252 §7.3): a small HTTP server on {@code 127.0.0.1} at an ephemeral
 * port that waits for the browser to come back to {@code /callback} with {@code code} and {@code state} (or
 * {@code error}). The {@code state} must be exactly the one the sign-in started with. The browser gets a small page
 * ("You can close this window", or an error page that quotes nothing from the request); the first answer to
 * {@code /callback} decides. Close it when done.
 */
public final class LoopbackRedirectReceiver implements AutoCloseable {

    public static final String CALLBACK_PATH = "/callback";
    static final String SUCCESS_PAGE = page("Signed in",
            "The device client is now finishing the enrolment. You can close this window.");
    static final String ERROR_PAGE = page("Sign-in not completed",
            "The device client did not accept this answer; it says why. You can close this window.");
    static final String DONE_PAGE = page("Already answered",
            "This sign-in was already answered. You can close this window.");

    private final HttpServer server;
    private final byte[] expectedState;
    private final CompletableFuture<AuthorizationResponse> result = new CompletableFuture<>();

    private LoopbackRedirectReceiver(HttpServer server, String expectedState) {
        this.server = server;
        this.expectedState = expectedState.getBytes(StandardCharsets.UTF_8);
    }

    /** Starts listening on {@code 127.0.0.1} at a free port. */
    public static LoopbackRedirectReceiver start(String expectedState) throws IOException {
        Objects.requireNonNull(expectedState, "expectedState");
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        LoopbackRedirectReceiver receiver = new LoopbackRedirectReceiver(server, expectedState);
        server.createContext("/", receiver::handle);
        server.start();
        return receiver;
    }

    /** {@code http://127.0.0.1:<port>/callback}. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + CALLBACK_PATH);
    }

    /**
     * Waits for the browser.
     *
     * @return the code, or the failure; a timeout is a failure too
     */
    public AuthorizationResponse await(Duration timeout) throws InterruptedException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return AuthorizationResponse.failure("the browser did not come back within " + (timeout.toMillis() % 1000 == 0
                    ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"));
        } catch (ExecutionException e) {
            return AuthorizationResponse.failure("the redirect could not be received");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(CALLBACK_PATH)
                    || !exchange.getRequestMethod().equals("GET")) {
                respond(exchange, 404, "text/plain; charset=utf-8", "Not found");
                return;
            }
            if (result.isDone()) {
                respond(exchange, 200, "text/html; charset=utf-8", DONE_PAGE);
                return;
            }
            AuthorizationResponse response = interpret(exchange.getRequestURI().getRawQuery());
            respond(exchange, response.code().isPresent() ? 200 : 400, "text/html; charset=utf-8",
                    response.code().isPresent() ? SUCCESS_PAGE : ERROR_PAGE);
            result.complete(response);
        }
    }

    private AuthorizationResponse interpret(String rawQuery) {
        Map<String, String> parameters = parameters(rawQuery);
        if (parameters == null) {
            return AuthorizationResponse.failure("the browser came back with a malformed answer");
        }
        String state = parameters.get("state");
        if (state == null || !MessageDigest.isEqual(expectedState, state.getBytes(StandardCharsets.UTF_8))) {
            return AuthorizationResponse.failure("the browser came back with another state than this sign-in "
                    + "started with (state mismatch): the answer was not accepted");
        }
        String error = parameters.get("error");
        if (error != null) {
            String description = parameters.get("error_description");
            return AuthorizationResponse.failure("the sign-in did not complete: " + Printable.of(error, 64)
                    + (description == null ? "" : " (" + Printable.of(description, 300) + ")"));
        }
        String code = parameters.get("code");
        if (code == null || code.isBlank()) {
            return AuthorizationResponse.failure("the browser came back without an authorization code");
        }
        return AuthorizationResponse.success(code);
    }

    /** The query's parameters, or null when one appears twice or is not correctly percent-encoded. */
    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (parameters.putIfAbsent(name, value) != null) {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return parameters;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " - Alpenlock device client</title></head>\n<body><h1>" + title + "</h1><p>" + text
                + "</p></body></html>\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
