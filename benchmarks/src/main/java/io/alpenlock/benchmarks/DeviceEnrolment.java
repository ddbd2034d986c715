package io.alpenlock.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Puts the Alpenlock app on a push user the way a person does: sign in (the user has the required action
 * {@code alpenlock-enroll-app}), read the enrolment link under the QR code, give it to the reference device client
 * ({@code enroll <link>}, all users into one state file: one app, several accounts), then let the page go on (its
 * form, which the page's script submits once the app is connected).
 */
final class DeviceEnrolment {

    private final List<String> cliCommand;
    private final Path stateFile;

    DeviceEnrolment(List<String> cliCommand, Path stateFile) {
        this.cliCommand = cliCommand;
        this.stateFile = stateFile;
    }

    void enrol(String realmUrl, BenchUser user, String password) throws IOException, InterruptedException {
        Browser browser = new Browser();
        AuthorizationRequest request = AuthorizationRequest.create(realmUrl, new SecureRandom());
        Browser.Page page;
        try {
            page = LoginScenario.signInWithPassword(browser, request, user.username(), password);
        } catch (LoginScenario.StepFailed e) {
            throw new IllegalStateException("Enrolling " + user.username() + ": " + e.getMessage());
        }
        String link = Html.elementText(page.body(), "alpenlock-enroll-link")
                .orElseThrow(() -> new IllegalStateException("Enrolling " + user.username()
                        + ": no enrolment link after the password (" + page.describe() + ")"));
        List<String> command = new ArrayList<>(cliCommand);
        command.addAll(List.of("--state", stateFile.toString(), "enroll", link, "--label", "Bench phone"));
        Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!cli.waitFor(60, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            cli.destroyForcibly();
            throw new IllegalStateException("Enrolling " + user.username() + ": the device client said: " + output);
        }
        HtmlForm form = HtmlForm.find(page.body(), "alpenlock-enroll-form")
                .orElseThrow(() -> new IllegalStateException("Enrolling " + user.username() + ": no form on the page"));
        Browser.Page done = browser.post(form.action(), form.with(Map.of()));
        // the first second factor brings the one-time backup-codes page: tick "stored safely" and continue
        java.util.Optional<HtmlForm> codes = done.status() == 200
                ? HtmlForm.find(done.body(), "alpenlock-backup-codes-form") : java.util.Optional.empty();
        if (codes.isPresent()) {
            done = browser.post(codes.get().action(), codes.get().with(Map.of("alpenlockStored", "on", "continue", "")));
        }
        if (done.status() != 302 || !request.isSuccessfulRedirect(done.location())) {
            throw new IllegalStateException("Enrolling " + user.username() + ": after the app connected, "
                    + done.describe());
        }
    }
}
