package io.alpenlock.device.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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

class PendingCommandTest {

    static final String ACCOUNTS = "/realms/accounts/alpenlock/device";
    static final String DEMO = "/realms/demo/alpenlock/device";
    /** {@link CliFixture#NOW} + 87 s, + 120 s */
    static final long IN_87_S = 1772446607000L;
    static final long IN_120_S = 1772446640000L;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;
    CliFixture device;

    @BeforeEach
    void setUp() throws Exception {
        device = new CliFixture(temp).withAccounts(
                CliFixture.account(URI.create(server.baseUrl() + "/realms/accounts"), "c-1", "alice@alpenlock.test"),
                CliFixture.account(URI.create(server.baseUrl() + "/realms/demo"), "c-2", "bob@alpenlock.test"));
    }

    @Test
    void listsTheOpenChallengesOfEveryRealmWithTheLocalUsername() throws Exception {
        server.stubFor(get(ACCOUNTS + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "3f9a2c1d-5b7e-4f1a-9c3d-8e2b1a0f9d7c", "credentialId": "c-1", "expiresAt": %d,
                  "numberMatching": true, "choices": [12, 47, 83], "client": "Demo webmail", "browser": "Chrome 131",
                  "os": "Linux", "ipAddress": "127.0.0.1", "location": "Bern, Switzerland"}]
                """.formatted(IN_120_S))));
        server.stubFor(get(DEMO + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "77b0e4aa-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "credentialId": "c-2", "expiresAt": %d,
                  "numberMatching": false, "choices": [], "client": "Shop", "browser": "Firefox 133",
                  "os": "Windows", "ipAddress": "10.0.0.7"}]
                """.formatted(IN_87_S))));

        CliFixture.Run pending = device.run("pending");

        assertThat(pending.exitCode()).isZero();
        assertThat(pending.err()).isEmpty();
        assertThat(pending.out().lines().toList()).containsExactly(
                "2 open sign-in challenges:",
                "  ID        ACCOUNT               CLIENT        BROWSER / OS           IP         LOCATION           "
                        + "EXPIRES   CHOICES",
                "  77b0e4aa  bob@alpenlock.test    Shop          Firefox 133 / Windows  10.0.0.7   -                  "
                        + "in 87 s   -",
                "  3f9a2c1d  alice@alpenlock.test  Demo webmail  Chrome 131 / Linux     127.0.0.1  Bern, Switzerland  "
                        + "in 120 s  12 47 83");
        for (String base : List.of(ACCOUNTS, DEMO)) {
            List<LoggedRequest> requests = server.findAll(getRequestedFor(urlEqualTo(base + "/challenges")));
            assertThat(requests).hasSize(1);
            CliFixture.verifyProof(requests.get(0).getHeader("DPoP"), "GET", requests.get(0).getAbsoluteUrl(),
                    requests.get(0).getBody(), device.key);
        }
    }

    @Test
    void withoutChallengesItSaysSo() {
        server.stubFor(get(ACCOUNTS + "/challenges").willReturn(aResponse().withStatus(200).withBody("[]")));
        server.stubFor(get(DEMO + "/challenges").willReturn(aResponse().withStatus(200).withBody("[]")));

        CliFixture.Run pending = device.run("pending");

        assertThat(pending.exitCode()).isZero();
        assertThat(pending.out()).isEqualTo("No open sign-in challenges.\n");
    }

    @Test
    void aServerThatFailsIsReportedAndTheOthersAreStillListed() {
        server.stubFor(get(ACCOUNTS + "/challenges").willReturn(aResponse().withStatus(500)));
        server.stubFor(get(DEMO + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "77b0e4aa-1c2d", "credentialId": "c-9", "expiresAt": %d, "numberMatching": false}]
                """.formatted(IN_87_S))));

        CliFixture.Run pending = device.run("pending");

        assertThat(pending.exitCode()).isEqualTo(1);
        assertThat(pending.err()).isEqualTo("error: " + server.baseUrl() + "/realms/accounts: server_error (HTTP 500): "
                + "HTTP 500 without an error description\n");
        assertThat(pending.out()).contains("1 open sign-in challenge:", "77b0e4aa", "unknown enrolment c-9");
    }

    @Test
    void shortIdsGrowUntilTheyTellTheChallengesApart() {
        server.stubFor(get(ACCOUNTS + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "abcdefgh-1111", "credentialId": "c-1", "expiresAt": %1$d},
                 {"id": "abcdefgh-2222", "credentialId": "c-1", "expiresAt": %1$d}]
                """.formatted(IN_87_S))));
        server.stubFor(get(DEMO + "/challenges").willReturn(aResponse().withStatus(200).withBody("[]")));

        CliFixture.Run pending = device.run("pending");

        assertThat(pending.out()).contains("  abcdefgh-1  ", "  abcdefgh-2  ");
    }

    @Test
    void withoutAccountsNothingIsAsked() throws Exception {
        CliFixture empty = new CliFixture(temp.resolve("empty"));

        CliFixture.Run pending = empty.run("pending");

        assertThat(pending.exitCode()).isZero();
        assertThat(pending.out()).startsWith("No accounts on this device");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
