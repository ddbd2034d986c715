package io.alpenlock.device.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofVerifier;
import io.alpenlock.core.dpop.VerifiedProof;
import io.alpenlock.core.totp.TotpAlgorithm;
import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeviceApiTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:15:20Z");
    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    static final String TOKEN = "q3HkPz-_9aLmN0oPqRsTuVwXyZ0123456789abcdE";
    static final String CREDENTIAL_ID = "5f0c4a1e-8d1b-4c2a-9f3e-2b7d6c1a0e93";
    static final String BASE = "/realms/accounts/alpenlock/device";
    static final String ENROLLED = """
            {"credentialId": "%s", "realm": "accounts", "username": "alice@alpenlock.test",
             "issuer": "Alpenlock Accounts", "label": "Laptop", "createdAt": 1772446520000,
             "totp": {"secret": "%s", "algorithm": "SHA1", "digits": 6, "period": 30}}
            """.formatted(CREDENTIAL_ID, SECRET);

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

    /** The proof the server would check: for this method, this exact URL and these exact body bytes, now. */
    VerifiedProof verifyProof(LoggedRequest request) throws Exception {
        return new DpopProofVerifier().verify(request.getHeader("DPoP"), request.getMethod().value(),
                request.getAbsoluteUrl(), request.getBody(), NOW);
    }

    LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void enrollPostsTheTokenWithAProofBoundToMethodUrlAndBody() throws Exception {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ENROLLED)));

        Enrollment enrollment = api.enroll(realmUrl, new EnrollmentRequest(TOKEN, "Laptop", "cli", "fcm-token-1"));

        LoggedRequest request = onlyRequest();
        assertThat(request.getAbsoluteUrl()).isEqualTo(server.baseUrl() + BASE + "/enrollments");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        JsonNode body = json.readTree(request.getBody());
        assertThat(body).isEqualTo(json.readTree("""
                {"token": "%s", "label": "Laptop", "platform": "cli", "pushToken": "fcm-token-1"}
                """.formatted(TOKEN)));
        VerifiedProof proof = verifyProof(request);
        assertThat(proof.thumbprint()).isEqualTo(key.thumbprint());
        assertThat(proof.issuedAt()).isEqualTo(NOW);

        assertThat(enrollment.credentialId()).isEqualTo(CREDENTIAL_ID);
        assertThat(enrollment.realm()).isEqualTo("accounts");
        assertThat(enrollment.username()).isEqualTo("alice@alpenlock.test");
        assertThat(enrollment.issuer()).isEqualTo("Alpenlock Accounts");
        assertThat(enrollment.label()).isEqualTo("Laptop");
        assertThat(enrollment.totp().secret().toBase32()).isEqualTo(SECRET);
        assertThat(enrollment.totp().parameters().algorithm()).isEqualTo(TotpAlgorithm.SHA1);
        assertThat(enrollment.totp().parameters().digits()).isEqualTo(6);
        assertThat(enrollment.totp().parameters().periodSeconds()).isEqualTo(30);
    }

    @Test
    void enrollLeavesOutAMissingPushTokenAndKeepsTheRequestedLabelWhenTheAnswerHasNone() throws Exception {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201).withBody(
                ENROLLED.replace("\"label\": \"Laptop\",", ""))));

        Enrollment enrollment = api.enroll(realmUrl, new EnrollmentRequest(TOKEN, "My CLI", "cli", null));

        LoggedRequest request = onlyRequest();
        assertThat(json.readTree(request.getBody())).isEqualTo(json.readTree("""
                {"token": "%s", "label": "My CLI", "platform": "cli"}
                """.formatted(TOKEN)));
        verifyProof(request);
        assertThat(enrollment.label()).isEqualTo("My CLI");
    }

    @Test
    void accountsGetsTheEnrolmentsWithAProofWithoutBodyHash() throws Exception {
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(200).withBody("""
                [{"credentialId": "%s", "realm": "accounts", "username": "alice@alpenlock.test",
                  "issuer": "Alpenlock Accounts", "label": "Laptop", "createdAt": 1772446520000, "future": true},
                 {"credentialId": "c2", "realm": "accounts", "username": "bob@alpenlock.test",
                  "issuer": "Alpenlock Accounts", "label": "Phone"}]
                """.formatted(CREDENTIAL_ID))));

        List<RemoteAccount> accounts = api.accounts(realmUrl);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().value()).isEqualTo("GET");
        assertThat(request.getBody()).isEmpty();
        verifyProof(request);
        assertThat(accounts).containsExactly(
                new RemoteAccount(CREDENTIAL_ID, "accounts", "alice@alpenlock.test", "Alpenlock Accounts", "Laptop",
                        Instant.ofEpochMilli(1772446520000L)),
                new RemoteAccount("c2", "accounts", "bob@alpenlock.test", "Alpenlock Accounts", "Phone", null));
    }

    @Test
    void unenrollDeletesTheCredentialWithAProofForItsUrl() throws Exception {
        server.stubFor(delete(BASE + "/accounts/" + CREDENTIAL_ID).willReturn(aResponse().withStatus(204)));

        api.unenroll(realmUrl, CREDENTIAL_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().value()).isEqualTo("DELETE");
        assertThat(request.getAbsoluteUrl()).isEqualTo(server.baseUrl() + BASE + "/accounts/" + CREDENTIAL_ID);
        verifyProof(request);
    }

    @Test
    void unenrollPercentEncodesTheCredentialIdAndTheProofMatchesTheEncodedUrl() throws Exception {
        server.stubFor(delete(urlEqualTo(BASE + "/accounts/a%2Fb%20c")).willReturn(aResponse().withStatus(204)));

        api.unenroll(realmUrl, "a/b c");

        verifyProof(onlyRequest());
    }

    @Test
    void everyRequestCarriesAFreshProof() throws Exception {
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(200).withBody("[]")));

        api.accounts(realmUrl);
        api.accounts(realmUrl);

        List<LoggedRequest> requests = server.findAll(
                getRequestedFor(urlEqualTo(BASE + "/accounts")));
        assertThat(requests).hasSize(2);
        assertThat(verifyProof(requests.get(0)).jti()).isNotEqualTo(verifyProof(requests.get(1)).jti());
    }

    @Test
    void aRefusedProofBecomesATypedErrorWithoutTheProofOrTheToken() {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "DPoP error=\"invalid_dpop_proof\"")
                .withBody("{\"error\":\"invalid_dpop_proof\",\"error_description\":\"invalid_dpop_proof: iat\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class,
                () -> api.enroll(realmUrl, new EnrollmentRequest(TOKEN, "Laptop", "cli", null)));

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.error()).isEqualTo("invalid_dpop_proof");
        assertThat(e.errorDescription()).isEqualTo("invalid_dpop_proof: iat");
        assertThat(e.getMessage()).isEqualTo("invalid_dpop_proof (HTTP 401): invalid_dpop_proof: iat")
                .doesNotContain(onlyRequest().getHeader("DPoP")).doesNotContain(TOKEN);
    }

    @Test
    void notFoundIsTyped() {
        server.stubFor(delete(BASE + "/accounts/nope").willReturn(aResponse().withStatus(404).withBody(
                "{\"error\":\"not_found\",\"error_description\":\"No such enrolment for this device key\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class, () -> api.unenroll(realmUrl, "nope"));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.error()).isEqualTo("not_found");
        assertThat(e.errorDescription()).isEqualTo("No such enrolment for this device key");
    }

    @Test
    void aServerErrorWithoutJsonGetsAnErrorNamedAfterTheStatus() {
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withBody("<html>\u001b[31mInternal Server Error</html>")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class, () -> api.accounts(realmUrl));

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.error()).isEqualTo("server_error");
        assertThat(e.errorDescription()).isEqualTo("HTTP 500 without an error description");
    }

    @Test
    void serverTextIsMadePrintableAndCut() {
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":\"invalid_request\",\"error_description\":\"bad\\u001b[2J" + "x".repeat(400) + "\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class, () -> api.accounts(realmUrl));

        assertThat(e.errorDescription()).startsWith("bad?[2J").hasSize(DeviceApiException.MAX_DESCRIPTION_LENGTH + 1)
                .doesNotContain("\u001b");
    }

    @Test
    void aSlowServerTimesOut() {
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(200).withBody("[]")
                .withFixedDelay(3000)));
        DeviceApi impatient = new DeviceApi(key, Clock.fixed(NOW, ZoneOffset.UTC), random, Duration.ofMillis(300));

        long start = System.nanoTime();
        DeviceApiException e = catchThrowableOfType(DeviceApiException.class, () -> impatient.accounts(realmUrl));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(e.hasResponse()).isFalse();
        assertThat(e.status()).isEqualTo(DeviceApiException.NO_RESPONSE);
        assertThat(e.error()).isEqualTo("timeout");
        assertThat(e.getMessage()).isEqualTo("timeout: no answer from " + server.baseUrl() + " within 300 ms");
    }

    @Test
    void aClosedPortIsAConnectionFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class,
                () -> api.accounts(URI.create("http://127.0.0.1:" + port + "/realms/accounts")));

        assertThat(e.status()).isEqualTo(DeviceApiException.NO_RESPONSE);
        assertThat(e.error()).isEqualTo("connection_failed");
    }

    @Test
    void anEnrolmentAnswerWithoutTotpIsAnInvalidResponse() {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201).withBody(
                "{\"credentialId\":\"c1\",\"realm\":\"accounts\",\"username\":\"a\",\"issuer\":\"b\"}")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class,
                () -> api.enroll(realmUrl, new EnrollmentRequest(TOKEN, "Laptop", "cli", null)));

        assertThat(e.status()).isEqualTo(201);
        assertThat(e.error()).isEqualTo("invalid_response");
        assertThat(e.errorDescription()).contains("no totp");
    }

    @Test
    void anEnrolmentAnswerWithABadSecretIsRefusedWithoutQuotingIt() {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201).withBody(
                ENROLLED.replace(SECRET, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1"))));

        assertThatThrownBy(() -> api.enroll(realmUrl, new EnrollmentRequest(TOKEN, "Laptop", "cli", null)))
                .isInstanceOf(DeviceApiException.class)
                .hasMessageContaining("not a valid Base32 TOTP secret")
                .message().doesNotContain("GEZDGNBVGY3TQOJ");
    }

    @Test
    void redirectsAreNotFollowed() {
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(302)
                .withHeader("Location", server.baseUrl() + "/elsewhere")));

        DeviceApiException e = catchThrowableOfType(DeviceApiException.class, () -> api.accounts(realmUrl));

        assertThat(e.status()).isEqualTo(302);
        assertThat(server.findAll(getRequestedFor(
                urlEqualTo("/elsewhere")))).isEmpty();
    }
}
