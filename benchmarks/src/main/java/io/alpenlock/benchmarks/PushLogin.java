package io.alpenlock.benchmarks;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Password, then "approve in your app" with number matching, as a browser and a person do it: the page's script
 * starts its long poll ({@code waitUrl}, no cookies) as soon as the page is there, the person picks the page's number
 * in the app ({@link DeviceWatch}), the script polls again while the answer is {@code pending} and, as soon as it is
 * not, submits {@code alpenlock-push-form}, which ends in the redirect to the client. Virtual user {@code i} is push
 * user {@code i}: a user has one sign-in at a time, as people do.
 */
final class PushLogin implements LoginScenario {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z_]+)\"");
    private static final Duration WAIT_TIMEOUT = Duration.ofSeconds(40);
    private static final Duration ANSWER_LINE_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_WAIT_REQUESTS = 20;

    private final String realmUrl;
    private final String password;
    private final List<BenchUser> users;
    private final SecureRandom random = new SecureRandom();
    private volatile DeviceWatch device;

    PushLogin(String realmUrl, String password, List<BenchUser> users) {
        this.realmUrl = realmUrl;
        this.password = password;
        this.users = users;
    }

    /** The phone that answers during this phase (the watch process is started per push phase). */
    void useDevice(DeviceWatch device) {
        this.device = device;
    }

    @Override
    public Mode mode() {
        return Mode.PUSH;
    }

    @Override
    public LoginOutcome login(int virtualUser, Browser browser) throws InterruptedException {
        BenchUser user = users.get(virtualUser % users.size());
        DeviceWatch phone = device;
        long start = System.nanoTime();
        try {
            AuthorizationRequest request = AuthorizationRequest.create(realmUrl, random);
            Browser.Page page = LoginScenario.signInWithPassword(browser, request, user.username(), password);
            PushPage push = PushPage.parse(page.body()).filter(PushPage::isWaiting)
                    .orElseThrow(() -> new StepFailed("after the password: " + page.describe()
                            + PushPage.parse(page.body()).map(p -> " state " + p.state()).orElse("")));
            if (push.number() == null) {
                throw new StepFailed("the push page shows no number (number matching is expected on)");
            }
            var wait = browser.fetchWithoutCookies(push.waitUrl(), WAIT_TIMEOUT);
            phone.pickNumber(user.username(), push.number());
            String status = awaitNotPending(browser, push.waitUrl(), wait);
            long waitEndedAt = System.currentTimeMillis();
            Browser.Page done = browser.post(push.form().action(), push.form().with(Map.of()));
            if (done.status() != 302 || !request.isSuccessfulRedirect(done.location())) {
                phone.forget(user.username());
                return LoginOutcome.error(start, "after the wait (" + status + "): " + done.describe());
            }
            Optional<DeviceWatch.Answer> answer = phone.awaitAnswer(user.username(), ANSWER_LINE_TIMEOUT);
            if (answer.isEmpty() || !answer.get().approved()) {
                return LoginOutcome.error(start, "redirected, but the device client printed no timestamped approval"
                        + " (a device client built before `watch --auto` printed the time?)");
            }
            return LoginOutcome.ok(start, new LoginOutcome.PushTimings(page.receivedAtMillis(),
                    answer.get().at().toEpochMilli(), waitEndedAt, done.receivedAtMillis()));
        } catch (StepFailed e) {
            return LoginOutcome.error(start, e.getMessage());
        } catch (IOException e) {
            return LoginOutcome.error(start, "I/O: " + e.getClass().getSimpleName());
        }
    }

    /** The page script's loop: fetch again while pending (or after a failed fetch, a second later). */
    private static String awaitNotPending(Browser browser, String waitUrl,
            java.util.concurrent.CompletableFuture<Browser.Page> first) throws InterruptedException, StepFailed {
        var wait = first;
        for (int i = 0; i < MAX_WAIT_REQUESTS; i++) {
            try {
                Browser.Page answer = wait.get();
                Matcher status = STATUS.matcher(answer.body());
                if (answer.status() == 200 && status.find() && !status.group(1).equals("pending")) {
                    return status.group(1);
                }
            } catch (ExecutionException | CompletionException e) {
                Thread.sleep(1000);
            }
            wait = browser.fetchWithoutCookies(waitUrl, WAIT_TIMEOUT);
        }
        throw new StepFailed("the wait stayed pending for " + MAX_WAIT_REQUESTS + " requests");
    }
}
