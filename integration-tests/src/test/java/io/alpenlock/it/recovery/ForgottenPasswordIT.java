package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts;
import io.alpenlock.it.backup.BackupCodeAccounts.Account;
import io.alpenlock.it.support.AdminApi;
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
 * The demo realm's forgotten-password flow ("alpenlock reset credentials"): after the login identifier the
 * person picks a channel the account really has (e-mail link, SMS code through the real Twilio SDK to a local
 * WireMock); an account with a second factor must pass it before the new password; an identifier that
 * matches no account gets the same pages and no SMS.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(911)
class ForgottenPasswordIT {

    private static final Pattern FORGOT_LINK = Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final String NEW_PASSWORD = "a-new-password-2026";

    @Test
    void anSmsResetStillAsksForTheSecondFactorBeforeTheNewPassword(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "resetsms", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "resetsms", "en");
        env.admin().setVerifiedPhoneNumber(realm, account.id(), "+41791234571");
        DemoClient client = new DemoClient(env.server(), realm);

        FormLoginClient reset = forgotPassword(env, client);
        String page = reset.pageAfter(reset.submit(Map.of("username", account.username())));
        assertThat(page).contains("How should we check it is you?").contains("Send a code by SMS")
                .contains("+41 •• ••• •• 71").contains("Send a link by e-mail");

        page = reset.pageAfter(reset.submit(Map.of("channel", "sms")));
        assertThat(page).contains("We sent a code by SMS to +41 •• ••• •• 71.");
        String code = RecoveryRealms.codeIn(env.twilio().awaitMessagesTo("+41791234571", 1).get(0).body());

        page = reset.pageAfter(reset.submit(Map.of("code", code)));
        assertThat(page).as("the second factor comes before any new password")
                .contains("alpenlock-app-code-instruction").doesNotContain("password-new");
        page = reset.pageAfter(reset.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = reset.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);

        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        page = login.pageAfter(login.submit(Map.of("username", account.username(), "password", NEW_PASSWORD)));
        assertThat(page).as("new password accepted, second factor next").contains("alpenlock-app-code-instruction");

