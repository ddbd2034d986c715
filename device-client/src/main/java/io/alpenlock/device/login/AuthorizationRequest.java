package io.alpenlock.device.login;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The OpenID Connect authorization request of "connect from this mobile" (authorization code flow with PKCE,
 * RFC 6749 §4.1.1, RFC 7636 §4.3): {@code {realmUrl}/protocol/openid-connect/auth?response_type=code&client_id=…
 * &redirect_uri=…&scope=…&state=…&code_challenge=…&code_challenge_method=S256}.
 *
 * @param state         random, checked when the browser comes back
 * @param codeChallenge the PKCE S256 challenge
 */
public record AuthorizationRequest(URI realmUrl, String clientId, URI redirectUri, String scope, String state,
        String codeChallenge) {

    public static final String AUTH_PATH = "/protocol/openid-connect/auth";

    public AuthorizationRequest {
        Objects.requireNonNull(realmUrl, "realmUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
    }

    /** The URL to open in the browser. */
    public URI uri() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri.toString());
        parameters.put("scope", scope);
        parameters.put("state", state);
        parameters.put("code_challenge", codeChallenge);
        parameters.put("code_challenge_method", Pkce.METHOD);
        String base = realmUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + AUTH_PATH + "?"
                + parameters.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
