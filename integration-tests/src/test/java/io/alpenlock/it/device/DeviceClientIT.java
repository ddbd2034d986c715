package io.alpenlock.it.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.alpenlock.device.ClientEnvironment;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reference device client against the real server: enrol from the link on the page, list the
 * accounts, sign in with the code it shows, unenrol. Exactly what the demo walkthrough does.
 */
@AlpenlockIT
@Order(61)
class DeviceClientIT {

    private static final String PASSWORD = DeviceEnrollmentIT.PASSWORD;
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Test
    void referenceClientEnrolsListsShowsTheCodeThatSignsInAndUnenrols(Environment env, Browser browser) throws Exception {
        Path state = Files.createTempDirectory("alpenlock-device").resolve("device.json");
        String id = env.admin().createUser("accounts", "client", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        DemoClient client = new DemoClient(env.server());
        String token = DeviceEnrollmentIT.openEnrolmentPage(env, browser, client, id, username);
        String link = "alpenlock://enroll?r=" + java.net.URLEncoder.encode(env.server().realmUrl("accounts"), StandardCharsets.UTF_8)
                + "&t=" + token;

        Run enrolled = run(state, "enroll", link, "--label", "Reference client");
        assertThat(enrolled.exit()).as(enrolled.output()).isZero();
        assertThat(enrolled.output()).contains("Enrolled " + username);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");
        browser.awaitCallback(client);

        Run accounts = run(state, "accounts", "--remote");
        assertThat(accounts.exit()).as(accounts.output()).isZero();
        assertThat(accounts.output()).contains(username).contains("Reference client");

        Run codes = run(state, "codes");
        Matcher code = CODE.matcher(codes.output());
        assertThat(code.find()).as(codes.output()).isTrue();
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
        browser.useAppCode();
        browser.type(By.id("code"), code.group(1));
        browser.click(By.id("kc-login"));
        browser.awaitCallback(client);

        String credentialId = env.admin().get("/admin/realms/accounts/users/" + id + "/credentials")
                .findParents("type").stream().filter(c -> c.get("type").asText().equals("alpenlock-app"))
                .findFirst().orElseThrow().get("id").asText();
        Run unenrolled = run(state, "unenroll", credentialId);
        assertThat(unenrolled.exit()).as(unenrolled.output()).isZero();
        assertThat(env.admin().get("/admin/realms/accounts/users/" + id + "/credentials").findValuesAsText("type"))
                .doesNotContain("alpenlock-app");
    }

    /**
     * The walkthrough's push part with the reference client: connect from the "phone" (OIDC in the
     * browser, consent), then answer sign-ins with pending/approve and with watch --auto.
     */
    @Test
    void referenceClientConnectsFromThePhoneAndApprovesSignIns(Environment env, Browser browser) throws Exception {
        Path state = Files.createTempDirectory("alpenlock-device").resolve("device.json");
        String id = env.admin().createUser("accounts", "clientpush", PASSWORD, "en");
        String username = env.admin().user("accounts", id).get("username").asText();
        browser.forgetCookies();

        ByteArrayOutputStream connectOut = new ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Integer> connecting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> runWith(state, connectOut, InputStream.nullInputStream(),
                        "connect", env.server().realmUrl("accounts"), "--label", "CLI phone", "--timeout", "60"));
        String url = awaitLine(connectOut, "Open this URL in a browser: ");
        browser.signIn(url, username, PASSWORD);
        browser.await(d -> d.getPageSource().contains("Add this device as your Alpenlock sign-in app") ? true : null);
        browser.click(By.id("kc-login")); // "Yes" on the consent page
        assertThat(connecting.get(30, java.util.concurrent.TimeUnit.SECONDS)).as(connectOut.toString(StandardCharsets.UTF_8)).isZero();

        // pending + approve, one step at a time
        FormLoginClient login = signIn(env, username);
        Run pending = run(state, "pending");
        assertThat(pending.exit()).as(pending.output()).isZero();
        assertThat(pending.output()).contains("Alpenlock Webmail (demo)");
        String challengeId = shortIdOfTheOnlyRow(pending.output());
        Run approved = run(state, "approve", challengeId, "--number", number(login.lastPage()));
        assertThat(approved.exit()).as(approved.output()).isZero();
        assertThat(login.submit(Map.of("alpenlockPushAction", "check")).statusCode()).isEqualTo(302);

        // watch --auto with the number a person reads on the page
        FormLoginClient second = signIn(env, username);
        String line = username + " " + number(second.lastPage()) + "\n";
        ByteArrayOutputStream watchOut = new ByteArrayOutputStream();
        int exit = runWith(state, watchOut, new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                "watch", "--auto", "--interval", "100");
        assertThat(exit).as(watchOut.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(second.submit(Map.of("alpenlockPushAction", "check")).statusCode()).isEqualTo(302);

        // watch --instant: no polling (one look a minute), the long poll brings the sign-in at once
        java.io.PipedOutputStream typing = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(typing);
        ByteArrayOutputStream instantOut = new ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Integer> watching = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> runWith(state, instantOut, stdin, "watch", "--auto", "--instant", "--interval", "60000"));
        Thread.sleep(1500); // the watch's first look (nothing yet) and its long poll are under way
        FormLoginClient third = signIn(env, username);
        typing.write((username + " " + number(third.lastPage()) + "\n").getBytes(StandardCharsets.UTF_8));
        typing.flush();
        int status = 0;
        for (int i = 0; i < 50 && status != 302; i++) {
            Thread.sleep(100);
            status = third.submit(Map.of("alpenlockPushAction", "check")).statusCode();
        }
        assertThat(status).as(instantOut.toString(StandardCharsets.UTF_8)).isEqualTo(302);
        typing.close();
        assertThat(watching.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
    }

    private static FormLoginClient signIn(Environment env, String username) {
        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server()).authorizationUrl(Map.of()));
        login.submit(Map.of("username", username, "password", PASSWORD));
        assertThat(login.lastPage()).contains("alpenlock-push-number");
        return login;
    }

    private static String number(String page) {
        Matcher matcher = Pattern.compile("id=\"alpenlock-push-number\"[^>]*>(\\d\\d)<").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The first column of the one row under the table header of {@code pending}. */
    private static String shortIdOfTheOnlyRow(String output) {
        List<String> lines = java.util.Arrays.stream(output.split("\n")).map(String::strip).toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("ID ")).findFirst().orElseThrow(
                () -> new AssertionError("no table in " + output)));
        assertThat(lines.size()).as(output).isGreaterThan(header + 1);
        return lines.get(header + 1).strip().split("\\s+")[0];
    }

    private static String awaitLine(ByteArrayOutputStream out, String prefix) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (l.startsWith(prefix)) {
                    return l.substring(prefix.length()).strip();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line starting with " + prefix + " in " + out.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path state, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = runWith(state, out, InputStream.nullInputStream(), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private static int runWith(Path state, ByteArrayOutputStream out, InputStream in, String... args) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ClientEnvironment environment = new ClientEnvironment(print, print, Map.of(), state.getParent(),
                Clock.systemUTC(), new SecureRandom(), in);
        List<String> all = new java.util.ArrayList<>(List.of("--state", state.toString()));
        all.addAll(List.of(args));
        return DeviceClientMain.run(all.toArray(String[]::new), environment);
    }
}
