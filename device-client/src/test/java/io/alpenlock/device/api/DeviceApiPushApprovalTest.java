package io.alpenlock.device.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofVerifier;
import io.alpenlock.core.dpop.VerifiedProof;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The push-approval calls of {@link DeviceApi}: challenges, answers, push token, key rotation, enrolment by login. */
class DeviceApiPushApprovalTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:15:20Z");
    static final String BASE = "/realms/accounts/alpenlock/device";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final ObjectMapper json = new ObjectMapper();
    final SecureRandom random = new SecureRandom();
    final DeviceKeyPair key = DeviceKeyPair.generate(random);
    final DeviceApi api = new DeviceApi(key, Clock.fixed(NOW, ZoneOffset.UTC), random);
    URI realmUrl;

    @BeforeEach
    void realm() {
        realmUrl = URI.create(server.baseUrl() + "/realms/accounts");
    }

    LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** Checks the DPoP proof as the server does: this method, exact URL and body, signed by {@code signer}. */
    VerifiedProof verifyProof(LoggedRequest request, String header, DeviceKeyPair signer) throws Exception {
        VerifiedProof proof = new DpopProofVerifier().verify(request.getHeader(header), request.getMethod().value(),
                request.getAbsoluteUrl(), request.getBody(), NOW);
        assertThat(proof.thumbprint()).isEqualTo(signer.thumbprint());
        return proof;
    }

    @Test
    void challengesAreReadWithTheirLoginContext() throws Exception {
        server.stubFor(get(BASE + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "ch-1", "credentialId": "c-1", "expiresAt": 1772446620000, "numberMatching": true,
                  "choices": [12, 47, 83], "client": "Demo webmail", "browser": "Chrome 131", "os": "Linux",
                  "ipAddress": "127.0.0.1", "location": "Bern, Switzerland", "future": 1},
                 {"id": "ch-2", "credentialId": "c-2", "expiresAt": 1772446600000, "numberMatching": false,
                  "choices": [], "client": "Shop", "browser": "Firefox 133", "os": "Windows", "ipAddress": "::1"}]
                """)));

        List<Challenge> challenges = api.challenges(realmUrl);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().value()).isEqualTo("GET");
        assertThat(request.getAbsoluteUrl()).isEqualTo(server.baseUrl() + BASE + "/challenges");
        verifyProof(request, "DPoP", key);
        assertThat(challenges).containsExactly(
                new Challenge("ch-1", "c-1", Instant.ofEpochMilli(1772446620000L), true, List.of(12, 47, 83),
                        "Demo webmail", "Chrome 131", "Linux", "127.0.0.1", "Bern, Switzerland"),
                new Challenge("ch-2", "c-2", Instant.ofEpochMilli(1772446600000L), false, List.of(), "Shop",
                        "Firefox 133", "Windows", "::1", null));
    }

    @Test
    void aChallengeWithoutIdIsAnInvalidResponse() {
        server.stubFor(get(BASE + "/challenges").willReturn(aResponse().withStatus(200).withBody(
                "[{\"credentialId\": \"c-1\", \"expiresAt\": 1772446620000}]")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class, () -> api.challenges(realmUrl));

        assertThat(e.error()).isEqualTo("invalid_response");
        assertThat(e.errorDescription()).contains("no id");
    }

    @Test
    void approvalWithANumberPostsExactlyThatBodyWithABoundProof() throws Exception {
        server.stubFor(post(BASE + "/challenges/ch-1").willReturn(aResponse().withStatus(200)
                .withBody("{\"result\":\"approved\"}")));

        ChallengeResult result = api.answer(realmUrl, "ch-1", ChallengeAnswer.approve(47));

        LoggedRequest request = onlyRequest();
        assertThat(request.getBodyAsString()).isEqualTo("{\"action\":\"approve\",\"number\":47}");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        verifyProof(request, "DPoP", key);
        assertThat(result).isEqualTo(ChallengeResult.APPROVED);
    }

    @Test
    void everyAnswerHasItsBodyAndItsResult() throws Exception {
        record Case(ChallengeAnswer answer, String body, String result, ChallengeResult expected) {
        }
        for (Case c : List.of(
                new Case(ChallengeAnswer.approve(), "{\"action\":\"approve\"}", "approved", ChallengeResult.APPROVED),
                new Case(ChallengeAnswer.approve(12), "{\"action\":\"approve\",\"number\":12}", "wrong_number",
                        ChallengeResult.WRONG_NUMBER),
                new Case(ChallengeAnswer.deny(), "{\"action\":\"deny\"}", "denied", ChallengeResult.DENIED),
                new Case(ChallengeAnswer.notMe(), "{\"action\":\"not-me\"}", "not_me", ChallengeResult.NOT_ME))) {
            server.resetAll();
            server.stubFor(post(BASE + "/challenges/ch-1").willReturn(aResponse().withStatus(200)
                    .withBody("{\"result\":\"" + c.result() + "\"}")));

            assertThat(api.answer(realmUrl, "ch-1", c.answer())).isEqualTo(c.expected());

            LoggedRequest request = onlyRequest();
            assertThat(request.getBodyAsString()).isEqualTo(c.body());
            verifyProof(request, "DPoP", key);
        }
    }

    @Test
    void anAnswerToAChallengeThatIsNotOpenIsA404() {
        server.stubFor(post(urlEqualTo(BASE + "/challenges/a%2Fb")).willReturn(aResponse().withStatus(404).withBody(
                "{\"error\":\"not_found\",\"error_description\":\"No such challenge\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class,
                () -> api.answer(realmUrl, "a/b", ChallengeAnswer.deny()));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.error()).isEqualTo("not_found");
    }

    @Test
    void anUnknownResultIsAnInvalidResponse() {
        server.stubFor(post(BASE + "/challenges/ch-1").willReturn(aResponse().withStatus(200)
                .withBody("{\"result\":\"maybe\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class,
                () -> api.answer(realmUrl, "ch-1", ChallengeAnswer.deny()));

        assertThat(e.error()).isEqualTo("invalid_response");
    }

    @Test
    void pushTokenIsPutAndClearedWithAnExplicitNull() throws Exception {
        server.stubFor(put(BASE + "/push-token").willReturn(aResponse().withStatus(200).withBody("{\"updated\":2}")));

        assertThat(api.updatePushToken(realmUrl, "fcm-abc")).isEqualTo(2);
        LoggedRequest set = onlyRequest();
        assertThat(set.getMethod().value()).isEqualTo("PUT");
        assertThat(set.getBodyAsString()).isEqualTo("{\"pushToken\":\"fcm-abc\"}");
        verifyProof(set, "DPoP", key);

        server.resetRequests();
        assertThat(api.updatePushToken(realmUrl, null)).isEqualTo(2);
        LoggedRequest clear = onlyRequest();
        assertThat(clear.getBodyAsString()).isEqualTo("{\"pushToken\":null}");
        verifyProof(clear, "DPoP", key);
    }

    @Test
    void keyRotationCarriesAProofOfTheCurrentKeyAndOneOfTheNewKey() throws Exception {
        DeviceKeyPair newKey = DeviceKeyPair.generate(random);
        server.stubFor(post(BASE + "/key-rotation").willReturn(aResponse().withStatus(200).withBody(
                "{\"updated\":3,\"keyThumbprint\":\"" + newKey.thumbprint() + "\"}")));

        KeyRotationResult result = api.rotateKey(realmUrl, newKey);

        LoggedRequest request = onlyRequest();
        assertThat(request.getAbsoluteUrl()).isEqualTo(server.baseUrl() + BASE + "/key-rotation");
        assertThat(request.getBody()).isEmpty();
        VerifiedProof current = verifyProof(request, "DPoP", key);
        VerifiedProof next = verifyProof(request, "DPoP-New-Key", newKey);
        assertThat(next.jti()).isNotEqualTo(current.jti());
        assertThat(result).isEqualTo(new KeyRotationResult(3, newKey.thumbprint()));
    }

    @Test
    void aKeyRotationAnswerNamingAnotherKeyIsRefused() {
        server.stubFor(post(BASE + "/key-rotation").willReturn(aResponse().withStatus(200).withBody(
                "{\"updated\":1,\"keyThumbprint\":\"" + key.thumbprint() + "\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class,
                () -> api.rotateKey(realmUrl, DeviceKeyPair.generate(random)));

        assertThat(e.error()).isEqualTo("invalid_response");
    }

    @Test
    void enrolmentAfterSignInSendsTheAccessTokenAsBearerAndNoEnrolmentToken() throws Exception {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201).withBody("""
                {"credentialId": "c-9", "realm": "accounts", "username": "alice@alpenlock.test",
                 "issuer": "Alpenlock Accounts", "totp": {"secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"}}
                """)));

        Enrollment enrollment = api.enroll(realmUrl, "access-token-1",
                new ConnectEnrollmentRequest("Phone", "cli", null));

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-token-1");
        assertThat(json.readTree(request.getBody())).isEqualTo(json.readTree(
                "{\"label\": \"Phone\", \"platform\": \"cli\"}"));
        verifyProof(request, "DPoP", key);
        assertThat(enrollment.credentialId()).isEqualTo("c-9");
        assertThat(enrollment.label()).isEqualTo("Phone");
        assertThat(new String(request.getBody(), StandardCharsets.UTF_8)).doesNotContain("token");
    }
}
