package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofFactory;

/**
 * A phone with the Alpenlock app, as far as the device API can tell: an EC P-256 key and DPoP
 * proofs made by the same core classes the reference device client uses.
 */
public final class TestDevice {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DpopProofFactory proofs;
    private final String realmUrl;

    public TestDevice(String realmUrl) {
        SecureRandom random = new SecureRandom();
        this.proofs = new DpopProofFactory(DeviceKeyPair.generate(random), Clock.systemUTC(), random);
        this.realmUrl = realmUrl;
    }

    private TestDevice(DpopProofFactory proofs, String realmUrl) {
        this.proofs = proofs;
        this.realmUrl = realmUrl;
    }

    /** The same phone (same key) talking to another address of the realm, for example another cluster node. */
    public TestDevice via(String otherRealmUrl) {
        return new TestDevice(proofs, otherRealmUrl);
    }

    public String url(String path) {
        return realmUrl + "/alpenlock/device/" + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET()
                .header("DPoP", proofs.create("GET", url(path))));
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE()
                .header("DPoP", proofs.create("DELETE", url(path))));
    }

    public HttpResponse<String> post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(path, body, proofs.create("POST", url(path), body));
    }

    /** Sends {@code body} with any proof: for tests of what the server refuses. */
    public HttpResponse<String> post(String path, byte[] body, String proof) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (proof != null) {
            request.header("DPoP", proof);
        }
        return send(request);
    }

    public String proof(String method, String path, byte[] body) {
        return proofs.create(method, url(path), body);
    }

    /** Any request, with a proof of this device and extra headers (for example Authorization). */
    public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("DPoP", proofs.create(method, url(path), body));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** The same phone after generating a new key (as for a key rotation); same realm. */
    public TestDevice withNewKey() {
        return new TestDevice(realmUrl);
    }

    public String thumbprint() {
        return proofs.thumbprint();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
