package io.alpenlock.core.sms;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.HttpUtility;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.Header;

/**
 * The HTTP transport given to the Twilio SDK: the JDK's HTTP client with our connect and read timeouts,
 * exactly one attempt per request (the SDK would otherwise repeat a POST after a 5xx and could send an SMS
 * twice), and an optional base URL that replaces {@code https://api.twilio.com} (tests only).
 */
final class TwilioTransport extends HttpClient {

    private static final List<String> USER_AGENT_EXTENSIONS = List.of("alpenlock");
    private static final Header[] NO_HEADERS = new Header[0];

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final Optional<URI> baseUrl;

    TwilioTransport(Duration connectTimeout, Duration readTimeout, Optional<URI> baseUrl) {
        this.http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = readTimeout;
        this.baseUrl = baseUrl;
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target(request.constructURL()))
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", HttpUtility.getUserAgentString(USER_AGENT_EXTENSIONS, true));
        if (request.requiresAuthentication()) {
            builder.header("Authorization", request.getAuthString());
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            header.getValue().forEach(value -> builder.header(header.getKey(), value));
        }
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
            builder.method(method.toString(), BodyPublishers.noBody());
        } else {
            builder.method(method.toString(), body(request, builder));
        }
        try {
            java.net.http.HttpResponse<String> response = http.send(builder.build(), BodyHandlers.ofString());
            return new Response(readableError(response.statusCode(), response.body()), response.statusCode(),
                    NO_HEADERS);
        } catch (IOException e) {
            // The exception type tells timeouts from refused connections; its text is never shown or logged.
            throw new ApiConnectionException("Twilio request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Twilio request interrupted", e);
        }
    }

    /**
     * The SDK takes the HTTP status of a failure from Twilio's JSON error body; a proxy's HTML page or an empty
     * body would lose it, so such bodies are replaced by a minimal error document with the status.
     */
    static String readableError(int status, String body) {
        if (status < 400 || (body != null && body.trim().startsWith("{"))) {
            return body;
        }
        return "{\"status\":" + status + ",\"message\":\"HTTP " + status + "\"}";
    }

    private static BodyPublisher body(Request request, HttpRequest.Builder builder) {
        EnumConstants.ContentType type = request.getContentType();
        if (type == EnumConstants.ContentType.JSON) {
            builder.header("Content-Type", type.getValue());
            return BodyPublishers.ofString(request.getBody() == null ? "" : request.getBody());
        }
        if (type != null && type != EnumConstants.ContentType.FORM_URLENCODED) {
            throw new ApiConnectionException("unsupported content type for Alpenlock's Twilio transport");
        }
        builder.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        return BodyPublishers.ofString(request.encodeFormBody());
    }

    private URI target(URL url) {
        if (baseUrl.isEmpty()) {
            return URI.create(url.toString());
        }
        // keep the SDK's encoded path and query, swap scheme, host and port
        return URI.create(baseUrl.get().toString() + url.getFile());
    }
}
