package io.alpenlock.it.backup;

import static io.alpenlock.it.backup.BackupCodeAccounts.CREDENTIAL_TYPE;
import static io.alpenlock.it.backup.BackupCodeAccounts.PASSWORD;
import static io.alpenlock.it.backup.BackupCodeAccounts.atBackupCodeStep;
import static io.alpenlock.it.backup.BackupCodeAccounts.codesOn;
import static io.alpenlock.it.backup.BackupCodeAccounts.pageAfter;
import static io.alpenlock.it.backup.BackupCodeAccounts.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts.Account;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Signing in with backup codes on the real server: every code once, in any order and however it is typed;
 * the user learns how many are left, is warned at two, must store a new set at none; one of ten concurrent
 * submissions of a code wins; wrong codes are events and lead to the realm's brute-force lock-out.
 */
@AlpenlockIT
@Order(76)
class BackupCodeLoginIT {

    /** Positions in the order the codes are used, and how each one is typed. */
    private static final int[] ORDER = {7, 2, 9, 0, 5, 3, 8, 1, 6, 4};

    /**
     * In a copy of the accounts realm without brute-force protection: the used codes tried again on
     * purpose would otherwise lock the user (that is tested below), which hides what this test is about.
     */
    @Test
    void everyCodeSignsInOnceInAnyOrderAndTheUserLearnsHowManyAreLeft(Environment env) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("bclogin", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "bcorder", "en");
        DemoClient client = new DemoClient(env.server(), realm);

