package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.ServerProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The forgotten login identifier through the recovery e-mail address, in a realm that asks for it: the page takes
 * the mobile number and the recovery address, the person picks SMS or e-mail, the identifier goes there and the
 * account's login address is told; a request that matches nothing gets the same answer and sends nothing; bad input
 * is explained and sends nothing. Also the screenshots of the recovery e-mail pages in the five languages.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(919)
class ForgottenIdentifierByEmailIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theIdentifierGoesToTheRecoveryAddressAndTheLoginAddressIsTold(Environment env) throws Exception {
        String realm = realmAskingForTheRecoveryAddress(env, "idmail");
        String userId = env.admin().createUser(realm, "idmail", "password-2026-x", "es");
        String username = env.admin().user(realm, userId).get("username").asText();
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234591");
        String recovery = "idmail-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        RecoveryRealms.setVerifiedRecoveryEmail(env, realm, userId, recovery);
        String url = env.server().realmUrl(realm) + "/alpenlock/forgot-identifier";

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("name=\"phoneNumber\"").contains("name=\"recoveryEmail\"")
                .contains("by e-mail to this recovery address");

        HttpResponse<String> answered = post(url, Map.of("phoneNumber", "079 123 45 91", "recoveryEmail", recovery.toUpperCase(),
                "channel", "email"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("If an account uses this mobile number and this recovery address, its login identifier is on its way.");

        MimeMessage identifier = env.awaitMailTo(recovery, "identificador de acceso");
        assertThat(Mails.plainText(identifier)).contains(username);
        MimeMessage notice = env.awaitMailTo(username, "Alguien ha pedido su identificador de acceso");
        assertThat(Mails.plainText(notice)).contains("por correo a su dirección de recuperación");
        Mails.assertContainsNone(notice, recovery);
        assertThat(env.twilio().messagesTo("+41791234591")).as("no SMS when e-mail was picked").isEmpty();
    }

    @Test
    void aRequestThatMatchesNothingGetsTheSameAnswerAndSendsNothing(Environment env) throws Exception {
        String realm = realmAskingForTheRecoveryAddress(env, "idnone");
        String userId = env.admin().createUser(realm, "idnone", "password-2026-x", "en");
        env.admin().setVerifiedPhoneNumber(realm, userId, "+41791234592");
        String recovery = "idnone-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        RecoveryRealms.setVerifiedRecoveryEmail(env, realm, userId, recovery);
        String url = env.server().realmUrl(realm) + "/alpenlock/forgot-identifier";
        String other = "someone-else-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

        HttpResponse<String> matched = post(url, Map.of("phoneNumber", "+41791234592", "recoveryEmail", recovery, "channel", "email"));
        HttpResponse<String> unmatched = post(url, Map.of("phoneNumber", "+41791234592", "recoveryEmail", other, "channel", "email"));
        assertThat(unmatched.statusCode()).isEqualTo(matched.statusCode()).isEqualTo(200);
        assertThat(unmatched.body()).isEqualTo(matched.body());
        env.awaitMailTo(recovery);
        Thread.sleep(2_000);
        assertThat(env.mailsTo(other)).isEmpty();
        assertThat(env.twilio().messagesTo("+41791234592")).isEmpty();
    }

    @Test
    void badInputIsExplainedAndSendsNothing(Environment env) throws Exception {
        String realm = realmAskingForTheRecoveryAddress(env, "idbad");
        String url = env.server().realmUrl(realm) + "/alpenlock/forgot-identifier";
        int mailsBefore = env.mail().getReceivedMessages().length;
        int smsBefore = env.twilio().messages().size();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("<script>alert(1)</script>", "This is not an e-mail address.");
        refused.put("x".repeat(1000) + "@example.org", "This address is too long (254 characters at most).");
        refused.put("", "Enter your recovery e-mail address.");
        for (Map.Entry<String, String> input : refused.entrySet()) {
            HttpResponse<String> response = post(url, Map.of("phoneNumber", "+41791234593", "recoveryEmail", input.getKey(),
                    "channel", "email"));
            assertThat(response.statusCode()).as(input.getKey()).isEqualTo(200);
            assertThat(response.body()).as(input.getKey()).contains(input.getValue()).doesNotContain("<script>alert(1)");
        }
        HttpResponse<String> badNumber = post(url, Map.of("phoneNumber", "<b>call me</b>", "recoveryEmail", "a@example.org"));
        assertThat(badNumber.body()).contains("This is not a phone number.").doesNotContain("<b>call me</b>");
        Thread.sleep(2_000);
        assertThat(env.mail().getReceivedMessages()).hasSize(mailsBefore);
        assertThat(env.twilio().messages()).hasSize(smsBefore);
    }

    @Test
    void screenshotsOfTheRecoveryEmailPagesInFiveLanguages(Environment env, Browser browser) throws Exception {
        String realm = realmAskingForTheRecoveryAddress(env, "idshots");
        DemoClient client = new DemoClient(env.server(), realm);
        Map<String, String> titles = Map.of("en", "Verify your recovery e-mail address",
                "de", "Bestätigen Sie Ihre Wiederherstellungs-E-Mail-Adresse",
                "fr", "Vérifiez votre adresse e-mail de récupération",
                "it", "Verifica il tuo indirizzo e-mail di recupero",
                "es", "Verifique su dirección de correo de recuperación");
        for (String language : List.of("en", "de", "fr", "it", "es")) {
            String userId = env.admin().createUser(realm, "shot" + language, "password-2026-x", language);
            String username = env.admin().user(realm, userId).get("username").asText();
            env.admin().setRequiredActions(realm, userId, List.of("alpenlock-verify-recovery-email"));
            browser.forgetCookies();
            browser.signIn(client.authorizationUrl(Map.of()), username, "password-2026-x");
            browser.find(By.id("alpenlock-recovery-email-form"));
            assertThat(browser.pageText()).contains(titles.get(language));
            browser.screenshot("verify-recovery-email-" + language);
            String recovery = "shot-" + language + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            browser.type(By.id("recoveryEmail"), recovery);
            browser.click(By.id("kc-submit"));
            browser.find(By.id("alpenlock-recovery-email-code-form"));
            browser.screenshot("verify-recovery-email-code-" + language);
            String code = RecoveryRealms.emailCodeIn(Mails.plainText(env.awaitMailTo(recovery)));
            browser.type(By.id("code"), code);
            browser.click(By.id("kc-submit"));
            browser.awaitCallback(client);

            browser.forgetCookies();
            browser.open(client.authorizationUrl(Map.of()));
            browser.click(By.cssSelector("a[href*='login-actions/reset-credentials']"));
            browser.type(By.id("username"), username);
            browser.click(By.id("kc-form-buttons"));
            browser.find(By.id("alpenlock-recovery-recovery-email"));
            browser.screenshot("recovery-channel-" + language);

            String forgotIdentifier = env.server().realmUrl(realm) + "/alpenlock/forgot-identifier";
            browser.open(forgotIdentifier);
            browser.driver().manage().addCookie(new Cookie("KEYCLOAK_LOCALE", language, "/realms/" + realm + "/"));
            browser.open(forgotIdentifier);
            browser.find(By.id("alpenlock-forgot-identifier-channel"));
            browser.screenshot("forgot-identifier-email-" + language);
        }
    }

    private static String realmAskingForTheRecoveryAddress(Environment env, String prefix) {
        String realm = RecoveryRealms.realm(env, prefix, r -> r.put("bruteForceProtected", false));
        RecoveryRealms.recoveryEmailSettings(env, realm, Map.of("alpenlock.recoveryEmail.forgotIdentifier", "true"));
        return realm;
    }

    private static HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
