package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.ServerProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * "Alpenlock: verify recovery e-mail": the code travels by e-mail (GreenMail) to the typed address and proves it;
 * wrong codes are events and count towards the realm's lockout; a code works once even when sent twice at the same
 * moment; an expired code is refused; bad input is explained and changes nothing; replacing a verified address takes
 * the second factor again and tells both addresses.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(917)
class RecoveryEmailVerificationIT {

    private static final String PASSWORD = "recovery-email-1";
    private static final String CODE_SUBJECT = "your code for your recovery e-mail address";

    @Test
    void aUserProvesTheirRecoveryAddressWithTheMailedCodeWhichWorksOnlyOnce(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recmail", r -> r.put("bruteForceProtected", false));
        String user = env.admin().createUser(realm, "recmail", PASSWORD, "en");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-recovery-email"));
        FormLoginClient login = signIn(env, realm, user);
        assertThat(login.lastPage()).contains("Verify your recovery e-mail address").contains("data-step=\"address\"");

        String address = "second-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "recoveryEmail", " " + address + " ")));
        assertThat(page).contains("data-step=\"code\"")
                .contains("We sent a code by e-mail to " + RecoveryRealms.masked(address) + ".");
        MimeMessage mail = env.awaitMailTo(address, CODE_SUBJECT);
        String code = RecoveryRealms.emailCodeIn(Mails.plainText(mail));
        assertThat(Mails.plainText(mail)).contains("It works for 5 minutes and only once.");
        assertThat(env.mailsTo(env.admin().user(realm, user).get("email").asText())).as("nothing to the login address").isEmpty();

        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong(code))));
        assertThat(page).contains("This code is not right. Check the e-mail and try again.").contains("data-step=\"code\"");

        List<HttpResponse<String>> both = login.submitTwiceAtOnce(Map.of("alpenlockAction", "verify", "code", code));
        long accepted = both.stream().filter(r -> r.statusCode() == 302
                && r.headers().firstValue("Location").orElse("").startsWith(DemoClient.REDIRECT_URI)).count();
        assertThat(accepted).as("the same code sent twice at once is accepted once").isEqualTo(1);
        assertThat(both).allSatisfy(r -> assertThat(r.statusCode()).isLessThan(500));

        JsonNode attributes = env.admin().user(realm, user).get("attributes");
        assertThat(attributes.get("recoveryEmail").get(0).asText()).isEqualTo(address);
        assertThat(attributes.get("recoveryEmailVerified").get(0).asText()).isEqualTo("true");
        JsonNode updated = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_PROFILE&user=" + user).get(0);
        assertThat(updated.get("details").get("alpenlock_recovery_email").asText()).isEqualTo(RecoveryRealms.masked(address));
        JsonNode failed = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_PROFILE_ERROR&user=" + user).get(0);
        assertThat(failed.get("error").asText()).isEqualTo("invalid_user_credentials");
        assertThat(failed.get("details").get("credential_type").asText()).isEqualTo("alpenlock-email-code");
    }

    @Test
    void wrongCodesLockTheAccountAndThenEvenTheRightCodeIsRefused(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "reclock", r -> r.put("bruteForceProtected", true).put("failureFactor", 3)
                .put("permanentLockout", false).put("waitIncrementSeconds", 600).put("maxFailureWaitSeconds", 900));
        String user = env.admin().createUser(realm, "reclock", PASSWORD, "en");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-recovery-email"));
        FormLoginClient login = signIn(env, realm, user);
        String address = "lock-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "recoveryEmail", address)));
        String code = RecoveryRealms.emailCodeIn(Mails.plainText(env.awaitMailTo(address, CODE_SUBJECT)));
        for (int i = 0; i < 3; i++) {
            String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong(code))));
            assertThat(page).containsAnyOf("This code is not right.", "your account is locked for a while");
        }
        JsonNode status = awaitLockout(env, realm, user);
        assertThat(status.get("disabled").asBoolean()).isTrue();

        String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", code)));
        assertThat(page).contains("your account is locked for a while");
        assertThat(env.admin().user(realm, user).get("attributes").has("recoveryEmailVerified")).isFalse();
    }

    @Test
    void anExpiredCodeIsRefusedAndANewOneWorks(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recexp", r -> r.put("bruteForceProtected", false));
        RecoveryRealms.recoveryEmailSettings(env, realm, Map.of("alpenlock.sms.codeLifetimeSeconds", "30",
                "alpenlock.sms.resendCooldownSeconds", "10"));
        String user = env.admin().createUser(realm, "recexp", PASSWORD, "en");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-recovery-email"));
        FormLoginClient login = signIn(env, realm, user);
        String address = "exp-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "recoveryEmail", address)));
        MimeMessage first = env.awaitMailTo(address, CODE_SUBJECT);
        String code = RecoveryRealms.emailCodeIn(Mails.plainText(first));

        Thread.sleep(31_000);
        String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", code)));
        assertThat(page).contains("This code has expired. Ask for a new one.");

        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "resend")));
        assertThat(page).contains("A new code is on its way. The previous one no longer works.");
        List<MimeMessage> mails = Mails.await(env, address, 2);
        String second = RecoveryRealms.emailCodeIn(Mails.plainText(mails.get(1)));
        HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "verify", "code", second));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(env.admin().user(realm, user).get("attributes").get("recoveryEmailVerified").get(0).asText()).isEqualTo("true");
    }

    @Test
    void badAddressesAreExplainedAndNothingIsSentOrStored(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recbad", r -> { });
        String user = env.admin().createUser(realm, "recbad", PASSWORD, "en");
        String loginAddress = env.admin().user(realm, user).get("email").asText();
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-recovery-email"));
        FormLoginClient login = signIn(env, realm, user);
        int mailsBefore = env.mail().getReceivedMessages().length;
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("", "Enter your recovery e-mail address.");
        refused.put("not-an-address", "This is not an e-mail address.");
        refused.put("<script>alert(1)</script>@example.org", "This is not an e-mail address.");
        refused.put("a@b@example.org", "This is not an e-mail address.");
        refused.put("x".repeat(1000) + "@example.org", "This address is too long (254 characters at most).");
        refused.put(loginAddress.toUpperCase(), "This is your login address. Enter another one");
        for (Map.Entry<String, String> input : refused.entrySet()) {
            HttpResponse<String> response = login.submit(Map.of("alpenlockAction", "send", "recoveryEmail", input.getKey()));
            assertThat(response.statusCode()).as(input.getKey()).isEqualTo(200);
            assertThat(response.body()).as(input.getKey()).contains(input.getValue()).contains("data-step=\"address\"")
                    .doesNotContain("<script>alert(1)");
        }
        Thread.sleep(500);
        assertThat(env.mail().getReceivedMessages()).as("no e-mail sent").hasSize(mailsBefore);
        assertThat(env.admin().user(realm, user).get("attributes").has("recoveryEmail")).isFalse();
    }

    @Test
    void replacingAVerifiedAddressTakesTheSecondFactorAgainAndTellsBothAddresses(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recchange", r -> r.put("bruteForceProtected", false));
        BackupCodeAccounts.Account account = BackupCodeAccounts.withCodes(env, realm, "recchange", "en");
        String old = "old-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        RecoveryRealms.setVerifiedRecoveryEmail(env, realm, account.id(), old);
        DemoClient client = new DemoClient(env.server(), realm);
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        login.pageAfter(login.submit(Map.of("username", account.username(), "password", BackupCodeAccounts.PASSWORD)));
        HttpResponse<String> signedIn = login.submit(Map.of("code", BackupCodeAccounts.appCode(account)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);

        String page = login.pageAfter(login.get(client.authorizationUrl(Map.of("kc_action", "alpenlock-verify-recovery-email"))));
        assertThat(page).contains("Please re-authenticate to continue");
        page = login.pageAfter(login.submit(Map.of("password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains("alpenlock-app-code-instruction");
        page = login.pageAfter(login.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("data-step=\"address\"").contains(old);

        String now = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "recoveryEmail", now)));
        String code = RecoveryRealms.emailCodeIn(Mails.plainText(env.awaitMailTo(now, CODE_SUBJECT)));
        HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "verify", "code", code));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).contains("kc_action_status=success");
        assertThat(env.admin().user(realm, account.id()).get("attributes").get("recoveryEmail").get(0).asText()).isEqualTo(now);

        for (String to : List.of(old, now)) {
            MimeMessage changed = env.awaitMailTo(to, "recovery e-mail address of your");
            assertThat(Mails.plainText(changed)).as(to)
                    .contains("is now " + RecoveryRealms.masked(now) + ". It replaces " + RecoveryRealms.masked(old));
            Mails.assertContainsNone(changed, code);
        }
    }

    private static FormLoginClient signIn(Environment env, String realm, String userId) {
        String username = env.admin().user(realm, userId).get("username").asText();
        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        login.pageAfter(login.submit(Map.of("username", username, "password", PASSWORD)));
        return login;
    }

    static String wrong(String code) {
        return code.charAt(0) == '9' ? "1" + code.substring(1) : (char) (code.charAt(0) + 1) + code.substring(1);
    }

    private static JsonNode awaitLockout(Environment env, String realm, String user) throws InterruptedException {
        JsonNode status = null;
        for (int i = 0; i < 100; i++) {
            status = env.admin().get("/admin/realms/" + realm + "/attack-detection/brute-force/users/" + user);
            if (status.get("disabled").asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        return status;
    }
}
