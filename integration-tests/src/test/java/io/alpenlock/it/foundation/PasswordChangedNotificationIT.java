package io.alpenlock.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A user changes their password on the login pages; the alpenlock-notifications listener sends
 * them a security e-mail in their own language through Keycloak's SMTP sender, and the dev outbox
 * shows a copy.
 */
@AlpenlockIT
@Order(40)
class PasswordChangedNotificationIT {

    @Test
    void passwordChangeSendsAGermanSecurityMailToAGermanSpeakingUser(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "pwchange", "old-password-2026", "de");
        String email = env.admin().user("accounts", id).get("email").asText();

        changePassword(env, browser, email, "old-password-2026", "new-password-2026");

        MimeMessage mail = env.awaitMailTo(email);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).contains("Passwort");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@alpenlock.test");
        assertThat(decoded(body)).contains("127.0.0.1").contains("Chrom");
        assertThat(mail.getContentType()).startsWith("multipart/");
    }

    @Test
    void passwordChangeIsRecordedAsAnEventAndTheNewPasswordWorks(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "pwevent", "old-password-2026", "en");
        String email = env.admin().user("accounts", id).get("email").asText();

        changePassword(env, browser, email, "old-password-2026", "brand-new-password-1");

        JsonNode events = env.admin().get("/admin/realms/accounts/events?type=UPDATE_CREDENTIAL&user=" + id);
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).get("details").get("credential_type").asText()).isEqualTo("password");
        env.awaitMailTo(email);
        Thread.sleep(1_000); // a second notice, if any, would be sent right after the first
        assertThat(env.mailsTo(email)).as("exactly one notice for one change").hasSize(1);
    }

    @Test
    void devOutboxPageShowsTheSecurityMail(Environment env, Browser browser) throws Exception {
        String id = env.admin().createUser("accounts", "pwoutbox", "old-password-2026", "fr");
        String email = env.admin().user("accounts", id).get("email").asText();
        changePassword(env, browser, email, "old-password-2026", "another-password-9");
        env.awaitMailTo(email);

        String url = env.server().realmUrl("accounts") + "/alpenlock-outbox/messages?channel=EMAIL&to="
                + URLEncoder.encode(email, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode entries = AdminApi.JSON.readTree(response.body());
        assertThat(entries.toString()).contains(email).contains("mot de passe");

        browser.open(env.server().realmUrl("accounts") + "/alpenlock-outbox/");
        assertThat(browser.pageText()).contains(email);
        browser.screenshot("outbox-page");
    }

    static void changePassword(Environment env, Browser browser, String email, String oldPassword, String newPassword) {
        DemoClient client = new DemoClient(env.server());
        browser.signIn(client.authorizationUrl(Map.of("kc_action", "UPDATE_PASSWORD")), email, oldPassword);
        browser.type(By.id("password-new"), newPassword);
        browser.type(By.id("password-confirm"), newPassword);
        browser.screenshot("update-password");
        browser.click(By.id("kc-submit"));
        browser.awaitCallback(client);
    }

    private static String decoded(String body) {
        // quoted-printable soft line breaks and escapes, enough to search the text
        return body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }
}
