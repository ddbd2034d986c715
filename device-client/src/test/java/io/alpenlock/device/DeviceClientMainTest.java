package io.alpenlock.device;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alpenlock.core.dpop.DpopProofVerifier;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpSecret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the client as a user would, against WireMock standing in for the server, with a temporary state file. */
class DeviceClientMainTest {

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

    @TempDir
    Path temp;
    Path state;
    String link;
    final StringBuilder everything = new StringBuilder();

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        state = temp.resolve("alpenlock").resolve("device.json");
        String realmUrl = server.baseUrl() + "/realms/accounts";
        link = "alpenlock://enroll?r=" + URLEncoder.encode(realmUrl, StandardCharsets.UTF_8) + "&t=" + TOKEN;
    }

    Run run(String... args) {
        return run(Map.of(), args);
    }

    Run run(Map<String, String> variables, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ClientEnvironment environment = new ClientEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), variables, temp.resolve("home"),
                Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
        int exitCode = DeviceClientMain.run(args, environment);
        Run run = new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        everything.append(run.out()).append(run.err());
        return run;
    }

    void enrolmentSucceeds() {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ENROLLED)));
    }

    @Test
    void enrollThenAccountsThenCodesThenUnenroll() throws Exception {
        enrolmentSucceeds();
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(200).withBody("""
                [{"credentialId": "%s", "realm": "accounts", "username": "alice@alpenlock.test",
                  "issuer": "Alpenlock Accounts", "label": "Laptop", "createdAt": 1772446520000}]
                """.formatted(CREDENTIAL_ID))));
        server.stubFor(delete(BASE + "/accounts/" + CREDENTIAL_ID).willReturn(aResponse().withStatus(204)));

        Run enroll = run("--state", state.toString(), "enroll", link, "--label", "Laptop");
        assertThat(enroll.exitCode()).isZero();
        assertThat(enroll.out()).isEqualTo("Enrolled alice@alpenlock.test (Alpenlock Accounts) as Laptop\n");
        assertThat(enroll.err()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo(BASE + "/enrollments"))).get(0);
        new DpopProofVerifier().verify(request.getHeader("DPoP"), "POST", request.getAbsoluteUrl(), request.getBody(),
                NOW);
        assertThat(new ObjectMapper().readTree(request.getBody()).get("platform").asText()).isEqualTo("cli");

        Run accounts = run("--state", state.toString(), "accounts");
        assertThat(accounts.exitCode()).isZero();
        assertThat(accounts.out()).startsWith("1 account on this device (device key ")
                .contains("CREDENTIAL ID", CREDENTIAL_ID, "alice@alpenlock.test", "Alpenlock Accounts", "Laptop",
                        server.baseUrl() + "/realms/accounts");

        Run remote = run("accounts", "--remote", "--state", state.toString());
        assertThat(remote.exitCode()).isZero();
        assertThat(remote.out()).contains("Server " + server.baseUrl() + "/realms/accounts knows 1 enrolment of "
                + "this device key:", "2026-03-02 10:15 UTC").doesNotContain("Not known to the server");
        assertThat(remote.out().lines().filter(l -> l.contains(CREDENTIAL_ID)).toList()).last().asString()
                .endsWith("yes");

        Run codes = run("--state", state.toString(), "codes");
        assertThat(codes.exitCode()).isZero();
        String expected = Totp.code(TotpSecret.fromBase32(SECRET), NOW);
        assertThat(codes.out().lines().toList()).containsExactly(
                "CODE    VALID FOR  USERNAME              ISSUER              LABEL",
                expected + "  10 s       alice@alpenlock.test  Alpenlock Accounts  Laptop");

        Run unenroll = run("--state", state.toString(), "unenroll", CREDENTIAL_ID);
        assertThat(unenroll.exitCode()).isZero();
        assertThat(unenroll.out()).isEqualTo("Unenrolled alice@alpenlock.test (Alpenlock Accounts), Laptop.\n");
        assertThat(server.findAll(deleteRequestedFor(urlEqualTo(BASE + "/accounts/" + CREDENTIAL_ID)))).hasSize(1);

        Run after = run("--state", state.toString(), "accounts");
        assertThat(after.out()).startsWith("No accounts on this device");

        assertThat(everything).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(Files.readString(state)).contains("\"deviceKey\"").doesNotContain(SECRET);
    }

    @Test
    void theStateFileComesFromTheEnvironmentWhenNoOptionIsGiven() {
        enrolmentSucceeds();

        Run enroll = run(Map.of("ALPENLOCK_DEVICE_STATE", state.toString()), "enroll", link);

        assertThat(enroll.exitCode()).isZero();
        assertThat(state).exists();
        assertThat(temp.resolve("home")).doesNotExist();
    }

    @Test
    void theDefaultStateFileIsInTheHomeDirectory() {
        enrolmentSucceeds();

        assertThat(run("enroll", link).exitCode()).isZero();

        assertThat(temp.resolve("home/.alpenlock/device.json")).exists();
    }

    @Test
    void theDefaultLabelNamesTheDeviceKey() throws Exception {
        enrolmentSucceeds();

        run("--state", state.toString(), "enroll", link, "--platform", "other", "--push-token", "fcm-1");

        LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo(BASE + "/enrollments"))).get(0);
        var body = new ObjectMapper().readTree(request.getBody());
        assertThat(body.get("label").asText()).matches("Device client [A-Za-z0-9_-]{8}");
        assertThat(body.get("platform").asText()).isEqualTo("other");
        assertThat(body.get("pushToken").asText()).isEqualTo("fcm-1");
    }

    @Test
    void aRefusedEnrolmentExitsWith1AndPrintsTheServersErrorAndStoresNoAccount() throws Exception {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(400).withBody("""
                {"error": "invalid_request", "error_description": "The enrolment link is invalid, used or expired"}
                """)));

        Run enroll = run("--state", state.toString(), "enroll", link);

        assertThat(enroll.exitCode()).isEqualTo(1);
        assertThat(enroll.out()).isEmpty();
        assertThat(enroll.err()).isEqualTo(
                "error: invalid_request (HTTP 400): The enrolment link is invalid, used or expired\n");
        assertThat(run("--state", state.toString(), "accounts").out()).startsWith("No accounts on this device");
        assertThat(Files.readString(state)).contains("\"deviceKey\"");
    }

    @Test
    void unenrollOfAnEnrolmentTheServerNoLongerKnowsRemovesItHereWithANote() {
        enrolmentSucceeds();
        server.stubFor(delete(BASE + "/accounts/" + CREDENTIAL_ID).willReturn(aResponse().withStatus(404).withBody(
                "{\"error\":\"not_found\",\"error_description\":\"No such enrolment for this device key\"}")));
        run("--state", state.toString(), "enroll", link);

        Run unenroll = run("--state", state.toString(), "unenroll", CREDENTIAL_ID);

        assertThat(unenroll.exitCode()).isZero();
        assertThat(unenroll.out()).contains("The server no longer knows this enrolment of alice@alpenlock.test",
                "removed it from this device");
        assertThat(run("--state", state.toString(), "codes").out()).startsWith("No accounts on this device");
    }

    @Test
    void unenrollKeepsTheAccountWhenTheServerFails() {
        enrolmentSucceeds();
        server.stubFor(delete(BASE + "/accounts/" + CREDENTIAL_ID).willReturn(aResponse().withStatus(500)));
        run("--state", state.toString(), "enroll", link);

        Run unenroll = run("--state", state.toString(), "unenroll", CREDENTIAL_ID);

        assertThat(unenroll.exitCode()).isEqualTo(1);
        assertThat(unenroll.err()).startsWith("error: server_error (HTTP 500)");
        assertThat(run("--state", state.toString(), "accounts").out()).contains(CREDENTIAL_ID);
    }

    @Test
    void unenrollOfAnUnknownIdExitsWith1() {
        Run unenroll = run("--state", state.toString(), "unenroll", "nope");

        assertThat(unenroll.exitCode()).isEqualTo(1);
        assertThat(unenroll.err()).contains("no account with credential id nope on this device");
    }

    @Test
    void accountsRemoteShowsEnrolmentsTheServerNoLongerKnows() {
        enrolmentSucceeds();
        server.stubFor(get(BASE + "/accounts").willReturn(aResponse().withStatus(200).withBody("[]")));
        run("--state", state.toString(), "enroll", link);

        Run remote = run("--state", state.toString(), "accounts", "--remote");

        assertThat(remote.exitCode()).isZero();
        assertThat(remote.out()).contains("knows 0 enrolments of this device key.",
                "Not known to the server (removed in the account's 2FA settings?): " + CREDENTIAL_ID);
    }

    @Test
    void aStateFileOtherUsersCanReadIsRefused() throws Exception {
        enrolmentSucceeds();
        run("--state", state.toString(), "enroll", link);
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rw-r--r--"));

        Run codes = run("--state", state.toString(), "codes");

        assertThat(codes.exitCode()).isEqualTo(1);
        assertThat(codes.err()).contains("other users may access it", "chmod 600");
        assertThat(codes.out()).isEmpty();
    }

    @Test
    void badArgumentsExitWith2AndTheUsage() {
        List<List<String>> bad = List.of(
                List.of(),
                List.of("frobnicate"),
                List.of("enroll"),
                List.of("enroll", "https://example.org"),
                List.of("enroll", link, "--colour", "red"),
                List.of("enroll", link, "--label"),
                List.of("enroll", link, "--label", "a", "--label", "b"),
                List.of("accounts", "extra"),
                List.of("unenroll"),
                List.of("--timeout", "0", "codes"),
                List.of("--state"));
        for (List<String> args : bad) {
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s", args).isEqualTo(2);
            assertThat(run.err()).as("%s", args).startsWith("error: ");
            assertThat(run.out()).as("%s", args).isEmpty();
        }
        assertThat(run("enroll").err()).isEqualTo("""
                error: missing <link>
                usage: alpenlock-device enroll <link> [--label NAME] [--platform cli] [--push-token TOKEN]
                Run 'alpenlock-device help' for the commands and options.
                """);
        assertThat(run("enroll", "alpenlock://enroll?r=ftp%3A%2F%2Fa%2Frealms%2Fx&t=" + TOKEN).err())
                .startsWith("error: invalid enrolment link: the realm URL (r) must be an http or https URL")
                .doesNotContain(TOKEN);
        assertThat(run(link).err()).contains("no command given before the link").doesNotContain(TOKEN);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void helpListsEveryCommandAndExitsWith0() {
        Run help = run("help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("enroll <link>", "accounts [--remote]", "unenroll <credentialId>", "codes",
                "--state FILE", "--timeout SECONDS", "exit codes: 0 success");
        assertThat(run("--help").out()).isEqualTo(help.out());
        assertThat(run("help", "unenroll").out()).startsWith("usage: alpenlock-device unenroll <credentialId>");
        assertThat(run("codes", "--help").exitCode()).isZero();
    }

    @Test
    void helpListsThePushApprovalCommands() {
        Run help = run("help");

        assertThat(help.out()).contains(
                "connect <realm-url> [--label NAME] [--push-token TOKEN] [--timeout SECONDS]",
                "pending\n",
                "approve <challenge-id> [--number N]",
                "deny <challenge-id>",
                "not-me <challenge-id>",
                "watch [--interval MS] [--auto] [--once]",
                "push-token <token|--clear>",
                "rotate-key\n");
        assertThat(run("approve", "--help").out()).startsWith(
                "usage: alpenlock-device approve <challenge-id> [--number N]\n");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsReported() {
        server.stubFor(post(BASE + "/enrollments").willReturn(aResponse().withStatus(201).withBody(ENROLLED)
                .withFixedDelay(2500)));

        Run enroll = run("--state", state.toString(), "--timeout", "1", "enroll", link);

        assertThat(enroll.exitCode()).isEqualTo(1);
        assertThat(enroll.err()).isEqualTo("error: timeout: no answer from " + server.baseUrl() + " within 1 s\n");
    }
}