        // the account's owner hears of it by e-mail, with no code in it
        MimeMessage changed = env.awaitMailTo(account.username(), "password");
        assertThat(changed.getSubject()).contains("password was reset");
        Mails.assertContainsNone(changed, code, NEW_PASSWORD);
    }

    @Test
    void anIdentifierWithoutAccountGetsTheSamePagesAndNoSms(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "resetnone", r -> r.put("bruteForceProtected", false));
        DemoClient client = new DemoClient(env.server(), realm);
        int smsBefore = env.twilio().messages().size();
        String unknown = null;
        String page = null;
        FormLoginClient reset = null;
        for (int i = 0; i < 20 && unknown == null; i++) {
            String candidate = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
            reset = forgotPassword(env, client);
            page = reset.pageAfter(reset.submit(Map.of("username", candidate)));
            assertThat(page).contains("How should we check it is you?").contains("Send a link by e-mail");
            if (page.contains("Send a code by SMS")) {
                unknown = candidate;
            }
        }
        assertThat(unknown).as("about 60% of unknown identifiers are offered an SMS").isNotNull();
        assertThat(page).containsPattern("\\+41 •• ••• •• \\d\\d");
        assertThat(page).as("the identifier typed is shown as it is for an account").contains(unknown);

        // asked again, the same identifier gets the same offer
        FormLoginClient again = forgotPassword(env, client);
        String second = again.pageAfter(again.submit(Map.of("username", unknown)));
        assertThat(maskedPhone(second)).isEqualTo(maskedPhone(page));

        page = reset.pageAfter(reset.submit(Map.of("channel", "sms")));
        assertThat(page).contains("We sent a code by SMS to " + maskedPhone(second) + ".");
        HttpResponse<String> wrong = reset.submit(Map.of("code", "123456"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("This code is not right.");
        Thread.sleep(300);
        assertThat(env.twilio().messages()).as("no SMS for an unknown identifier").hasSize(smsBefore);
    }

    @Test
    void whenTwilioFailsThePageSaysSoAndStillOffersTheEmail(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "resetdown", r -> r.put("bruteForceProtected", false));
        String userId = env.admin().createUser(realm, "resetdown", "old-password-2026", "fr");
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234573");
        String username = env.admin().user(realm, userId).get("username").asText();
        env.twilio().failFor("+41791234573");

        FormLoginClient reset = forgotPassword(env, new DemoClient(env.server(), realm));
        reset.pageAfter(reset.submit(Map.of("username", username)));
        String page = reset.pageAfter(reset.submit(Map.of("channel", "sms")));
        assertThat(page).contains("Le SMS n&#39;a pas pu être envoyé pour l&#39;instant.")
                .contains("Envoyer un lien par e-mail").doesNotContain("Service unavailable").doesNotContain("20500");
        reset.pageAfter(reset.submit(Map.of("channel", "email")));
        assertThat(Mails.plainText(env.awaitMailTo(username))).contains("/login-actions/action-token?");
        JsonNode failed = env.admin().get("/admin/realms/" + realm + "/events?user=" + userId);
        assertThat(failed.findValuesAsText("error")).contains("alpenlock_sms_not_sent");
    }

    /** A fourth SMS to one number within ten minutes is refused for an unknown identifier too, with the same page. */
    @Test
    void theSmsBudgetLooksTheSameForRealAndUnknownIdentifiers(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "resetbudget", r -> r.put("bruteForceProtected", false));
        String userId = env.admin().createUser(realm, "resetbudget", "old-password-2026", "en");
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234572");
        String real = env.admin().user(realm, userId).get("username").asText();
        DemoClient client = new DemoClient(env.server(), realm);
        String unknown = unknownWithDecoyPhone(env, client);

        for (String identifier : new String[] {real, unknown}) {
            for (int i = 1; i <= 4; i++) {
                FormLoginClient reset = forgotPassword(env, client);
                reset.pageAfter(reset.submit(Map.of("username", identifier)));
                String page = reset.pageAfter(reset.submit(Map.of("channel", "sms")));
                if (i < 4) {
                    assertThat(page).as("%s, SMS %d", identifier, i).contains("We sent a code by SMS to");
                } else {
                    assertThat(page).as("%s, SMS 4", identifier)
                            .contains("Too many SMS were sent to this number or from your network.")
                            .contains("How should we check it is you?");
                }
            }
        }
        assertThat(env.twilio().messagesTo("+41791234572")).hasSize(3);
    }

    @Test
    void theEmailChannelSendsKeycloaksResetLink(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "resetmail", r -> r.put("bruteForceProtected", false));
        String userId = env.admin().createUser(realm, "resetmail", "old-password-2026", "en");
        String username = env.admin().user(realm, userId).get("username").asText();
        DemoClient client = new DemoClient(env.server(), realm);

        FormLoginClient reset = forgotPassword(env, client);
        String page = reset.pageAfter(reset.submit(Map.of("username", username)));
        assertThat(page).contains("Send a link by e-mail").doesNotContain("Send a code by SMS");
        page = reset.pageAfter(reset.submit(Map.of("channel", "email")));
        assertThat(page).contains("You should receive an email shortly with further instructions.");

        MimeMessage mail = env.awaitMailTo(username, "Reset password");
        Matcher link = Pattern.compile("(http://\\S+/login-actions/action-token\\?\\S+)").matcher(Mails.plainText(mail));
        assertThat(link.find()).isTrue();
        FormLoginClient viaLink = new FormLoginClient();
        page = viaLink.pageAfter(viaLink.get(link.group(1).replace("&amp;", "&")));
        assertThat(page).contains("password-new");
    }

    private static String unknownWithDecoyPhone(Environment env, DemoClient client) {
        for (int i = 0; i < 30; i++) {
            String candidate = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
            FormLoginClient reset = forgotPassword(env, client);
            if (reset.pageAfter(reset.submit(Map.of("username", candidate))).contains("Send a code by SMS")) {
                return candidate;
            }
        }
        throw new AssertionError("no unknown identifier with a made-up mobile number in 30 tries");
    }

    private static FormLoginClient forgotPassword(Environment env, DemoClient client) {
        FormLoginClient reset = new FormLoginClient();
        String login = reset.open(client.authorizationUrl(Map.of()));
        Matcher link = FORGOT_LINK.matcher(login);
        assertThat(link.find()).as("\"Forgot password?\" on the login page").isTrue();
        String href = link.group(1).replace("&amp;", "&");
        String page = reset.pageAfter(reset.get(href.startsWith("/") ? env.server().baseUrl() + href : href));
        assertThat(page).contains("name=\"username\"");
        return reset;
    }

    private static String maskedPhone(String page) {
        Matcher masked = Pattern.compile("\\+41 •• ••• •• \\d\\d").matcher(page);
        assertThat(masked.find()).isTrue();
        return masked.group();
    }
}
