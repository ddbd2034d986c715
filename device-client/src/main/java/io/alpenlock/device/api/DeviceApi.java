package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The device API of docs/device-api.md, as the authenticator app calls it: {@code {realmUrl}/alpenlock/device/…}.
 *
 * <p>Every request carries a fresh DPoP proof signed with the device key, bound to the exact method, URL and body
 * bytes ({@code bsh}). Error answers become a {@link DeviceApiException} with the status and the server's
 * {@code error} / {@code error_description}; so do timeouts and connection failures (status 0). Redirects are not
 * followed (a proof is only valid for the URL it names). Timeouts: connect and whole request, 10 s by default.
 *
 * <p>Thread-safe. Challenges (push approval) will be added here as the API grows; see docs/device-api.md.
 */
public final class DeviceApi {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The API's path below the realm URL. */
    public static final String BASE_PATH = "/alpenlock/device";
    static final int MAX_RESPONSE_BYTES = 1024 * 1024;

    private final DpopProofFactory proofs;
    private final Duration timeout;
    private final HttpClient http;

    public DeviceApi(DeviceKeyPair deviceKey, Clock clock, SecureRandom random) {
        this(deviceKey, clock, random, DEFAULT_TIMEOUT);
    }

    /**
     * @param clock   the time put into proofs ({@code iat})
     * @param random  for proof ids ({@code jti}) and signatures
     * @param timeout for connecting, and for the whole request
     */
    public DeviceApi(DeviceKeyPair deviceKey, Clock clock, SecureRandom random, Duration timeout) {
        this.proofs = new DpopProofFactory(deviceKey, clock, random);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The device key's RFC 7638 thumbprint: how the server knows this device. */
    public String thumbprint() {
        return proofs.thumbprint();
    }

    /** {@code POST /enrollments}: enrols this device key with the account the link's token was issued for. */
    public Enrollment enroll(URI realmUrl, EnrollmentRequest request) throws DeviceApiException {
        Objects.requireNonNull(request, "request");
        Response response = send("POST", endpoint(realmUrl, "/enrollments"), request.toJson(), Set.of(200, 201));
        return Enrollment.fromJson(response.json(), response.status(), request.label());
    }

    /** {@code GET /accounts}: the enrolments of this device key in that realm. */
    public List<RemoteAccount> accounts(URI realmUrl) throws DeviceApiException {
        Response response = send("GET", endpoint(realmUrl, "/accounts"), null, Set.of(200));
        JsonNode json = response.json();
        if (json == null || !json.isArray()) {
            throw DeviceApiException.invalidResponse(response.status(), "the accounts answer is not a JSON array");
        }
        List<RemoteAccount> accounts = new ArrayList<>();
        for (JsonNode entry : json) {
            accounts.add(RemoteAccount.fromJson(entry, response.status()));
        }
        return List.copyOf(accounts);
    }

    /**
     * {@code DELETE /accounts/{credentialId}}: removes the enrolment (and its credential) on the server. A
     * {@link DeviceApiException} with status 404 means the server does not know it for this key (any more).
     */
    public void unenroll(URI realmUrl, String credentialId) throws DeviceApiException {
        Objects.requireNonNull(credentialId, "credentialId");
        if (credentialId.isEmpty() || credentialId.equals(".") || credentialId.equals("..")) {
            throw new IllegalArgumentException("not a credential id");
        }
        send("DELETE", endpoint(realmUrl, "/accounts/" + PathSegment.encode(credentialId)), null, Set.of(200, 204));
    }

    static URI endpoint(URI realmUrl, String path) {
        String base = Objects.requireNonNull(realmUrl, "realmUrl").toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + BASE_PATH + path);
    }

    private Response send(String method, URI uri, byte[] body, Set<Integer> expected) throws DeviceApiException {
        boolean hasBody = body != null && body.length > 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("DPoP", proofs.create(method, uri.toString(), hasBody ? body : null))
                .method(method, hasBody ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.noBody());
        if (hasBody) {
            request.header("Content-Type", "application/json");
        }
        int status;
        byte[] responseBody;
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream in = response.body()) {
                responseBody = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
        } catch (HttpConnectTimeoutException e) {
            throw DeviceApiException.noResponse("timeout", "could not connect to " + origin(uri) + " within "
                    + seconds(timeout));
        } catch (HttpTimeoutException e) {
            throw DeviceApiException.noResponse("timeout", "no answer from " + origin(uri) + " within "
                    + seconds(timeout));
        } catch (ConnectException e) {
            throw DeviceApiException.noResponse("connection_failed", "could not connect to " + origin(uri));
        } catch (IOException e) {
            throw DeviceApiException.noResponse("connection_failed", "the connection to " + origin(uri)
                    + " failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeviceApiException.noResponse("interrupted", "the request to " + origin(uri) + " was interrupted");
        }
        if (!expected.contains(status)) {
            if (status >= 200 && status < 300) {
                throw DeviceApiException.invalidResponse(status, "unexpected status for " + method + " "
                        + uri.getRawPath());
            }
            throw DeviceApiException.fromResponse(status, responseBody);
        }
        if (responseBody.length > MAX_RESPONSE_BYTES) {
            throw DeviceApiException.invalidResponse(status, "the answer is larger than " + MAX_RESPONSE_BYTES
                    + " bytes");
        }
        return new Response(status, responseBody);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private record Response(int status, byte[] body) {

        JsonNode json() {
            return ApiJson.parseQuietly(body);
        }
    }

    /** Percent-encoding of one URL path segment (RFC 3986 unreserved characters stay as they are). */
    private static final class PathSegment {

        private static final String UNRESERVED =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

        static String encode(String segment) {
            StringBuilder out = new StringBuilder();
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                if (b >= 0 && UNRESERVED.indexOf(b) >= 0) {
                    out.append((char) b);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            return out.toString();
        }
    }
}
