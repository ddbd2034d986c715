package io.alpenlock.it.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpParameters;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;

/**
 * Test users with backup codes, made the way a person gets them but without a browser: set up an
 * authenticator app, then store the codes the next page shows. Also the sign-in steps the tests repeat.
 */
public final class BackupCodeAccounts {

    public static final String PASSWORD = "backup-codes-password-1";
    static final String CREDENTIAL_TYPE = "alpenlock-backup-codes";
    static final Pattern CODE = Pattern.compile("<code class=\"alpenlock-backup-code\">([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})</code>");
    private static final Pattern SECRET = Pattern.compile("id=\"alpenlock-totp-app-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern BACKUP_ALTERNATIVE = Pattern.compile(
            "id=\"alpenlock-app-code-use-backup-code\".*?name=\"authenticationExecution\" value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Map<String, Set<Long>> USED_STEPS = new ConcurrentHashMap<>();
    private static final Pattern STATUS = Pattern.compile("id=\"alpenlock-backup-codes-status\" data-state=\"([A-Z_]+)\" data-remaining=\"(\\d+)\"");

    /** A user with an authenticator app and a stored set of codes. */
    public record Account(String realm, String id, String username, TotpSecret app, List<String> codes) {
    }

    /** What the backup-codes status page says. */
    record Status(String state, int remaining) {
    }

    private BackupCodeAccounts() {
    }

    public static Account withCodes(Environment env, String realm, String prefix, String locale) {
        String id = env.admin().createUser(realm, prefix, PASSWORD, locale);
        String username = env.admin().user(realm, id).get("username").asText();
        env.admin().setRequiredActions(realm, id, List.of("alpenlock-configure-totp-app"));
        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        String page = pageAfter(login, login.submit(Map.of("username", username, "password", PASSWORD)));
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("authenticator app set-up page").isTrue();
        TotpSecret app = TotpSecret.fromBase32(secret.group(1).replace(" ", ""));
        long step = Instant.now().getEpochSecond() / 30;
        USED_STEPS.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(step);
        page = pageAfter(login, login.submit(Map.of("code", Totp.codeAt(app, step, TotpParameters.DEFAULT), "label", "Phone")));
        List<String> codes = codesOn(page);
        assertThat(codes).as("codes page after the app set-up").hasSize(10);
        HttpResponse<String> stored = login.submit(Map.of("alpenlockAction", "store", "alpenlockStored", "on"));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
        assertThat(stored.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);
        return new Account(realm, id, username, app, codes);
    }

    /**
     * A code of the user's authenticator app for a 30-second step later than every code used so far: the
     * server takes each step once and never an earlier one (one step either side of now is accepted). Waits
     * for the next step when the current and the next are used up.
     */
    public static String appCode(Account account) {
        Set<Long> used = USED_STEPS.computeIfAbsent(account.id(), k -> ConcurrentHashMap.newKeySet());
        while (true) {
            long now = Instant.now().getEpochSecond() / 30;
            long latest = used.stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
            for (long step : new long[] {now, now + 1}) {
                if (step > latest && used.add(step)) {
                    return Totp.codeAt(account.app(), step, TotpParameters.DEFAULT);
                }
            }
            try {
                Thread.sleep((now + 1) * 30_000 - Instant.now().toEpochMilli() + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The codes (as shown, ABCD-EFGH-…) on a codes page. */
    static List<String> codesOn(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** Signs in with the password and switches from the app-code step to "Use a backup code". */
    static FormLoginClient atBackupCodeStep(Environment env, Account account) {
        return atBackupCodeStep(account, new DemoClient(env.server(), account.realm()));
    }

    static FormLoginClient atBackupCodeStep(Account account, DemoClient client) {
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        String page = pageAfter(login, login.submit(Map.of("username", account.username(), "password", PASSWORD)));
        page = pageAfter(login, login.submit(Map.of("authenticationExecution", backupAlternative(page))));
        assertThat(page).contains("alpenlock-backup-code-form");
        return login;
    }

    /** The execution id behind "Lost your phone? Use a backup code" on the app-code page. */
    static String backupAlternative(String page) {
        Matcher alternative = BACKUP_ALTERNATIVE.matcher(page);
        assertThat(alternative.find()).as("\"Lost your phone?\" on the app-code page").isTrue();
        return alternative.group(1);
    }

    /** Signs in with a code from start to end and returns the client's callback URL. */
    static String signInWithCode(Environment env, Account account, String code, DemoClient client) {
        FormLoginClient login = atBackupCodeStep(account, client);
        String page = pageAfter(login, login.submit(Map.of("code", code)));
        assertThat(status(page).state()).isIn("CODES_LEFT", "RUNNING_LOW");
        HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "continue"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        String callback = done.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(DemoClient.REDIRECT_URI);
        return callback;
    }

    /** The page a response shows, following Keycloak's redirects within the login (not to the client). */
    static String pageAfter(FormLoginClient login, HttpResponse<String> response) {
        return login.pageAfter(response);
    }

    static Status status(String page) {
        Matcher matcher = STATUS.matcher(page);
        assertThat(matcher.find()).as("backup-codes status page").isTrue();
        return new Status(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    /** The user's LOGIN events, newest first. */
    static JsonNode events(Environment env, Account account, String type) {
        return env.admin().get("/admin/realms/" + account.realm() + "/events?type=" + type + "&user=" + account.id());
    }

    static List<String> credentialTypes(Environment env, String realm, String id) {
        List<String> types = new ArrayList<>();
        env.admin().get("/admin/realms/" + realm + "/users/" + id + "/credentials").forEach(c -> types.add(c.get("type").asText()));
        return types;
    }

    /** Keycloak records brute-force failures in the background: waits up to 10 s for at least {@code expected}. */
    static int awaitFailures(Environment env, String realm, String id, int expected) throws InterruptedException {
        int failures = 0;
        for (int i = 0; i < 100; i++) {
            failures = env.admin().get("/admin/realms/" + realm + "/attack-detection/brute-force/users/" + id).get("numFailures").asInt();
            if (failures >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        return failures;
    }
}
