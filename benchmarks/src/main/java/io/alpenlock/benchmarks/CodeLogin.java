package io.alpenlock.benchmarks;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Password, then a 6-digit code on the next page: Keycloak's own OTP form ({@code kc-otp-login-form}, field
 * {@code otp}) or our app code step ({@code alpenlock-app-code-form}, field {@code code}). Each login takes a user
 * from a {@link TotpUserPool} so that no code is submitted twice.
 */
final class CodeLogin implements LoginScenario {

    private final Mode mode;
    private final String realmUrl;
    private final String password;
    private final TotpUserPool users;
    private final String formId;
    private final String field;
    private final SecureRandom random = new SecureRandom();

    private CodeLogin(Mode mode, String realmUrl, String password, TotpUserPool users, String formId, String field) {
        this.mode = mode;
        this.realmUrl = realmUrl;
        this.password = password;
        this.users = users;
        this.formId = formId;
        this.field = field;
    }

    static CodeLogin stockOtp(String realmUrl, String password, TotpUserPool users) {
        return new CodeLogin(Mode.STOCK_OTP, realmUrl, password, users, "kc-otp-login-form", "otp");
    }

    static CodeLogin appCode(String realmUrl, String password, TotpUserPool users) {
        return new CodeLogin(Mode.APP_CODE, realmUrl, password, users, "alpenlock-app-code-form", "code");
    }

    @Override
    public Mode mode() {
        return mode;
    }

    TotpUserPool users() {
        return users;
    }

    @Override
    public LoginOutcome login(int virtualUser, Browser browser) throws InterruptedException {
        Optional<TotpUserPool.Lease> lease = users.take(Instant.now());
        if (lease.isEmpty()) {
            return LoginOutcome.stall();
        }
        long start = System.nanoTime();
        try {
            AuthorizationRequest request = AuthorizationRequest.create(realmUrl, random);
            Browser.Page codePage = LoginScenario.signInWithPassword(browser, request, lease.get().user().username(),
                    password);
            HtmlForm form = HtmlForm.find(codePage.body(), formId)
                    .orElseThrow(() -> new LoginScenario.StepFailed("after the password: " + codePage.describe()));
            Browser.Page done = browser.post(form.action(), form.with(Map.of(field, lease.get().code())));
            if (done.status() != 302 || !request.isSuccessfulRedirect(done.location())) {
                return LoginOutcome.error(start, "after the code: " + done.describe());
            }
            return LoginOutcome.ok(start, null);
        } catch (LoginScenario.StepFailed e) {
            return LoginOutcome.error(start, e.getMessage());
        } catch (IOException e) {
            return LoginOutcome.error(start, "I/O: " + e.getClass().getSimpleName());
        }
    }
}
