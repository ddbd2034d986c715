package io.alpenlock.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo webmail client of the {@code accounts} realm doing the authorization code flow with
 * PKCE, as an SSO application would. The browser ends on the redirect URI (nothing listens there;
 * the code is read from the address bar).
 */
public final class DemoClient {

    public static final String CLIENT_ID = "alpenlock-demo-webmail";
    public static final String SECRET = "demo-webmail-secret";
    public static final String REDIRECT_URI = "http://127.0.0.1:8081/callback";

    private final String realmUrl;
    private final String clientId;
    private final String secret;
    private final String redirectUri;
    private final String verifier;
    private final String state;

    public DemoClient(KeycloakServer server) {
        this(server, "accounts");
    }

    /** The same client in another realm made from the demo realm file (see AdminApi#createRealmLikeAccounts). */
    public DemoClient(KeycloakServer server, String realm) {
        this(server.realmUrl(realm), CLIENT_ID, SECRET, REDIRECT_URI);
    }

    private DemoClient(String realmUrl, String clientId, String secret, String redirectUri) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.secret = secret;
        this.redirectUri = redirectUri;
        this.verifier = random();
        this.state = random();
    }

    /** The authenticator app's public client {@code alpenlock-app}, with a loopback redirect (RFC 8252). */
    public static DemoClient app(KeycloakServer server, String realm, int loopbackPort) {
        return new DemoClient(server.realmUrl(realm), "alpenlock-app", null,
                "http://127.0.0.1:" + loopbackPort + "/callback");
    }

    /** The authorization URL; extra parameters such as {@code ui_locales} or {@code kc_action} are appended. */
    public String authorizationUrl(Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("response_type", "code");
        params.put("scope", "openid email profile");
        params.put("state", state);
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        params.putAll(extra);
        return realmUrl + "/protocol/openid-connect/auth?" + form(params);
    }

    public boolean isCallback(String url) {
        return url.startsWith(redirectUri);
    }

    /** Exchanges the code found in the callback URL and returns the token response. */
    public JsonNode exchange(String callbackUrl) {
        Map<String, String> query = query(URI.create(callbackUrl).getRawQuery());
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("state mismatch in " + callbackUrl);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("code", query.get("code"));
        params.put("redirect_uri", redirectUri);
        params.put("client_id", clientId);
        if (secret != null) {
            params.put("client_secret", secret);
        }
        params.put("code_verifier", verifier);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint: " + response.statusCode() + " " + response.body());
            }
            return AdminApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT (signature is checked by the token endpoint's issuer, not here). */
    public static JsonNode claims(String jwt) {
        try {
            return AdminApi.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
