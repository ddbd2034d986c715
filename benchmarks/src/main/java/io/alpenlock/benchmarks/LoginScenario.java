package io.alpenlock.benchmarks;

import java.io.IOException;

/** One way of signing in, done from start to the final redirect by one virtual user with its own browser. */
interface LoginScenario {

    Mode mode();

    /** One login; never throws for what the server answers (that is an error outcome). */
    LoginOutcome login(int virtualUser, Browser browser) throws InterruptedException;

    /** The password step both kinds of login share: the login page, then username and password. */
    static Browser.Page signInWithPassword(Browser browser, AuthorizationRequest request, String username,
            String password) throws IOException, InterruptedException, StepFailed {
        browser.forgetCookies();
        Browser.Page loginPage = browser.get(request.url());
        HtmlForm form = HtmlForm.find(loginPage.body(), "kc-form-login")
                .orElseThrow(() -> new StepFailed("login page: " + loginPage.describe()));
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("username", username);
        typed.put("password", password);
        Browser.Page next = browser.post(form.action(), form.with(typed));
        return followWithinRealm(browser, request, next);
    }

    /** Redirects to the realm's own pages (for example a required action) are followed, as a browser does. */
    static Browser.Page followWithinRealm(Browser browser, AuthorizationRequest request, Browser.Page page)
            throws IOException, InterruptedException {
        Browser.Page current = page;
        for (int hops = 0; hops < 5 && (current.status() == 302 || current.status() == 303)
                && current.location() != null && current.location().startsWith(request.realmUrl() + "/"); hops++) {
            current = browser.get(current.location());
        }
        return current;
    }

    /** A login that went somewhere else than expected; the message says where (never a secret). */
    final class StepFailed extends Exception {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }
}
