package io.alpenlock.device.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    static final String ACCOUNTS = "/realms/accounts/alpenlock/device";
    static final String DEMO = "/realms/demo/alpenlock/device";
    static final String MATCHING = "3f9a2c1d-5b7e-4f1a-9c3d-8e2b1a0f9d7c";
    static final String PLAIN = "77b0e4aa-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String MATCHING_JSON = """
            {"id": "%s", "credentialId": "c-1", "expiresAt": 1772446640000, "numberMatching": true,
             "choices": [12, 47, 83], "client": "Demo webmail", "browser": "Chrome 131", "os": "Linux",
             "ipAddress": "127.0.0.1", "location": "Bern, Switzerland"}
            """.formatted(MATCHING);
    static final String PLAIN_JSON = """
            {"id": "%s", "credentialId": "c-2", "expiresAt": 1772446607000, "numberMatching": false,
             "choices": [], "client": "Shop", "browser": "Firefox 133", "os": "Windows", "ipAddress": "10.0.0.7"}
            """.formatted(PLAIN);

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
        server.stubFor(post(ACCOUNTS + "/challenges/" + MATCHING).willReturn(aResponse().withStatus(200)
                .withBody("{\"result\":\"approved\"}")));
        server.stubFor(post(DEMO + "/challenges/" + PLAIN).willReturn(aResponse().withStatus(200)
                .withBody("{\"result\":\"approved\"}")));
    }

    void challenges(String base, String... json) {
        server.stubFor(get(base + "/challenges").willReturn(aResponse().withStatus(200)
                .withBody("[" + String.join(",", json) + "]")));
    }

    /** The answers sent, in order, each checked as the server checks it: "path body". */
    List<String> answers() throws Exception {
        List<String> answers = new java.util.ArrayList<>();
        for (LoggedRequest post : server.findAll(postRequestedFor(anyUrl()))) {
            CliFixture.verifyProof(post.getHeader("DPoP"), "POST", post.getAbsoluteUrl(), post.getBody(), device.key);
            answers.add(post.getUrl().replaceAll(".*/challenges/", "") + " " + post.getBodyAsString());
        }
        return answers;
    }

    static PipedOutputStream pipeInto(PipedInputStream in) throws Exception {
        return new PipedOutputStream(in);
    }

    static void type(PipedOutputStream stdin, String line) throws Exception {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    void awaitAnswers(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.findAll(postRequestedFor(anyUrl())).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void interactiveModeShowsEachNewSignInAndSendsWhatIsTyped() throws Exception {
        challenges(ACCOUNTS, MATCHING_JSON);
        challenges(DEMO, PLAIN_JSON);

        CliFixture.Run watch = device.run(new ByteArrayInputStream("47\na\n".getBytes(StandardCharsets.UTF_8)),
                "watch", "--once");

        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out().lines().toList()).containsExactly(
                "Sign-in 3f9a2c1d for alice@alpenlock.test: Demo webmail, Chrome 131 / Linux, 127.0.0.1, "
                        + "Bern, Switzerland, expires in 120 s, number matching (choices 12 47 83)",
                "  Number to approve (d deny, n not me, empty skip):   Approved the sign-in of alice@alpenlock.test "
                        + "to Demo webmail.",
                "Sign-in 77b0e4aa for bob@alpenlock.test: Shop, Firefox 133 / Windows, 10.0.0.7, expires in 87 s",
                "  Approve? (a approve, d deny, n not me, empty skip):   Approved the sign-in of bob@alpenlock.test "
                        + "to Shop.");
        assertThat(answers()).containsExactly(
                MATCHING + " {\"action\":\"approve\",\"number\":47}",
                PLAIN + " {\"action\":\"approve\"}");
    }

    @Test
    void interactiveModeDeniesReportsOrSkips() throws Exception {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"result\":\"denied\"}")));
        challenges(ACCOUNTS,
                "{\"id\": \"a-1\", \"credentialId\": \"c-1\", \"expiresAt\": 1772446600000, \"numberMatching\": false}",
                "{\"id\": \"a-2\", \"credentialId\": \"c-1\", \"expiresAt\": 1772446610000, \"numberMatching\": false}",
                "{\"id\": \"a-3\", \"credentialId\": \"c-1\", \"expiresAt\": 1772446620000, \"numberMatching\": false}");
        challenges(DEMO);

        CliFixture.Run watch = device.run(new ByteArrayInputStream("d\nn\n\n".getBytes(StandardCharsets.UTF_8)),
                "watch", "--once");

        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out()).contains("Skipped.");
        assertThat(answers()).containsExactly("a-1 {\"action\":\"deny\"}", "a-2 {\"action\":\"not-me\"}");
    }

    @Test
    void autoModeApprovesASignInWithoutNumberMatchingAtOnceAndWaitsForTheNumberOfTheOther() throws Exception {
        challenges(ACCOUNTS, MATCHING_JSON);
        challenges(DEMO, PLAIN_JSON);

        CliFixture.Run watch = device.run("watch", "--auto", "--once");

        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out()).contains("Sign-in 3f9a2c1d for alice@alpenlock.test",
                "Sign-in 77b0e4aa for bob@alpenlock.test", "  Approved the sign-in of bob@alpenlock.test to Shop.");
        assertThat(answers()).containsExactly(PLAIN + " {\"action\":\"approve\"}");
    }

    @Test
    void autoModeApprovesWithTheNumberOfALineThatComesAfterTheSignIn() throws Exception {
        challenges(ACCOUNTS, MATCHING_JSON);
        challenges(DEMO);
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream stdin = pipeInto(in);

        CliFixture.Background watch = device.start(in, "watch", "--auto", "--interval", "100");
        watch.awaitLine(line -> line.startsWith("Sign-in 3f9a2c1d for alice@alpenlock.test"));
        type(stdin, "bob@alpenlock.test 47");
        type(stdin, "alice@alpenlock.test 47");
        watch.awaitLine(line -> line.contains("Approved the sign-in of alice@alpenlock.test"));
        stdin.close();

        CliFixture.Run run = watch.result().get(10, TimeUnit.SECONDS);
        assertThat(run.exitCode()).isZero();
        assertThat(answers()).containsExactly(MATCHING + " {\"action\":\"approve\",\"number\":47}");
    }

    @Test
    void autoModeEndsEachResultLineWithTheTimeTheServersAnswerArrived() throws Exception {
        challenges(ACCOUNTS, MATCHING_JSON);
        challenges(DEMO, PLAIN_JSON);

        CliFixture.Run watch = device.run(
                new ByteArrayInputStream("alice@alpenlock.test 47\n".getBytes(StandardCharsets.UTF_8)),
                "watch", "--auto", "--interval", "60000");

        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out().lines().filter(line -> line.startsWith("  ")).toList()).containsExactlyInAnyOrder(
                "  Approved the sign-in of bob@alpenlock.test to Shop. (at 2026-03-02T10:15:20.000Z)",
                "  Approved the sign-in of alice@alpenlock.test to Demo webmail. (at 2026-03-02T10:15:20.000Z)");
    }

    @Test
    void autoModeKeepsANumberThatComesBeforeItsSignInAndUsesOnlyANumberTheSignInOffers() throws Exception {
        server.stubFor(get(ACCOUNTS + "/challenges").inScenario("login").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        server.stubFor(get(ACCOUNTS + "/challenges").inScenario("login").whenScenarioStateIs("started")
                .willReturn(aResponse().withStatus(200).withBody("[" + MATCHING_JSON + "]")));
        challenges(DEMO);
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream stdin = pipeInto(in);

        CliFixture.Background watch = device.start(in, "watch", "--auto", "--interval", "100");
        type(stdin, "ALICE@alpenlock.test 83");
        type(stdin, "alice@alpenlock.test 99");
        type(stdin, "not a number line");
        watch.awaitLine(line -> line.equals("Noted a number for alice@alpenlock.test; waiting for the sign-in."));
        Thread.sleep(150);
        assertThat(answers()).isEmpty();
        server.setScenarioState("login", "started");
        watch.awaitLine(line -> line.contains("Approved the sign-in of alice@alpenlock.test"));
        stdin.close();

        CliFixture.Run run = watch.result().get(10, TimeUnit.SECONDS);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: ignored an input line (expected '<username> <number>')");
        assertThat(answers()).containsExactly(MATCHING + " {\"action\":\"approve\",\"number\":83}");
    }

    @Test
    void autoModeReportsASignInThatIsNoLongerOpenAndGoesOn() throws Exception {
        challenges(ACCOUNTS);
        challenges(DEMO, PLAIN_JSON);
        server.stubFor(post(DEMO + "/challenges/" + PLAIN).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"not_found\",\"error_description\":\"No such challenge\"}")));

        CliFixture.Run watch = device.run("watch", "--auto");

        assertThat(watch.exitCode()).isZero();
        assertThat(watch.err()).contains("error: sign-in 77b0e4aa is no longer open");
    }

    @Test
    void autoModeEndsWhenTheInputEnds() throws Exception {
        challenges(ACCOUNTS);
        challenges(DEMO);

        CliFixture.Run watch = device.run("watch", "--auto", "--interval", "60000");

        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out()).isEmpty();
    }

    @Test
    void pollingUsesOneKeptAliveConnectionAndNeverAsksARealmTwiceAtOnce() throws Exception {
        try (StubServer stub = new StubServer()) {
            for (String realm : List.of("a", "b")) {
                stub.on("GET /realms/" + realm + "/alpenlock/device/challenges", r -> new StubServer.Answer(200, "[]"));
            }
            CliFixture local = new CliFixture(temp.resolve("local")).withAccounts(
                    CliFixture.account(stub.realm("a"), "c-1", "alice@alpenlock.test"),
                    CliFixture.account(stub.realm("b"), "c-2", "bob@alpenlock.test"));
            PipedInputStream in = new PipedInputStream();
            PipedOutputStream stdin = pipeInto(in);

            CliFixture.Background watch = local.start(in, "watch", "--auto", "--interval", "50");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (stub.requests().size() < 8 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stdin.close();
            assertThat(watch.result().get(10, TimeUnit.SECONDS).exitCode()).isZero();

            assertThat(stub.requests()).hasSizeGreaterThanOrEqualTo(8);
            Set<Integer> connections = stub.requests().stream().map(StubServer.Request::clientPort)
                    .collect(Collectors.toSet());
            assertThat(connections).hasSize(1);
            assertThat(stub.maxConcurrentRequestsPerPath()).isEqualTo(1);
            for (StubServer.Request request : stub.requests()) {
                CliFixture.verifyProof(request.header("DPoP"), "GET", request.url(), request.body(), local.key);
            }
        }
    }

    @Test
    void withoutAccountsThereIsNothingToWatch() {
        CliFixture.Run watch = new CliFixture(temp.resolve("empty")).run("watch", "--once");

        assertThat(watch.exitCode()).isEqualTo(1);
        assertThat(watch.err()).startsWith("error: no accounts on this device: nothing to watch");
    }

    @Test
    void aBadIntervalIsAUsageError() {
        CliFixture.Run watch = device.run("watch", "--interval", "10");

        assertThat(watch.exitCode()).isEqualTo(2);
        assertThat(watch.err()).startsWith("error: --interval must be whole milliseconds from 50 to 600000");
    }
}
