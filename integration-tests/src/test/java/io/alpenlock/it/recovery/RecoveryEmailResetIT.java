package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.alpenlock.it.backup.BackupCodeAccounts;
import io.alpenlock.it.backup.BackupCodeAccounts.Account;
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
 * The forgotten-password channel "link to the recovery e-mail" (a one-time Keycloak reset link mailed to the
 * verified recovery address; the second factor still comes before the new password), and the notice every reset
 * sends in the user's language: by e-mail naming the channel, and by SMS to a verified number.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(918)
class RecoveryEmailResetIT {

    private static final Pattern FORGOT_LINK = Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final Pattern ACTION_LINK = Pattern.compile("(http://\\S+/login-actions/action-token\\?\\S+)");
    private static final String OLD_PASSWORD = "old-password-2026";
    private static final String NEW_PASSWORD = "a-new-password-2026";

    @Test
    void theRecoveryAddressGetsAOneTimeLinkAndTheLoginAddressIsToldInTheUsersLanguage(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recreset", r -> r.put("bruteForceProtected", false));
        String userId = env.admin().createUser(realm, "recreset", OLD_PASSWORD, "de");
        String username = env.admin().user(realm, userId).get("username").asText();
        String recovery = "rescue-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        RecoveryRealms.setVerifiedRecoveryEmail(env, realm, userId, recovery);
        DemoClient client = new DemoClient(env.server(), realm);

        FormLoginClient reset = forgotPassword(env, client);
        String page = reset.pageAfter(reset.submit(Map.of("username", username)));
        assertThat(page).contains("Link an meine Wiederherstellungs-E-Mail-Adresse senden")
                .contains(RecoveryRealms.masked(recovery)).doesNotContain(recovery);
        reset.pageAfter(reset.submit(Map.of("channel", "recovery-email")));

        String link = linkIn(env.awaitMailTo(recovery));
        assertThat(env.mailsTo(username)).as("the login address gets no link").isEmpty();
        FormLoginClient viaLink = new FormLoginClient();
        page = viaLink.pageAfter(viaLink.get(link));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = viaLink.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isLessThan(400);

        FormLoginClient again = new FormLoginClient();
        HttpResponse<String> reused = again.get(link);
        assertThat(reused.statusCode()).isLessThan(500);
        assertThat(reused.statusCode() == 302 ? again.pageAfter(reused) : reused.body())
                .as("the link works once").doesNotContain("password-new");

        MimeMessage notice = env.awaitMailTo(username, "Passwort wurde zurückgesetzt");
        assertThat(Mails.plainText(notice)).contains("über einen Link an Ihre Wiederherstellungs-E-Mail-Adresse zurückgesetzt");
        Mails.assertContainsNone(notice, NEW_PASSWORD, recovery);

        FormLoginClient login = new FormLoginClient();
        login.open(client.authorizationUrl(Map.of()));
        HttpResponse<String> signedIn = login.submit(Map.of("username", username, "password", NEW_PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);
    }

    @Test
    void theLinkToTheRecoveryAddressStillAsksForTheSecondFactor(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recreset2fa", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "recreset2fa", "en");
        String recovery = "rescue-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        RecoveryRealms.setVerifiedRecoveryEmail(env, realm, account.id(), recovery);

        FormLoginClient reset = forgotPassword(env, new DemoClient(env.server(), realm));
        String page = reset.pageAfter(reset.submit(Map.of("username", account.username())));
        assertThat(page).contains("Send a link to my recovery e-mail address");
        reset.pageAfter(reset.submit(Map.of("channel", "recovery-email")));

        FormLoginClient viaLink = new FormLoginClient();
        page = viaLink.pageAfter(viaLink.get(linkIn(env.awaitMailTo(recovery))));
        assertThat(page).as("the second factor comes before any new password")
                .contains("alpenlock-app-code-instruction").doesNotContain("password-new");
        page = viaLink.pageAfter(viaLink.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = viaLink.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isLessThan(400);
        assertThat(Mails.plainText(env.awaitMailTo(account.username(), "password was reset")))
                .contains("was reset through a link sent to your recovery e-mail address");
    }

    @Test
    void anSmsResetIsToldByEmailAndBySmsInFrench(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recresetsms", r -> r.put("bruteForceProtected", false));
        String userId = env.admin().createUser(realm, "recresetsms", OLD_PASSWORD, "fr");
        String username = env.admin().user(realm, userId).get("username").asText();
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234517");

        FormLoginClient reset = forgotPassword(env, new DemoClient(env.server(), realm));
        reset.pageAfter(reset.submit(Map.of("username", username)));
        reset.pageAfter(reset.submit(Map.of("channel", "sms")));
        TwilioMock.Sms codeSms = env.twilio().awaitMessagesTo("+41791234517", 1).get(0);
        Matcher code = Pattern.compile("(\\d{6})").matcher(codeSms.body());
        assertThat(code.find()).isTrue();
        String page = reset.pageAfter(reset.submit(Map.of("code", code.group(1))));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = reset.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isLessThan(400);

        MimeMessage notice = env.awaitMailTo(username, "a été réinitialisé");
        assertThat(Mails.plainText(notice)).contains("a été réinitialisé grâce à un code envoyé par SMS à votre numéro de mobile");
        TwilioMock.Sms smsNotice = env.twilio().awaitMessagesTo("+41791234517", 2).get(1);
        assertThat(smsNotice.to()).isEqualTo("+41791234517");
        assertThat(smsNotice.body()).contains(username).contains("a été réinitialisé")
                .contains("un code envoyé par SMS").doesNotContain(code.group(1));
    }

    @Test
    void aResetByKeycloaksEmailLinkIsToldInItalian(Environment env) throws Exception {
        String realm = RecoveryRealms.realm(env, "recresetit", r -> r.put("bruteForceProtected", false));
        String userId = env.admin().createUser(realm, "recresetit", OLD_PASSWORD, "it");
        String username = env.admin().user(realm, userId).get("username").asText();

        FormLoginClient reset = forgotPassword(env, new DemoClient(env.server(), realm));
        reset.pageAfter(reset.submit(Map.of("username", username)));
        reset.pageAfter(reset.submit(Map.of("channel", "email")));
        FormLoginClient viaLink = new FormLoginClient();
        String page = viaLink.pageAfter(viaLink.get(linkIn(env.awaitMailTo(username))));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = viaLink.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isLessThan(400);

        MimeMessage notice = env.awaitMailTo(username, "è stata reimpostata");
        assertThat(Mails.plainText(notice)).contains("tramite un link inviato al tuo indirizzo e-mail di accesso");
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = ACTION_LINK.matcher(Mails.plainText(mail));
        assertThat(link.find()).as(Mails.plainText(mail)).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private static FormLoginClient forgotPassword(Environment env, DemoClient client) {
        FormLoginClient reset = new FormLoginClient();
        Matcher link = FORGOT_LINK.matcher(reset.open(client.authorizationUrl(Map.of())));
        assertThat(link.find()).as("\"Forgot password?\" on the login page").isTrue();
        String href = link.group(1).replace("&amp;", "&");
        reset.pageAfter(reset.get(href.startsWith("/") ? env.server().baseUrl() + href : href));
        return reset;
    }
}
