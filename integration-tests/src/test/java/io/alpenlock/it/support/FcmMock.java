package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Google's side of FCM, on loopback: the OAuth token endpoint and {@code messages:send}. Keycloak's
 * real Firebase Admin SDK (inside our core jar) is pointed here with the push sender's test-only
 * {@code base-url} option and a service-account key file whose key was made here. Records every message body.
 */
public final class FcmMock implements AutoCloseable {

    public static final String PROJECT = "alpenlock-it";

    private final HttpServer server;
    private final Path keyFile;
    private final List<String> messages = new CopyOnWriteArrayList<>();

    private FcmMock(HttpServer server, Path keyFile) {
        this.server = server;
        this.keyFile = keyFile;
    }

    public static FcmMock start(Path directory) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Files.createDirectories(directory);
            FcmMock mock = new FcmMock(server, writeKey(directory));
            server.createContext("/token", exchange -> mock.answer(exchange,
                    "{\"access_token\":\"mock-access-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"));
            server.createContext("/v1/projects/" + PROJECT + "/messages:send", exchange -> {
                mock.messages.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                mock.answer(exchange, "{\"name\":\"projects/" + PROJECT + "/messages/" + mock.messages.size() + "\"}");
            });
            server.start();
            return mock;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Path keyFile() {
        return keyFile;
    }

    /** The JSON bodies FCM received, oldest first. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Path writeKey(Path directory) throws IOException {
        String pem;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pem = ("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path file = directory.resolve("fcm-service-account.json");
        Files.writeString(file, "{\"type\":\"service_account\",\"project_id\":\"" + PROJECT + "\","
                + "\"private_key_id\":\"it\",\"private_key\":\"" + pem + "\","
                + "\"client_email\":\"push@" + PROJECT + ".iam.gserviceaccount.com\",\"client_id\":\"1\","
                + "\"token_uri\":\"https://oauth2.googleapis.com/token\"}");
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
