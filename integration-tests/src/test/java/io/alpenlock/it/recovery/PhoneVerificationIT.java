package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.ServerProfile;
import io.alpenlock.it.support.TwilioMock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * "Alpenlock: verify mobile number" with Keycloak's real Twilio SDK calling a local WireMock: the number as
 * people type it becomes E.164, the SMS carries the code (and nothing else secret), the code proves the
 * number, wrong codes are events and count towards the realm's lockout, and the fourth SMS to one number
 * within ten minutes is refused before Twilio is called.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(910)
class PhoneVerificationIT {

    private static final String PASSWORD = "phone-verification-1";
    private static final Pattern SMS_CODE = Pattern.compile("^(\\d{6}) is your .+ code\\. It expires in 5 minutes\\.");

    @Test
    void aUserProvesTheirMobileNumberWithTheCodeTwilioDelivered(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "phone", r -> r.put("bruteForceProtected", false));
        String user = env.admin().createUser(realm, "phone", PASSWORD, "en");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-phone"));
        FormLoginClient login = signIn(env, realm, user);
        assertThat(login.lastPage()).contains("Verify your mobile number").contains("data-step=\"number\"");

        String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "phoneNumber", "079 123 45 61")));
        assertThat(page).contains("data-step=\"code\"").contains("We sent a code by SMS to +41 •• ••• •• 61.");
        TwilioMock.Sms sms = env.twilio().awaitMessagesTo("+41791234561", 1).get(0);
        assertThat(sms.from()).isEqualTo(TwilioMock.FROM);
        Matcher code = SMS_CODE.matcher(sms.body());
        assertThat(code.find()).as(sms.body()).isTrue();
        assertThat(sms.body()).contains("Alpenlock Accounts").endsWith(" #" + code.group(1));

        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong(code.group(1)))));
        assertThat(page).contains("This code is not right.").contains("data-step=\"code\"");

        HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "verify", "code", code.group(1)));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);

        JsonNode attributes = env.admin().user(realm, user).get("attributes");
        assertThat(attributes.get("phoneNumber").get(0).asText()).isEqualTo("+41791234561");
        assertThat(attributes.get("phoneNumberVerified").get(0).asText()).isEqualTo("true");
        JsonNode updated = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_PROFILE&user=" + user).get(0);
        assertThat(updated.get("details").get("alpenlock_phone").asText()).isEqualTo("+41 •• ••• •• 61");
        JsonNode failed = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_PROFILE_ERROR&user=" + user).get(0);
        assertThat(failed.get("error").asText()).isEqualTo("invalid_user_credentials");
        assertThat(failed.get("details").get("credential_type").asText()).isEqualTo("alpenlock-sms-code");

        String username = env.admin().user(realm, user).get("username").asText();
        MimeMessage mail = env.awaitMailTo(username, "A mobile number was verified");
        assertThat(Mails.plainText(mail)).contains("The mobile number +41 •• ••• •• 61 was verified for your account " + username);
        Mails.assertContainsNone(mail, "+41791234561", "79 123 45 61", code.group(1));
    }

    @Test
    void numbersThatCannotTakeAnSmsAreRefusedWithoutSendingAnything(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "phonebad", r -> { });
        String user = env.admin().createUser(realm, "phonebad", PASSWORD, "de");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-phone"));
        FormLoginClient login = signIn(env, realm, user);
        int before = env.twilio().messages().size();
        Map<String, String> refused = Map.of(
                "044 668 18 00", "Diese Nummer kann keine SMS empfangen.",          // Zurich landline
                "+1 212 555 0100", "An Nummern dieses Landes können wir keine SMS senden.",
                "call me maybe", "Das ist keine Telefonnummer.",
                "", "Geben Sie Ihre Mobilnummer ein.");
        for (Map.Entry<String, String> input : refused.entrySet()) {
            String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "phoneNumber", input.getKey())));
            assertThat(page).as(input.getKey()).contains(input.getValue()).contains("data-step=\"number\"");
        }
        assertThat(env.twilio().messages()).hasSize(before);
        assertThat(env.admin().user(realm, user).get("attributes").has("phoneNumber")).isFalse();
    }

    @Test
    void theFourthSmsToOneNumberWithinTenMinutesIsRefusedBeforeTwilioIsCalled(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "phonebudget", r -> { });
        String number = "+41791234562";
        for (int i = 1; i <= 3; i++) {
            String user = env.admin().createUser(realm, "phonebudget", PASSWORD, "en");
            env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-phone"));
            FormLoginClient login = signIn(env, realm, user);
            String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "phoneNumber", number)));
            assertThat(page).as("SMS %d", i).contains("data-step=\"code\"");
        }
        assertThat(env.twilio().awaitMessagesTo(number, 3)).hasSize(3);

        String user = env.admin().createUser(realm, "phonebudget", PASSWORD, "en");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-phone"));
        FormLoginClient login = signIn(env, realm, user);
        String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "phoneNumber", "079 123 45 62")));
        assertThat(page).contains("Too many SMS were sent to this number or from your network.").contains("data-step=\"number\"");
        Thread.sleep(500);
        assertThat(env.twilio().messagesTo(number)).as("no request reached Twilio").hasSize(3);
        JsonNode refused = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_PROFILE_ERROR&user=" + user).get(0);
        assertThat(refused.get("error").asText()).isEqualTo("alpenlock_sms_budget_exhausted");
    }

    @Test
    void wrongSmsCodesLockTheAccountAndThenEvenTheRightCodeIsRefused(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "phonelock", r -> r.put("bruteForceProtected", true).put("failureFactor", 3)
                .put("permanentLockout", false).put("waitIncrementSeconds", 600).put("maxFailureWaitSeconds", 900));
        String user = env.admin().createUser(realm, "phonelock", PASSWORD, "en");
        env.admin().setRequiredActions(realm, user, List.of("alpenlock-verify-phone"));
        FormLoginClient login = signIn(env, realm, user);
        login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "phoneNumber", "+41 79 123 45 63")));
        String code = RecoveryRealms.codeIn(env.twilio().awaitMessagesTo("+41791234563", 1).get(0).body());
        String first = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong(code))));
        assertThat(first).contains("This code is not right.");
        for (int i = 0; i < 2; i++) {
            // Keycloak's quick-login check may lock already after two failures within a second
            String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", wrong(code))));
            assertThat(page).containsAnyOf("This code is not right.", "your account is locked for a while");
        }
        JsonNode status = awaitLockout(env, realm, user);
        assertThat(status.get("numFailures").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(status.get("disabled").asBoolean()).isTrue();

        String page = login.pageAfter(login.submit(Map.of("alpenlockAction", "verify", "code", code)));
        assertThat(page).contains("your account is locked for a while");
        assertThat(env.admin().user(realm, user).get("attributes").has("phoneNumberVerified")).isFalse();
    }

    @Test
    void replacingAVerifiedNumberTakesTheSecondFactorAgainAndTheEmailNamesBothNumbers(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "phonechange", r -> r.put("bruteForceProtected", false));
        BackupCodeAccounts.Account account = BackupCodeAccounts.withCodes(env, realm, "phonechange", "en");
        env.admin().setVerifiedPhoneNumber(realm, account.id(), "+41791234564");
        DemoClient client = new DemoClient(env.server(), realm);
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        login.pageAfter(login.submit(Map.of("username", account.username(), "password", BackupCodeAccounts.PASSWORD)));
        HttpResponse<String> signedIn = login.submit(Map.of("code", BackupCodeAccounts.appCode(account)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);

        // moments later, from the application: Keycloak asks for the password and the app again first
        String page = login.pageAfter(login.get(client.authorizationUrl(Map.of("kc_action", "alpenlock-verify-phone"))));
        assertThat(page).contains("Please re-authenticate to continue").doesNotContain("alpenlock-verify-phone\"");
        page = login.pageAfter(login.submit(Map.of("password", BackupCodeAccounts.PASSWORD)));
        assertThat(page).contains("alpenlock-app-code-instruction");
        page = login.pageAfter(login.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("data-step=\"number\"").contains("+41791234564");

        page = login.pageAfter(login.submit(Map.of("alpenlockAction", "send", "phoneNumber", "079 123 45 65")));
        String code = RecoveryRealms.codeIn(env.twilio().awaitMessagesTo("+41791234565", 1).get(0).body());
        HttpResponse<String> done = login.submit(Map.of("alpenlockAction", "verify", "code", code));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).contains("kc_action_status=success");
        assertThat(env.admin().user(realm, account.id()).get("attributes").get("phoneNumber").get(0).asText())
                .isEqualTo("+41791234565");
        MimeMessage mail = env.awaitMailTo(account.username(), "A mobile number was verified");
        assertThat(Mails.plainText(mail)).contains("+41 •• ••• •• 65").contains("It replaces +41 •• ••• •• 64");
    }

    @Test
    void aSignInWithoutSecondFactorCannotReplaceAVerifiedNumber(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "phonenofa", r -> r.put("bruteForceProtected", false));
        BackupCodeAccounts.Account account = BackupCodeAccounts.withCodes(env, realm, "phonenofa", "en");
        env.admin().setVerifiedPhoneNumber(realm, account.id(), "+41791234566");
        env.admin().useBuiltInBrowserFlowFor(realm, DemoClient.CLIENT_ID);
        DemoClient client = new DemoClient(env.server(), realm);
        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of("kc_action", "alpenlock-verify-phone")));
        HttpResponse<String> refused = login.submit(Map.of("username", account.username(), "password", BackupCodeAccounts.PASSWORD));
        for (int i = 0; i < 5 && refused.statusCode() == 302; i++) {
            refused = login.get(refused.headers().firstValue("Location").orElseThrow());
        }
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("To replace your verified mobile number, sign in again with your password and your second factor first.");
        assertThat(env.admin().user(realm, account.id()).get("attributes").get("phoneNumber").get(0).asText())
                .isEqualTo("+41791234566");
        JsonNode errors = env.admin().get("/admin/realms/" + realm + "/events?type=UPDATE_PROFILE_ERROR&user=" + account.id());
        assertThat(errors.findValuesAsText("error")).contains("alpenlock_second_factor_not_proved");
    }

    private static FormLoginClient signIn(Environment env, String realm, String userId) {
        String username = env.admin().user(realm, userId).get("username").asText();
        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        login.pageAfter(login.submit(Map.of("username", username, "password", PASSWORD)));
        return login;
    }

    private static String wrong(String code) {
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
