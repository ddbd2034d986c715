package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One HTTP client (HTTP/1.1, connections kept alive and reused, no redirects followed) with explicit timeouts, and
 * the mapping of every failure to a {@link DeviceApiException}: error answers with the server's {@code error} and
 * {@code error_description}, timeouts and connection failures with status 0, answers over
 * {@value #MAX_RESPONSE_BYTES} bytes refused. Thread-safe.
 */
final class HttpTransport {

    static final int MAX_RESPONSE_BYTES = 1024 * 1024;

    private final Duration timeout;
    private final HttpClient http;

    HttpTransport(Duration timeout) {
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

    /**
     * Sends the request (the request timeout is set here) and reads the answer.
     *
     * @param expected the success statuses; any other status is an error
     */
    Response send(HttpRequest.Builder request, String method, URI uri, Set<Integer> expected)
            throws DeviceApiException {
        int status;
        byte[] responseBody;
        try {
            HttpResponse<InputStream> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
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

    record Response(int status, byte[] body) {

        JsonNode json() {
            return ApiJson.parseQuietly(body);
        }
    }
}
