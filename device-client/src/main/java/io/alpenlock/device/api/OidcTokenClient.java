package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The token endpoint of the realm ({@code {realmUrl}/protocol/openid-connect/token}) for a public client: exchanges
 * an authorization code and its PKCE verifier for an access token. Same failure handling as {@link DeviceApi}
 * (timeouts, no redirects, the server's {@code error} / {@code error_description} in a {@link DeviceApiException}).
 * The access token is returned, never logged or put into a message.
 */
public final class OidcTokenClient {

    public static final String TOKEN_PATH = "/protocol/openid-connect/token";

    private final HttpTransport transport;

    public OidcTokenClient(Duration timeout) {
        this.transport = new HttpTransport(timeout);
    }

    /** {@code {realmUrl}/protocol/openid-connect/token}. */
    public static URI tokenEndpoint(URI realmUrl) {
        String base = Objects.requireNonNull(realmUrl, "realmUrl").toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + TOKEN_PATH);
    }

    /**
     * The authorization code grant (RFC 6749 §4.1.3) with PKCE (RFC 7636 §4.5).
     *
     * @return the access token
     */
    public String exchangeCode(URI realmUrl, String clientId, String code, URI redirectUri, String codeVerifier)
            throws DeviceApiException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", Objects.requireNonNull(code, "code"));
        form.put("redirect_uri", Objects.requireNonNull(redirectUri, "redirectUri").toString());
        form.put("client_id", Objects.requireNonNull(clientId, "clientId"));
        form.put("code_verifier", Objects.requireNonNull(codeVerifier, "codeVerifier"));
        byte[] body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
        URI uri = tokenEndpoint(realmUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpTransport.Response response = transport.send(request, "POST", uri, Set.of(200));
        JsonNode json = response.json();
        if (json == null || !json.isObject()) {
            throw DeviceApiException.invalidResponse(response.status(), "the token answer is not a JSON object");
        }
        return ApiJson.requiredText(json, "access_token", response.status(), "the token answer");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
