package io.alpenlock.it.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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

    private record Run(int exit, String output) {
    }

    private static Run run(Path state, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ClientEnvironment environment = new ClientEnvironment(print, print, Map.of(), state.getParent(),
                Clock.systemUTC(), new SecureRandom());
        List<String> all = new java.util.ArrayList<>(List.of("--state", state.toString()));
        all.addAll(List.of(args));
        int exit = DeviceClientMain.run(all.toArray(String[]::new), environment);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }
}
