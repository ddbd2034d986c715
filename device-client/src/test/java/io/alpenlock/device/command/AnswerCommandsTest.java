package io.alpenlock.device.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/** {@code approve}, {@code deny} and {@code not-me}. */
class AnswerCommandsTest {

    static final String ACCOUNTS = "/realms/accounts/alpenlock/device";
    static final String DEMO = "/realms/demo/alpenlock/device";
    static final String MATCHING = "3f9a2c1d-5b7e-4f1a-9c3d-8e2b1a0f9d7c";
    static final String PLAIN = "77b0e4aa-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

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
        server.stubFor(get(ACCOUNTS + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "%s", "credentialId": "c-1", "expiresAt": 1772446640000, "numberMatching": true,
                  "choices": [12, 47, 83], "client": "Demo webmail"}]
                """.formatted(MATCHING))));
        server.stubFor(get(DEMO + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "%s", "credentialId": "c-2", "expiresAt": 1772446640000, "numberMatching": false,
                  "choices": [], "client": "Shop"}]
                """.formatted(PLAIN))));
    }

    void answers(String base, String id, String result) {
        server.stubFor(post(base + "/challenges/" + id).willReturn(aResponse().withStatus(200)
                .withBody("{\"result\":\"" + result + "\"}")));
    }

    /** The one answer sent, checked as the server checks it; returns its body. */
    String onlyAnswer(String base, String id) throws Exception {
        List<LoggedRequest> posts = server.findAll(postRequestedFor(anyUrl()));
        assertThat(posts).hasSize(1);
        LoggedRequest post = posts.get(0);
        assertThat(post.getAbsoluteUrl()).isEqualTo(server.baseUrl() + base + "/challenges/" + id);
        assertThat(post.getHeader("Content-Type")).isEqualTo("application/json");
        CliFixture.verifyProof(post.getHeader("DPoP"), "POST", post.getAbsoluteUrl(), post.getBody(), device.key);
        return post.getBodyAsString();
    }

    @Test
    void approveWithNumberMatchingSendsTheNumberForTheChallengeTheShortIdNames() throws Exception {
        answers(ACCOUNTS, MATCHING, "approved");

        CliFixture.Run approve = device.run("approve", "3f9a2c1d", "--number", "47");

        assertThat(approve.exitCode()).isZero();
        assertThat(approve.out()).isEqualTo("Approved the sign-in of alice@alpenlock.test to Demo webmail.\n");
        assertThat(onlyAnswer(ACCOUNTS, MATCHING)).isEqualTo("{\"action\":\"approve\",\"number\":47}");
    }

    @Test
    void approveWithoutNumberMatchingSendsNoNumberAndTakesTheFullId() throws Exception {
        answers(DEMO, PLAIN, "approved");

        CliFixture.Run approve = device.run("approve", PLAIN);

        assertThat(approve.exitCode()).isZero();
        assertThat(approve.out()).isEqualTo("Approved the sign-in of bob@alpenlock.test to Shop.\n");
        assertThat(onlyAnswer(DEMO, PLAIN)).isEqualTo("{\"action\":\"approve\"}");
    }

    @Test
    void aWrongNumberExitsWith1() throws Exception {
        answers(ACCOUNTS, MATCHING, "wrong_number");

        CliFixture.Run approve = device.run("approve", "3f9a", "--number", "12");

        assertThat(approve.exitCode()).isEqualTo(1);
        assertThat(approve.out()).isEqualTo("Wrong number: the sign-in of alice@alpenlock.test to Demo webmail was "
                + "refused.\n");
        assertThat(onlyAnswer(ACCOUNTS, MATCHING)).isEqualTo("{\"action\":\"approve\",\"number\":12}");
    }

    @Test
    void aChallengeThatIsNoLongerOpenExitsWith1() throws Exception {
        server.stubFor(post(ACCOUNTS + "/challenges/" + MATCHING).willReturn(aResponse().withStatus(404).withBody(
                "{\"error\":\"not_found\",\"error_description\":\"No such challenge\"}")));

        CliFixture.Run deny = device.run("deny", "3f9a2c1d");

        assertThat(deny.exitCode()).isEqualTo(1);
        assertThat(deny.err()).isEqualTo("error: sign-in 3f9a2c1d is no longer open (already answered, expired, or "
                + "not for this device)\n");
        assertThat(onlyAnswer(ACCOUNTS, MATCHING)).isEqualTo("{\"action\":\"deny\"}");
    }

    @Test
    void anIdNoServerListsExitsWith1WithoutAnAnswer() {
        CliFixture.Run approve = device.run("approve", "ffff0000");

        assertThat(approve.exitCode()).isEqualTo(1);
        assertThat(approve.err()).isEqualTo("error: no open sign-in challenge with id ffff0000 (see "
                + "'alpenlock-device pending')\n");
        assertThat(server.findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void denyAndNotMeSendTheirActions() throws Exception {
        answers(DEMO, PLAIN, "denied");
        CliFixture.Run deny = device.run("deny", "77b0");
        assertThat(deny.exitCode()).isZero();
        assertThat(deny.out()).isEqualTo("Denied the sign-in of bob@alpenlock.test to Shop.\n");
        assertThat(onlyAnswer(DEMO, PLAIN)).isEqualTo("{\"action\":\"deny\"}");

        server.resetRequests();
        answers(ACCOUNTS, MATCHING, "not_me");
        CliFixture.Run notMe = device.run("not-me", "3f9a2c1d");
        assertThat(notMe.exitCode()).isZero();
        assertThat(notMe.out()).isEqualTo("Reported the sign-in of alice@alpenlock.test to Demo webmail as not made "
                + "by you; it was refused.\n");
        assertThat(onlyAnswer(ACCOUNTS, MATCHING)).isEqualTo("{\"action\":\"not-me\"}");
    }

    @Test
    void theNumberMustFitTheChallenge() {
        CliFixture.Run missing = device.run("approve", "3f9a2c1d");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: sign-in 3f9a2c1d uses number matching: add --number N with the "
                + "number shown on the sign-in page\nusage: alpenlock-device approve <challenge-id> [--number N]");

        CliFixture.Run needless = device.run("approve", "77b0e4aa", "--number", "47");
        assertThat(needless.exitCode()).isEqualTo(2);
        assertThat(needless.err()).startsWith("error: sign-in 77b0e4aa does not use number matching");

        CliFixture.Run notANumber = device.run("approve", "3f9a2c1d", "--number", "4x");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).startsWith("error: --number must be a whole number");

        assertThat(server.findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void anAmbiguousPrefixIsAUsageError() {
        server.stubFor(get(DEMO + "/challenges").willReturn(aResponse().withStatus(200).withBody("""
                [{"id": "3f9a0000", "credentialId": "c-2", "expiresAt": 1772446640000}]
                """)));

        CliFixture.Run deny = device.run("deny", "3f9a");

        assertThat(deny.exitCode()).isEqualTo(2);
        assertThat(deny.err()).startsWith("error: the id 3f9a fits 2 open sign-in challenges; give more of it");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(ACCOUNTS + "/challenges/" + MATCHING)))).isEmpty();
    }
}
