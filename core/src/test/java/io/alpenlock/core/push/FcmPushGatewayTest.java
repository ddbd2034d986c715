package io.alpenlock.core.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.testing.ServiceAccountKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Firebase Admin SDK against a local WireMock standing in for FCM and Google's OAuth token endpoint.
 * Uses only our own types, so that {@code ShadedFcmPushGatewayIT} can run it again against the shaded jar.
 */
class FcmPushGatewayTest {

    static final String PROJECT = "alpenlock-demo";
    static final String SEND = "/v1/projects/" + PROJECT + "/messages:send";
    static final String TOKEN = PushMessageTest.TOKEN;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private Path keyFile;

    @BeforeEach
    void serviceAccount() throws Exception {
        keyFile = ServiceAccountKeys.write(dir, PROJECT, "https://oauth2.googleapis.com/token");
        google.stubFor(post(urlEqualTo("/token")).willReturn(
                okJson("{\"access_token\":\"ya29.fake-access\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    }

    Map<String, String> options() {
        Map<String, String> options = new HashMap<>();
        options.put("credentials-file", keyFile.toString());
        options.put("connect-timeout-ms", "500");
        options.put("read-timeout-ms", "700");
        options.put("base-url", google.baseUrl());
        return options;
    }

    private FcmPushGateway gateway(Map<String, String> options) throws InvalidConfigException {
        return FcmPushGateway.create(FcmConfig.from(ConfigValues.of(options, "--test--")), CLOCK,
                "test-" + UUID.randomUUID());
    }

    private static void answer(int status, String body) {
        google.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static String fcmError(int code, String status, String errorCode, String field) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"Some text about " + TOKEN + "\",\"status\":\""
                + status + "\",\"details\":[{\"@type\":\"" + FCM_ERROR + "\",\"errorCode\":\"" + errorCode + "\"}"
                + (field == null ? "" : ",{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\","
                        + "\"fieldViolations\":[{\"field\":\"" + field + "\",\"description\":\"Invalid\"}]}")
                + "]}}";
    }

    @Test
    void sendsADataOnlyMessageWithTheTokenAndTheReferenceOnly() throws Exception {
        answer(200, "{\"name\":\"projects/" + PROJECT + "/messages/0:1500415314455276%31bd1c96\"}");

        PushResult result;
        try (FcmPushGateway gateway = gateway(options())) {
            result = gateway.send(PushMessage.withReference(TOKEN, "ch_8f14e45f"));
        }

        assertThat(result).isEqualTo(new PushResult.Sent("projects/" + PROJECT + "/messages/0:1500415314455276%31bd1c96"));
        google.verify(postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")));
        List<LoggedRequest> sends = google.findAll(postRequestedFor(urlEqualTo(SEND))
                .withHeader("Authorization", equalTo("Bearer ya29.fake-access")));
        assertThat(sends).hasSize(1);
        JsonNode message = new ObjectMapper().readTree(sends.get(0).getBodyAsString()).path("message");
        assertThat(message.path("token").asText()).isEqualTo(TOKEN);
        assertThat(message.path("data").properties()).singleElement().satisfies(entry -> {
            assertThat(entry.getKey()).isEqualTo("ref");
            assertThat(entry.getValue().asText()).isEqualTo("ch_8f14e45f");
        });
        assertThat(message.has("notification")).isFalse();
        assertThat(message.path("android").path("priority").asText()).isEqualTo("high");
        assertThat(message.path("android").path("ttl").asText()).isEqualTo("120s");
        assertThat(message.path("android").has("notification")).isFalse();
        JsonNode apns = message.path("apns");
        assertThat(apns.path("headers").path("apns-expiration").asText())
                .isEqualTo(Long.toString(CLOCK.instant().getEpochSecond() + 120));
        assertThat(apns.path("payload").path("aps").path("alert").toString())
                .isEqualTo("{\"loc-key\":\"ALPENLOCK_LOGIN_REQUEST\"}");
        assertThat(apns.path("payload").path("aps").path("mutable-content").asInt()).isEqualTo(1);
        assertThat(apns.path("payload").properties()).extracting(Map.Entry::getKey).containsExactly("aps");
    }

    @Test
    void unregisteredTokenIsInvalid() throws Exception {
        answer(404, fcmError(404, "NOT_FOUND", "UNREGISTERED", null));
        try (FcmPushGateway gateway = gateway(options())) {
            PushResult result = gateway.send(PushMessage.withReference(TOKEN, "r"));
            assertThat(result).isEqualTo(new PushResult.InvalidToken("fcm-UNREGISTERED"));
            assertThat(result.messageKey()).isEqualTo("alpenlockPushInvalidToken");
            assertThat(result.detail()).doesNotContain(TOKEN);
        }
    }

    @Test
    void invalidArgumentOnTheTokenIsAnInvalidToken() throws Exception {
        answer(400, fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", "message.token"));
        try (FcmPushGateway gateway = gateway(options())) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")))
                    .isEqualTo(new PushResult.InvalidToken("fcm-INVALID_ARGUMENT"));
        }
    }

    @Test
    void invalidArgumentElsewhereIsRejected() throws Exception {
        answer(400, fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", "message.data[0].key"));
        try (FcmPushGateway gateway = gateway(options())) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")))
                    .isEqualTo(new PushResult.Rejected("fcm-INVALID_ARGUMENT"));
        }
    }

    @Test
    void quotaExceededIsRateLimited() throws Exception {
        answer(429, fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", null));
        try (FcmPushGateway gateway = gateway(options())) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")))
                    .isEqualTo(new PushResult.RateLimited("fcm-QUOTA_EXCEEDED"));
        }
    }

    @Test
    void serviceUnavailableIsTemporaryAndEndsWithinTheDeadline() throws Exception {
        answer(503, fcmError(503, "UNAVAILABLE", "UNAVAILABLE", null));
        try (FcmPushGateway gateway = gateway(options())) {
            long start = System.nanoTime();
            PushResult result = gateway.send(PushMessage.withReference(TOKEN, "r"));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(result).isInstanceOf(PushResult.TemporaryFailure.class);
            assertThat(result.messageKey()).isEqualTo("alpenlockPushTemporaryFailure");
            assertThat(elapsedMs).isLessThan(2500);
        }
    }

    @Test
    void internalErrorIsTemporary() throws Exception {
        answer(500, fcmError(500, "INTERNAL", "INTERNAL", null));
        try (FcmPushGateway gateway = gateway(options())) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")))
                    .isEqualTo(new PushResult.TemporaryFailure("fcm-INTERNAL"));
        }
    }

    @Test
    void slowAnswerTimesOut() throws Exception {
        google.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"name\":\"x\"}").withFixedDelay(5000)));
        try (FcmPushGateway gateway = gateway(options())) {
            long start = System.nanoTime();
            PushResult result = gateway.send(PushMessage.withReference(TOKEN, "r"));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(result).isEqualTo(new PushResult.TemporaryFailure("timeout"));
            assertThat(elapsedMs).isLessThan(2500);
        }
    }

    @Test
    void refusedPermissionMakesTheSenderUnavailable() throws Exception {
        answer(403, "{\"error\":{\"code\":403,\"message\":\"Permission denied\",\"status\":\"PERMISSION_DENIED\"}}");
        try (FcmPushGateway gateway = gateway(options())) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")))
                    .isEqualTo(new PushResult.Unavailable("fcm-PERMISSION_DENIED"));
        }
    }

    @Test
    void revokedServiceAccountKeyMakesTheSenderUnavailable() throws Exception {
        google.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}")));
        try (FcmPushGateway gateway = gateway(options())) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")))
                    .isEqualTo(new PushResult.Unavailable("oauth-token"));
        }
        assertThat(google.findAll(postRequestedFor(urlEqualTo(SEND)))).isEmpty();
    }

    @Test
    void notAServiceAccountKeyIsNamedWithoutQuotingIt() throws Exception {
        Files.writeString(keyFile, "{\"type\":\"service_account\",\"private_key\":\"-----BEGIN garbage secret\"}");
        assertThatThrownBy(() -> gateway(options())).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("--test--credentials-file points to a file that is not a readable Google "
                        + "service-account JSON key").hasMessageNotContaining("garbage secret");
    }

    @Test
    void keyWithoutProjectNeedsTheProjectIdOption() throws Exception {
        keyFile = ServiceAccountKeys.write(dir, null, "https://oauth2.googleapis.com/token");
        assertThatThrownBy(() -> gateway(options())).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("--test--project-id is missing");
        Map<String, String> options = options();
        options.put("project-id", PROJECT);
        gateway(options).close();
    }

}
