package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The device API of docs/device-api.md, as the authenticator app calls it: {@code {realmUrl}/alpenlock/device/…}.
 *
 * <p>Every request carries a fresh DPoP proof signed with the device key, bound to the exact method, URL and body
 * bytes ({@code bsh}). Error answers become a {@link DeviceApiException} with the status and the server's
 * {@code error} / {@code error_description}; so do timeouts and connection failures (status 0). Redirects are not
 * followed (a proof is only valid for the URL it names). Timeouts: connect and whole request, 10 s by default. One
 * instance uses one HTTP client whose connections are kept alive; {@link #withKey} shares it.
 *
 * <p>Thread-safe.
 */
public final class DeviceApi {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The API's path below the realm URL. */
    public static final String BASE_PATH = "/alpenlock/device";
    /** What security e-mails and admin events show as the "device" of changes made through the app. */
    public static final String USER_AGENT = "Alpenlock device client (reference app)";

    /** The header of key rotation carrying a proof made with the new key. */
    public static final String NEW_KEY_HEADER = "DPoP-New-Key";
    static final int MAX_RESPONSE_BYTES = HttpTransport.MAX_RESPONSE_BYTES;

    private final DeviceKeyPair deviceKey;
    private final DpopProofFactory proofs;
    private final Clock clock;
    private final SecureRandom random;
    private final HttpTransport transport;

    public DeviceApi(DeviceKeyPair deviceKey, Clock clock, SecureRandom random) {
        this(deviceKey, clock, random, DEFAULT_TIMEOUT);
    }

    /**
     * @param clock   the time put into proofs ({@code iat})
     * @param random  for proof ids ({@code jti}) and signatures
     * @param timeout for connecting, and for the whole request
     */
    public DeviceApi(DeviceKeyPair deviceKey, Clock clock, SecureRandom random, Duration timeout) {
        this(deviceKey, clock, random, new HttpTransport(timeout));
    }

    private DeviceApi(DeviceKeyPair deviceKey, Clock clock, SecureRandom random, HttpTransport transport) {
        this.deviceKey = Objects.requireNonNull(deviceKey, "deviceKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.proofs = new DpopProofFactory(deviceKey, clock, random);
        this.transport = transport;
    }

    /** The same API (same HTTP client and connections) signing with another key; this one if it is the same key. */
    public DeviceApi withKey(DeviceKeyPair key) {
        return key.thumbprint().equals(deviceKey.thumbprint()) ? this : new DeviceApi(key, clock, random, transport);
    }

    /** The device key's RFC 7638 thumbprint: how the server knows this device. */
    public String thumbprint() {
        return proofs.thumbprint();
    }

    /** {@code POST /enrollments}: enrols this device key with the account the link's token was issued for. */
    public Enrollment enroll(URI realmUrl, EnrollmentRequest request) throws DeviceApiException {
        Objects.requireNonNull(request, "request");
        JsonResponse response = send("POST", endpoint(realmUrl, "/enrollments"), request.toJson(), Map.of(),
                Set.of(200, 201));
        return Enrollment.fromJson(response.json(), response.status(), request.label());
    }

    /**
     * {@code POST /enrollments} with {@code Authorization: Bearer <accessToken>} ("connect from this mobile"): enrols
     * this device key with the account the access token was issued to.
     */
    public Enrollment enroll(URI realmUrl, String accessToken, ConnectEnrollmentRequest request)
            throws DeviceApiException {
        Objects.requireNonNull(request, "request");
        if (Objects.requireNonNull(accessToken, "accessToken").isBlank()) {
            throw new IllegalArgumentException("the access token must not be blank");
        }
        JsonResponse response = send("POST", endpoint(realmUrl, "/enrollments"), request.toJson(),
                Map.of("Authorization", "Bearer " + accessToken), Set.of(200, 201));
        return Enrollment.fromJson(response.json(), response.status(), request.label());
    }

    /** {@code GET /accounts}: the enrolments of this device key in that realm. */
    public List<RemoteAccount> accounts(URI realmUrl) throws DeviceApiException {
        JsonResponse response = send("GET", endpoint(realmUrl, "/accounts"), null, Map.of(), Set.of(200));
        List<RemoteAccount> accounts = new ArrayList<>();
        for (JsonNode entry : response.array("accounts")) {
            accounts.add(RemoteAccount.fromJson(entry, response.status()));
        }
        return List.copyOf(accounts);
    }

    /**
     * {@code DELETE /accounts/{credentialId}}: removes the enrolment (and its credential) on the server. A
     * {@link DeviceApiException} with status 404 means the server does not know it for this key (any more).
     */
    public void unenroll(URI realmUrl, String credentialId) throws DeviceApiException {
        send("DELETE", endpoint(realmUrl, "/accounts/" + PathSegment.encode(credentialId, "credential id")), null,
                Map.of(), Set.of(200, 204));
    }

    /** {@code GET /challenges}: the open login challenges of this key's enrolments in that realm. */
    public List<Challenge> challenges(URI realmUrl) throws DeviceApiException {
        return fetchChallenges(endpoint(realmUrl, "/challenges"));
    }

    /**
     * {@code GET /challenges?wait=…&known=…}: the long poll. The server answers as soon as a challenge not in
     * {@code known} is open, or after {@code waitSeconds} (keep it below this client's request timeout).
     */
    public List<Challenge> awaitChallenges(URI realmUrl, int waitSeconds, java.util.Collection<String> known)
            throws DeviceApiException {
        StringBuilder query = new StringBuilder("/challenges?wait=").append(waitSeconds);
        if (!known.isEmpty()) {
            query.append("&known=").append(String.join(",", known));
        }
        return fetchChallenges(endpoint(realmUrl, query.toString()));
    }

    private List<Challenge> fetchChallenges(URI uri) throws DeviceApiException {
        JsonResponse response = send("GET", uri, null, Map.of(), Set.of(200));
        List<Challenge> challenges = new ArrayList<>();
        for (JsonNode entry : response.array("challenges")) {
            challenges.add(Challenge.fromJson(entry, response.status()));
        }
        return List.copyOf(challenges);
    }

    /**
     * {@code POST /challenges/{id}}: approves, denies or reports a challenge. A {@link DeviceApiException} with status
     * 404 means it is not open for this device (unknown, answered, expired or another device's: all alike).
     */
    public ChallengeResult answer(URI realmUrl, String challengeId, ChallengeAnswer answer)
            throws DeviceApiException {
        Objects.requireNonNull(answer, "answer");
        JsonResponse response = send("POST", endpoint(realmUrl, "/challenges/" + PathSegment.encode(challengeId,
                "challenge id")), answer.toJson(), Map.of(), Set.of(200));
        JsonNode json = response.object("answer");
        String result = ApiJson.requiredText(json, "result", response.status(), "the answer");
        return ChallengeResult.fromWireName(result).orElseThrow(() -> DeviceApiException.invalidResponse(
                response.status(), "the answer has an unknown result " + Printable.of(result, 40)));
    }

    /**
     * {@code PUT /push-token}: sets the FCM registration token of all this key's enrolments in that realm, or clears it
     * ({@code pushToken} null).
     *
     * @return how many enrolments were updated
     */
    public int updatePushToken(URI realmUrl, String pushToken) throws DeviceApiException {
        if (pushToken != null && pushToken.isBlank()) {
            throw new IllegalArgumentException("the push token must not be blank");
        }
        Map<String, String> body = new HashMap<>();
        body.put("pushToken", pushToken);
        JsonResponse response = send("PUT", endpoint(realmUrl, "/push-token"), ApiJson.write(body), Map.of(),
                Set.of(200));
        return ApiJson.requiredInt(response.object("answer"), "updated", response.status(), "the answer");
    }

    /**
     * {@code POST /key-rotation}: moves all this key's enrolments in that realm to {@code newKey}. The request carries
     * the usual proof made with this key and, in {@value #NEW_KEY_HEADER}, a proof of the same shape made with the new
     * key. After success the server accepts only {@code newKey} for them.
     *
     * @throws DeviceApiException also when the answer names another key than {@code newKey}
     */
    public KeyRotationResult rotateKey(URI realmUrl, DeviceKeyPair newKey) throws DeviceApiException {
        Objects.requireNonNull(newKey, "newKey");
        URI uri = endpoint(realmUrl, "/key-rotation");
        String newKeyProof = new DpopProofFactory(newKey, clock, random).create("POST", uri.toString());
        JsonResponse response = send("POST", uri, null, Map.of(NEW_KEY_HEADER, newKeyProof), Set.of(200));
        JsonNode json = response.object("answer");
        KeyRotationResult result = new KeyRotationResult(
                ApiJson.requiredInt(json, "updated", response.status(), "the answer"),
                ApiJson.requiredText(json, "keyThumbprint", response.status(), "the answer"));
        if (!result.keyThumbprint().equals(newKey.thumbprint())) {
            throw DeviceApiException.invalidResponse(response.status(), "the server names another key than the "
                    + "new one");
        }
        return result;
    }

    static URI endpoint(URI realmUrl, String path) {
        String base = Objects.requireNonNull(realmUrl, "realmUrl").toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + BASE_PATH + path);
    }

    private JsonResponse send(String method, URI uri, byte[] body, Map<String, String> headers,
            Set<Integer> expected) throws DeviceApiException {
        boolean hasBody = body != null && body.length > 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("DPoP", proofs.create(method, uri.toString(), hasBody ? body : null))
                .method(method, hasBody ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.noBody());
        if (hasBody) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpTransport.Response response = transport.send(request, method, uri, expected);
        return new JsonResponse(response.status(), response.json());
    }

    private record JsonResponse(int status, JsonNode json) {

        Iterable<JsonNode> array(String what) throws DeviceApiException {
            if (json == null || !json.isArray()) {
                throw DeviceApiException.invalidResponse(status, "the " + what + " answer is not a JSON array");
            }
            return json;
        }

        JsonNode object(String what) throws DeviceApiException {
            if (json == null || !json.isObject()) {
                throw DeviceApiException.invalidResponse(status, "the " + what + " is not a JSON object");
            }
            return json;
        }
    }

    /** Percent-encoding of one URL path segment (RFC 3986 unreserved characters stay as they are). */
    private static final class PathSegment {

        private static final String UNRESERVED =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

        static String encode(String segment, String what) {
            Objects.requireNonNull(segment, what);
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a " + what);
            }
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
