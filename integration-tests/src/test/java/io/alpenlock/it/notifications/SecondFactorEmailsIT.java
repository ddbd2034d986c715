package io.alpenlock.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Enrolments.Enrolled;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.TestDevice;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The alpenlock-notifications listener tells people about their second factors by e-mail, in their own
 * language: the first app turns two-factor authentication on, another app is "added", removing one is
 * "removed", removing the last turns it off, and each realm can switch any of these e-mails off in the
 * configuration of the settings-only required action "alpenlock-security-emails". No e-mail ever carries
 * the app's TOTP secret or a credential id.
 */
@AlpenlockIT
@Order(70)
class SecondFactorEmailsIT {

    static final String PASSWORD = "second-factor-mails-1";
    static final String SETTINGS = "alpenlock-security-emails";

    /** (a) The enrolment through the device API is the user's first second factor: "2FA turned on", in German. */
    @Test
    void enrollingTheFirstAppSendsTwoFactorOnInTheUsersLanguage(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "sfon", PASSWORD, "de", "Pixel 8");

        MimeMessage mail = awaitMails(env, user.username(), 1).get(0);

        assertThat(mail.getSubject())
                .isEqualTo("Die Zwei-Faktor-Authentifizierung für Ihr Konto bei Alpenlock Accounts ist jetzt eingeschaltet");
        String text = Mails.plainText(mail);
        assertThat(text)
                .contains("Für Ihr Konto " + user.username() + " bei Alpenlock Accounts wurde die Zwei-Faktor-Authentifizierung eingeschaltet.")
                .contains("Art: Authenticator-App")
                .contains("Name: Pixel 8")
                .contains("IP-Adresse: 127.0.0.1")
                .contains("Das waren nicht Sie?")
                .contains("/realms/accounts/account");
        assertThat(Mails.htmlText(mail)).contains("Die Zwei-Faktor-Authentifizierung ist eingeschaltet").contains("Pixel 8");
        assertNoSecretsOrIds(mail, user.secret().toBase32(), user.credentialId());
        assertNoMoreMailsThan(env, user.username(), 1);
    }

    /** (b) a second app is "added"; (c) removing one of two is "removed"; (d) removing the last turns 2FA off. */
    @Test
    void aSecondAppIsAddedAndRemovingOneThenTheLastSaysRemovedThenTwoFactorOff(Environment env, Browser browser)
            throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "sfapps", PASSWORD, "en", "Work phone");
        assertThat(awaitMails(env, user.username(), 1).get(0).getSubject())
                .isEqualTo("Two-factor authentication is now on for your Alpenlock Accounts account");

        // (b) another app, through the enrolment page again (the user now signs in with the first app's code)
        TestDevice tablet = new TestDevice(env.server().realmUrl("accounts"));
        JsonNode second = enrolAnotherApp(env, browser, tablet, user, "Anna's <b>Tablet</b>");
        String secondSecret = second.get("totp").get("secret").asText();
        String secondId = second.get("credentialId").asText();

        MimeMessage added = awaitMails(env, user.username(), 2).get(1);
        assertThat(added.getSubject()).isEqualTo("An app or security key was added to your Alpenlock Accounts account");
        assertThat(Mails.plainText(added))
                .contains("An app or security key for two-factor authentication was added to your account " + user.username()
                        + " at Alpenlock Accounts.")
                .contains("Name: Anna's <b>Tablet</b>")
                .contains("Type: Authenticator app");
        assertThat(Mails.htmlText(added)).contains("Anna&#39;s &lt;b&gt;Tablet&lt;/b&gt;").doesNotContain("<b>Tablet");

        // (c) the first phone unenrols: one app is left
        assertThat(phone.delete("accounts/" + user.credentialId()).statusCode()).isEqualTo(204);
        MimeMessage removed = awaitMails(env, user.username(), 3).get(2);
        assertThat(removed.getSubject()).isEqualTo("An app or security key was removed from your Alpenlock Accounts account");
        assertThat(Mails.plainText(removed)).contains("It can no longer be used to sign in; your other apps and security keys keep working.");

        // (d) the tablet unenrols too: none is left
        assertThat(tablet.delete("accounts/" + secondId).statusCode()).isEqualTo(204);
        MimeMessage off = awaitMails(env, user.username(), 4).get(3);
        assertThat(off.getSubject()).isEqualTo("Two-factor authentication was turned off for your Alpenlock Accounts account");
        assertThat(Mails.plainText(off)).contains("Signing in now takes only your password.")
                .doesNotContain("administrator");

        for (MimeMessage mail : env.mailsTo(user.username())) {
            assertNoSecretsOrIds(mail, user.secret().toBase32(), user.credentialId());
            assertNoSecretsOrIds(mail, secondSecret, secondId);
        }
        assertNoMoreMailsThan(env, user.username(), 4);
    }

    /** Keycloak 26.7 records the credential type of an admin's removal, so the user hears of it too. */
    @Test
    void anAdministratorRemovingTheLastAppSendsTwoFactorOffSayingWhoDidIt(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "sfadmin", PASSWORD, "es", "Móvil");
        awaitMails(env, user.username(), 1);

        AdminApi.Result removed = env.admin().delete("/admin/realms/accounts/users/" + user.userId() + "/credentials/"
                + user.credentialId());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);

        MimeMessage off = awaitMails(env, user.username(), 2).get(1);
        assertThat(off.getSubject()).isEqualTo("Se ha desactivado la autenticación de dos factores en su cuenta de Alpenlock Accounts");
        assertThat(Mails.plainText(off))
                .contains("Este cambio lo realizó un administrador de Alpenlock Accounts.")
                .contains("Nombre: Móvil")
                .doesNotContain("Dirección IP");
        assertNoSecretsOrIds(off, user.secret().toBase32(), user.credentialId());
    }

    /** (e) A realm switches "2FA turned on" off in the settings action's configuration; "2FA turned off" still goes out. */
    @Test
    void aRealmCanSwitchOneEmailOffWhileTheOthersAreStillSent(Environment env, Browser browser) throws Exception {
        String realm = env.admin().createRealmLikeAccountsSendingMail("sfmails", r -> { });
        String actions = "/admin/realms/" + realm + "/authentication/required-actions/";

        // registered in the new realm, enabled, never a default action, with one switch per e-mail
        JsonNode action = env.admin().get(actions + SETTINGS);
        assertThat(action.get("enabled").asBoolean()).isTrue();
        assertThat(action.get("defaultAction").asBoolean()).isFalse();
        assertThat(action.get("name").asText()).isEqualTo("Alpenlock: security e-mails (settings)");
        assertThat(env.admin().get(actions + SETTINGS + "/config-description").get("properties").findValuesAsText("name"))
                .contains("password-changed", "push-not-me", "two-factor-enabled", "two-factor-disabled", "app-added",
                        "app-removed", "backup-code-used", "backup-codes-running-out", "backup-codes-regenerated");

        Map<String, String> switches = new LinkedHashMap<>();
        for (String key : List.of("password-changed", "push-not-me", "two-factor-enabled", "two-factor-disabled", "app-added",
                "app-removed", "backup-code-used", "backup-codes-running-out", "backup-codes-regenerated")) {
            switches.put(key, "true");
        }
        switches.put("two-factor-enabled", "maybe");
        AdminApi.Result refused = env.admin().put(actions + SETTINGS + "/config", Map.of("config", switches));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        switches.put("two-factor-enabled", "false");
        AdminApi.Result saved = env.admin().put(actions + SETTINGS + "/config", Map.of("config", switches));
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        assertThat(env.admin().get(actions + SETTINGS + "/config").get("config").get("two-factor-enabled").asText())
                .isEqualTo("false");

        TestDevice phone = new TestDevice(env.server().realmUrl(realm));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, realm, "sfswitch", PASSWORD, "fr", "Téléphone");
        assertThat(phone.delete("accounts/" + user.credentialId()).statusCode()).isEqualTo(204);

        List<MimeMessage> mails = awaitMails(env, user.username(), 1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("L'authentification à deux facteurs a été désactivée pour votre compte Alpenlock Accounts");
        assertThat(Mails.plainText(mails.get(0))).contains("Votre mot de passe suffit désormais pour vous connecter.");
        assertNoSecretsOrIds(mails.get(0), user.secret().toBase32(), user.credentialId());
        assertNoMoreMailsThan(env, user.username(), 1);
    }

    /** The settings action never shows a page: even when an administrator puts it on a user, the login goes straight on. */
    @Test
    void theSettingsActionNeverShowsAnythingToAUser(Environment env, Browser browser) {
        String id = env.admin().createUser("accounts", "sfsettings", PASSWORD, "it");
        String username = env.admin().user("accounts", id).get("username").asText();
        env.admin().setRequiredActions("accounts", id, List.of(SETTINGS));
        DemoClient client = new DemoClient(env.server());

        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);

        // Keycloak passes through the action's URL, which completes at once and moves on to the application
        browser.awaitCallback(client);
        browser.forgetCookies();
        assertThat(env.admin().user("accounts", id).get("requiredActions")).isEmpty();
        assertThat(env.mailsTo(username)).isEmpty();
    }

    /** Signs the user in with the first app's code, goes through the enrolment page and enrols {@code device}. */
    private static JsonNode enrolAnotherApp(Environment env, Browser browser, TestDevice device, Enrolled user, String label)
            throws IOException {
        DemoClient client = new DemoClient(env.server());
        env.admin().setRequiredActions("accounts", user.userId(), List.of("alpenlock-enroll-app"));
        browser.forgetCookies();
        browser.signIn(client.authorizationUrl(Map.of()), user.username(), PASSWORD);
        browser.useAppCode();
        browser.type(By.id("code"), Totp.code(user.secret(), Instant.now()));
        browser.click(By.id("kc-login"));
        String link = browser.find(By.id("alpenlock-enroll-link")).getAttribute("textContent").strip();
        String token = URI.create(link).getRawQuery().replaceAll(".*t=([^&]*).*", "$1");
        HttpResponse<String> enrolled = device.post("enrollments",
                AdminApi.JSON.writeValueAsString(Map.of("token", token, "label", label, "platform", "cli")));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        browser.awaitCallback(client);
        browser.forgetCookies();
        return AdminApi.JSON.readTree(enrolled.body());
    }

    private static List<MimeMessage> awaitMails(Environment env, String address, int count) throws InterruptedException {
        return Mails.await(env, address, count);
    }

    private static void assertNoMoreMailsThan(Environment env, String address, int count) throws Exception {
        Mails.assertNoMoreThan(env, address, count);
    }

    private static void assertNoSecretsOrIds(MimeMessage mail, String totpSecret, String credentialId) throws Exception {
        Mails.assertContainsNone(mail, totpSecret, credentialId);
    }
}
