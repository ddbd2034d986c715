package io.alpenlock.benchmarks;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo webmail's authorization request (confidential client {@code alpenlock-demo-webmail}, code flow, PKCE
 * S256), one per login, and the check of where the login ends: a redirect to the client with a code and the state.
 */
record AuthorizationRequest(String realmUrl, String url, String state) {

    static final String CLIENT_ID = "alpenlock-demo-webmail";
    static final String REDIRECT_URI = "http://127.0.0.1:8081/callback";

    static AuthorizationRequest create(String realmUrl, SecureRandom random) {
        String verifier = random(random);
        String state = random(random);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", CLIENT_ID);
        params.put("redirect_uri", REDIRECT_URI);
        params.put("response_type", "code");
        params.put("scope", "openid email profile");
        params.put("state", state);
        params.put("code_challenge", s256(verifier));
        params.put("code_challenge_method", "S256");
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new AuthorizationRequest(realmUrl, realmUrl + "/protocol/openid-connect/auth?" + query, state);
    }

    /** True for the redirect that ends a successful login: to the client, with a code and this request's state. */
    boolean isSuccessfulRedirect(String location) {
        if (location == null || !location.startsWith(REDIRECT_URI + "?")) {
            return false;
        }
        String query = URI.create(location).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String code = values.get("code");
        return code != null && !code.isEmpty() && state.equals(values.get("state")) && !values.containsKey("error");
    }

    private static String random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
