package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;

/**
 * The mailbox page ({@code /realms/{realm}/alpenlock-mailboxes/}) driven without a browser: signs in through the
 * realm's login (the page sends the browser there and back), then posts its forms with the page's form token.
 */
final class MailboxPage {

    private static final Pattern TOKEN = Pattern.compile("name=\"alpenlockToken\" value=\"([^\"]+)\"");

    private final FormLoginClient http = new FormLoginClient();
    private final String url;
    private String page;

    MailboxPage(Environment env, String realm) {
        this.url = env.server().baseUrl() + "/realms/" + realm + "/alpenlock-mailboxes/";
    }

    static String url(Environment env, String realm) {
        return env.server().baseUrl() + "/realms/" + realm + "/alpenlock-mailboxes/";
    }

    /** Opens the page, signs in on the login page it leads to, and returns the page. */
    MailboxPage signIn(String username, String password) {
        HttpResponse<String> login = follow(http.get(url));
        assertThat(login.body()).as("the login page").contains("name=\"password\"");
        HttpResponse<String> back = follow(http.submit(Map.of("username", username, "password", password)));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("id=\"alpenlock-mailboxes\"");
        page = back.body();
        return this;
    }

    /** True when the password signs in (the page opens), false when the login page refuses it. */
    static boolean signsIn(Environment env, String realm, String username, String password) {
        MailboxPage p = new MailboxPage(env, realm);
        p.follow(p.http.get(p.url));
        HttpResponse<String> after = p.follow(p.http.submit(Map.of("username", username, "password", password)));
        return after.statusCode() == 200 && after.body().contains("id=\"alpenlock-mailboxes\"");
    }

    String reload() {
        HttpResponse<String> r = follow(http.get(url));
        assertThat(r.statusCode()).isEqualTo(200);
        page = r.body();
        return page;
    }

    String page() {
        return page;
    }

    /** Posts a form of the page with its token; returns the answer (status and page). */
    HttpResponse<String> post(Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("alpenlockToken", token());
        all.values().removeIf(v -> v == null);
        HttpResponse<String> r = http.submit(all);
        if (r.statusCode() == 200) {
            page = r.body();
        }
        return r;
    }

    HttpResponse<String> link(String address, String password) {
        return post(Map.of("action", "link", "address", address, "password", password));
    }

    HttpResponse<String> change(String address, String password, boolean unify) {
        Map<String, String> fields = new HashMap<>(Map.of("action", "change", "address", address,
                "password-new", password, "password-confirm", password));
        if (unify) {
            fields.put("unify", "on");
        }
        return post(fields);
    }

    HttpResponse<String> separate(String address) {
        return post(Map.of("action", "separate", "address", address));
    }

    String token() {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the page has a form token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 8 && current.statusCode() / 100 == 3; i++) {
            current = http.get(current.headers().firstValue("Location").orElseThrow());
        }
        return current;
    }
}
