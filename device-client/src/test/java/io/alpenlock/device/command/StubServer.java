package io.alpenlock.device.command;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A device API server stub on the JDK's HTTP server, for answers computed from the request (e.g. the thumbprint of
 * the key in {@code DPoP-New-Key}) and for what WireMock does not show (the client's connection, concurrency).
 */
final class StubServer implements AutoCloseable {

    record Request(String method, String url, Headers headers, byte[] body, int clientPort) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Answer(int status, String json) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxInFlightPerPath = new AtomicInteger();

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                AtomicInteger counter = inFlight.computeIfAbsent(path, p -> new AtomicInteger());
                maxInFlightPerPath.accumulateAndGet(counter.incrementAndGet(), Math::max);
                try {
                    Request request = new Request(exchange.getRequestMethod(), baseUrl() + path,
                            exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes(),
                            exchange.getRemoteAddress().getPort());
                    requests.add(request);
                    Function<Request, Answer> route = routes.get(request.method() + " " + path);
                    Answer answer = route == null ? new Answer(404, "{\"error\":\"not_found\"}") : route.apply(request);
                    byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(answer.status(), body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                } finally {
                    counter.decrementAndGet();
                }
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI realm(String name) {
        return URI.create(baseUrl() + "/realms/" + name);
    }

    /** @param methodAndPath e.g. {@code POST /realms/a/alpenlock/device/key-rotation} */
    StubServer on(String methodAndPath, Function<Request, Answer> route) {
        routes.put(methodAndPath, route);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.url().equals(baseUrl() + path)).toList();
    }

    /** The most requests to one path that were being answered at the same time. */
    int maxConcurrentRequestsPerPath() {
        return maxInFlightPerPath.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
