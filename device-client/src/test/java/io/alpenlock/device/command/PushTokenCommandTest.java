package io.alpenlock.device.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PushTokenCommandTest {

    static final String ACCOUNTS = "/realms/accounts/alpenlock/device";
    static final String DEMO = "/realms/demo/alpenlock/device";
    static final String TOKEN = "dXk2:APA91bH-fcm_registration_token";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;
    CliFixture device;

    @BeforeEach
    void setUp() throws Exception {
        URI accounts = URI.create(server.baseUrl() + "/realms/accounts");
        device = new CliFixture(temp).withAccounts(
                CliFixture.account(accounts, "c-1", "alice@alpenlock.test"),
                CliFixture.account(accounts, "c-3", "carol@alpenlock.test"),
                CliFixture.account(URI.create(server.baseUrl() + "/realms/demo"), "c-2", "bob@alpenlock.test"));
        server.stubFor(put(ACCOUNTS + "/push-token").willReturn(aResponse().withStatus(200)
                .withBody("{\"updated\":2}")));
        server.stubFor(put(DEMO + "/push-token").willReturn(aResponse().withStatus(200)
                .withBody("{\"updated\":1}")));
    }

    List<String> puts() throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        for (LoggedRequest request : server.findAll(putRequestedFor(anyUrl()))) {
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
            CliFixture.verifyProof(request.getHeader("DPoP"), "PUT", request.getAbsoluteUrl(), request.getBody(),
                    device.key);
            bodies.add(request.getUrl() + " " + request.getBodyAsString());
        }
        return bodies;
    }

    @Test
    void theTokenIsPutOncePerRealmAndNeverPrinted() throws Exception {
        CliFixture.Run run = device.run("push-token", TOKEN);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "Set the push token of 2 enrolments at " + server.baseUrl() + "/realms/accounts.",
                "Set the push token of 1 enrolment at " + server.baseUrl() + "/realms/demo.");
        assertThat(run.out() + run.err()).doesNotContain(TOKEN);
        assertThat(puts()).containsExactly(
                ACCOUNTS + "/push-token {\"pushToken\":\"" + TOKEN + "\"}",
                DEMO + "/push-token {\"pushToken\":\"" + TOKEN + "\"}");
    }

    @Test
    void clearSendsNull() throws Exception {
        CliFixture.Run run = device.run("push-token", "--clear");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Cleared the push token of 2 enrolments at ");
        assertThat(puts()).containsExactly(
                ACCOUNTS + "/push-token {\"pushToken\":null}",
                DEMO + "/push-token {\"pushToken\":null}");
    }

    @Test
    void aFailingRealmIsReportedAndTheOthersAreStillUpdated() throws Exception {
        server.stubFor(put(ACCOUNTS + "/push-token").willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":\"invalid_dpop_proof\",\"error_description\":\"invalid_dpop_proof: iat\"}")));

        CliFixture.Run run = device.run("push-token", TOKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + server.baseUrl() + "/realms/accounts: invalid_dpop_proof "
                + "(HTTP 401): invalid_dpop_proof: iat\n");
        assertThat(run.out()).isEqualTo("Set the push token of 1 enrolment at " + server.baseUrl()
                + "/realms/demo.\n");
        assertThat(puts()).hasSize(2);
    }

    @Test
    void aTokenOrClearIsRequiredButNotBoth() {
        for (List<String> args : List.of(List.of("push-token"), List.of("push-token", "t", "--clear"),
                List.of("push-token", "a b"))) {
            CliFixture.Run run = device.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s", args).isEqualTo(2);
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