        for (int n = 0; n < ORDER.length; n++) {
            String code = account.codes().get(ORDER[n]);
            int left = 9 - n;
            FormLoginClient login = atBackupCodeStep(account, client);
            String page = pageAfter(login, login.submit(Map.of("code", typed(code, n))));

            if (left == 0) {
                // the last code: a new set must be stored before the sign-in goes on; here the user walks away
                assertThat(page).contains("data-mode=\"NONE_LEFT\"").contains("You have used all your backup codes");
                assertThat(codesOn(page)).hasSize(10).doesNotContainAnyElementsOf(account.codes());
                break;
            }
            BackupCodeAccounts.Status status = status(page);
            assertThat(status.remaining()).isEqualTo(left);
            assertThat(status.state()).isEqualTo(left <= 2 ? "RUNNING_LOW" : "CODES_LEFT");
            assertThat(page).contains("You signed in with a backup code");
            if (left > 2) {
                assertThat(page).contains("You have " + left + " backup codes left.").doesNotContain("alpenlock-backup-codes-new-set");
            } else {
                assertThat(page).contains(left == 1 ? "Only 1 backup code is left" : "Only 2 backup codes are left")
                        .contains("alpenlock-backup-codes-new-set");
            }
            HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "continue"));
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);

            JsonNode loginEvent = BackupCodeAccounts.events(env, account, "LOGIN").get(0);
            assertThat(loginEvent.get("details").get("credential_type").asText()).isEqualTo(CREDENTIAL_TYPE);
            assertThat(loginEvent.get("details").get("alpenlock_codes_remaining").asText()).isEqualTo(String.valueOf(left));

            if (n == 0) {
                // the same code a second time, typed exactly as shown: refused
                FormLoginClient again = atBackupCodeStep(account, client);
                HttpResponse<String> reused = again.submit(Map.of("code", code));
                assertThat(reused.statusCode()).isEqualTo(200);
                assertThat(reused.body()).contains("not valid or has already been used");
            }
        }

        // none left, and the new set was not stored: the next sign-in (with the app) requires a new set
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        pageAfter(login, login.submit(Map.of("username", account.username(), "password", PASSWORD)));
        String page = pageAfter(login, login.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("data-mode=\"NONE_LEFT\"").doesNotContain("name=\"cancel-aia\"");
        List<String> newCodes = codesOn(page);
        HttpResponse<String> notTicked = login.submit(Map.of("alpenlockAction", "store"));
        assertThat(notTicked.statusCode()).isEqualTo(200);
        assertThat(notTicked.body()).contains("tick the box");
        assertThat(codesOn(notTicked.body())).as("the same codes again").isEqualTo(newCodes);
        HttpResponse<String> continued = login.submit(Map.of("alpenlockAction", "continue"));
        assertThat(codesOn(pageAfter(login, continued))).as("no way past without storing").isEqualTo(newCodes);
        HttpResponse<String> stored = login.submit(Map.of("alpenlockAction", "store", "alpenlockStored", "on"));
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(stored.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);

        JsonNode regenerated = BackupCodeAccounts.events(env, account, "UPDATE_CREDENTIAL").get(0);
        assertThat(regenerated.get("details").get("credential_type").asText()).isEqualTo(CREDENTIAL_TYPE);
        assertThat(regenerated.get("details").get("alpenlock_backup_codes").asText()).isEqualTo("regenerated");
        assertThat(regenerated.get("details").get("alpenlock_codes_remaining").asText()).isEqualTo("10");
        assertThat(BackupCodeAccounts.credentialTypes(env, realm, account.id())).containsOnlyOnce(CREDENTIAL_TYPE);
        // a code of the new set signs in
        Account renewed = new Account(realm, account.id(), account.username(), account.app(), newCodes);
        BackupCodeAccounts.signInWithCode(env, renewed, newCodes.get(3).toLowerCase(Locale.ROOT), client);
    }

    /** Ten sign-ins submit the same code at the same moment: exactly one gets in. */
    @Test
    void aCodeSubmittedTenTimesAtOnceSignsInExactlyOnce(Environment env) throws Exception {
        String realm = env.admin().createRealmLikeAccounts("bcrace", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "bcrace", "en");
        DemoClient client = new DemoClient(env.server(), realm);
        List<FormLoginClient> logins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            logins.add(atBackupCodeStep(account, client));
        }
        String code = account.codes().get(4);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (FormLoginClient login : logins) {
            Callable<HttpResponse<String>> submit = () -> {
                start.await();
                return login.submit(Map.of("code", code));
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.statusCode() == 302).as("sign-ins that went on").hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).as("sign-ins told the code is not valid").hasSize(9)
                .allSatisfy(r -> assertThat(r.body()).contains("not valid or has already been used"));
        int winner = 0;
        while (responses.get(winner).statusCode() != 302) {
            winner++;
        }
        assertThat(status(pageAfter(logins.get(winner), responses.get(winner))).remaining()).isEqualTo(9);
        JsonNode errors = BackupCodeAccounts.events(env, account, "LOGIN_ERROR");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(9);
    }

    /**
     * In the demo realm (10 failures, then 60 s and more): wrong codes, one a second (faster failures lock
     * at once, as Keycloak's quick-login check wants), each counted once and recorded as an event. Locked,
     * even a right code is refused unread, and it still works once an administrator lifts the lock.
     */
    @Test
    void wrongCodesLeadToTheRealmsLockOutAndAreRecordedAsEvents(Environment env) throws Exception {
        Account account = BackupCodeAccounts.withCodes(env, "accounts", "bcwrong", "de");
        FormLoginClient login = atBackupCodeStep(env, account);
        List<String> wrong = List.of("AAAA-BBBB-CCCC-DDDD", "hello", "x".repeat(200), account.codes().get(0).substring(0, 18),
                "2222-3333-4444-5555", "ABCD EFGH JKLM NPQ9", "' OR '1'='1", "", "QQQQ-QQQQ-QQQQ-QQQQ", "7777777777777777");
        for (String code : wrong) {
            HttpResponse<String> refused = login.submit(Map.of("code", code));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).as(code).contains("Dieser Backup-Code ist ungültig oder wurde bereits verwendet");
            Thread.sleep(1_100);
        }
        assertThat(BackupCodeAccounts.awaitFailures(env, "accounts", account.id(), 10)).as("failures counted").isEqualTo(10);
        JsonNode attack = env.admin().get("/admin/realms/accounts/attack-detection/brute-force/users/" + account.id());
        assertThat(attack.get("disabled").asBoolean()).as("locked out").isTrue();

        HttpResponse<String> locked = login.submit(Map.of("code", account.codes().get(1)));
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("Zu viele falsche Versuche");

        JsonNode errors = BackupCodeAccounts.events(env, account, "LOGIN_ERROR");
        List<JsonNode> invalid = new ArrayList<>();
        errors.forEach(e -> {
            if ("invalid_user_credentials".equals(e.get("error").asText())) {
                invalid.add(e);
            }
        });
        assertThat(invalid).hasSize(10).allSatisfy(e ->
                assertThat(e.get("details").get("credential_type").asText()).isEqualTo(CREDENTIAL_TYPE));
        assertThat(errors.get(0).get("error").asText()).isEqualTo("user_temporarily_disabled");
        assertThat(errors.get(0).get("details").get("credential_type").asText()).isEqualTo(CREDENTIAL_TYPE);

        // the right code tried while locked was not used up
        assertThat(env.admin().delete("/admin/realms/accounts/attack-detection/brute-force/users/" + account.id()).status())
                .isEqualTo(204);
        String page = pageAfter(login, login.submit(Map.of("code", account.codes().get(1))));
        assertThat(status(page).remaining()).isEqualTo(9);
        assertThat(page).contains("Sie haben noch 9 Backup-Codes.");
    }

    /** As shown, lower case, without separators, with spaces: all the same code. */
    private static String typed(String code, int n) {
        return switch (n % 4) {
            case 0 -> code;
            case 1 -> code.toLowerCase(Locale.ROOT);
            case 2 -> code.replace("-", "");
            default -> "  " + code.replace("-", " ").toLowerCase(Locale.ROOT) + " ";
        };
    }
}
