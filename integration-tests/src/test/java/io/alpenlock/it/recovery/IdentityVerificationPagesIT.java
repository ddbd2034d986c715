package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.ServerProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages of "I have access to none of these": alike for known and unknown identifiers, clear messages and
 * nothing stored for bad input, budgets per identifier, and screenshots of the form and its confirmation in the
 * five languages (headless Chromium).
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(914)
class IdentityVerificationPagesIT {

    @Test
    void knownAndUnknownIdentifiersGetTheSamePagesAndStatuses(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvsame");
        String userId = env.admin().createUser(realm, "idvsame", "old-password-2026", "en");
        String known = env.admin().user(realm, userId).get("username").asText();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";

        String[] forms = new String[2];
        String[] sent = new String[2];
        int[] statuses = new int[2];
        String[] identifiers = {known, unknown};
        for (int i = 0; i < 2; i++) {
            FormLoginClient form = IdentityVerificationRequests.openForm(env, realm, identifiers[i], "en");
            forms[i] = form.lastPage();
            HttpResponse<String> answer = IdentityVerificationRequests.submit(form, "Anna Muster",
                    "anna@elsewhere.test", "", "Please help me.");
            statuses[i] = answer.statusCode();
            sent[i] = answer.body();
        }
        assertThat(statuses[1]).isEqualTo(statuses[0]).isEqualTo(200);
        assertThat(IdentityVerificationRequests.shape(forms[1])).isEqualTo(IdentityVerificationRequests.shape(forms[0]));
        assertThat(IdentityVerificationRequests.shape(sent[1])).isEqualTo(IdentityVerificationRequests.shape(sent[0]))
                .contains(IdentityVerificationRequests.SENT);
        // both are stored, with the identifier typed; only the known one names an account
        assertThat(IdentityVerificationRequests.pending(env, realm).findValuesAsText("identifier"))
                .containsExactlyInAnyOrder(known, unknown);
    }

    @Test
    void badInputGetsClearMessagesAndNothingIsStored(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvbad");
        String userId = env.admin().createUser(realm, "idvbad", "old-password-2026", "en");
        String username = env.admin().user(realm, userId).get("username").asText();
        FormLoginClient form = IdentityVerificationRequests.openForm(env, realm, username, "en");

        String page = IdentityVerificationRequests.submit(form, "n".repeat(101), "anna@elsewhere.test", "", "help").body();
        assertThat(page).contains("Your name can have at most 100 characters.");
        page = IdentityVerificationRequests.submit(form, "Anna", "anna@elsewhere.test", "",
                "<script>alert(1)</script>").body();
        assertThat(page).contains("Use plain text only, without HTML tags.").doesNotContain("<script>alert(1)");
        page = IdentityVerificationRequests.submit(form, "Anna", "not-an-address", "", "help").body();
        assertThat(page).contains("This is not a valid e-mail address.");
        page = IdentityVerificationRequests.submit(form, "Anna", "", "+1 202 555 0100", "help").body();
        assertThat(page).contains("id=\"input-error-contactPhone\"");
        page = IdentityVerificationRequests.submit(form, "Anna", "", "", "help").body();
        assertThat(page).contains("Give an e-mail address or a mobile number (or both)");
        page = IdentityVerificationRequests.submit(form, "Anna", "anna@elsewhere.test", "", "x".repeat(5_000)).body();
        assertThat(page).contains("Your message can have at most 1000 characters.");

        assertThat(IdentityVerificationRequests.stored(env, realm)).as("nothing stored").isZero();
        assertThat(IdentityVerificationRequests.pending(env, realm)).isEmpty();

        // the same form then accepts a good request
        page = IdentityVerificationRequests.submit(form, "Anna", "", "079 123 45 82", "help").body();
        assertThat(page).contains(IdentityVerificationRequests.SENT);
        assertThat(IdentityVerificationRequests.onlyPending(env, realm).get("contactPhone").asText())
                .isEqualTo("+41791234582");

        FormLoginClient other = IdentityVerificationRequests.openForm(env, realm, username, "en");
        HttpResponse<String> huge = IdentityVerificationRequests.submit(other, "Anna", "anna@elsewhere.test", "",
                "x".repeat(200_000));
        assertThat(huge.statusCode()).as("Keycloak refuses a huge form itself").isBetween(400, 499);
        assertThat(IdentityVerificationRequests.stored(env, realm)).isEqualTo(1);
    }

    @Test
    void theFourthRequestForOneIdentifierInADayIsRefused(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvbudget");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        for (int i = 0; i < 3; i++) {
            IdentityVerificationRequests.request(env, realm, unknown, "anna@elsewhere.test");
        }
        FormLoginClient form = IdentityVerificationRequests.openForm(env, realm, unknown.toUpperCase(), "en");
        HttpResponse<String> refused = IdentityVerificationRequests.submit(form, "Anna", "anna@elsewhere.test", "", "help");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Too many requests were sent").doesNotContain(IdentityVerificationRequests.SENT);
        assertThat(IdentityVerificationRequests.stored(env, realm)).isEqualTo(3);
        assertThat(env.admin().get("/admin/realms/" + realm + "/events?type=CUSTOM_REQUIRED_ACTION_ERROR")
                .findValuesAsText("error")).contains("alpenlock_idv_budget_exhausted");
    }

    @Test
    void theFormAndItsConfirmationInFiveLanguages(Environment env, Browser browser) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvshots");
        Map<String, String[]> texts = Map.of(
                "en", new String[] {"I have access to none of these", "Request received"},
                "de", new String[] {"Ich habe auf keines davon Zugriff", "Anfrage erhalten"},
                "fr", new String[] {"Je n'ai accès à aucun de ces moyens", "Demande reçue"},
                "es", new String[] {"No tengo acceso a ninguno de estos", "Solicitud recibida"},
                "it", new String[] {"Non ho accesso a nessuno di questi", "Richiesta ricevuta"});
        DemoClient client = new DemoClient(env.server(), realm);
        for (String lang : new String[] {"en", "de", "fr", "es", "it"}) {
            browser.forgetCookies();
            browser.open(client.authorizationUrl(Map.of("ui_locales", lang)));
            browser.click(By.cssSelector("a[href*='reset-credentials']"));
            // one identifier per language: a person may send 3 requests per identifier and day
            browser.type(By.id("username"), "idvshots-" + lang + "-" + UUID.randomUUID().toString().substring(0, 8)
                    + "@alpenlock.test");
            browser.click(By.cssSelector("#kc-reset-password-form button[type=submit]"));
            assertThat(browser.find(By.id("alpenlock-recovery-none-button")).getText()).isEqualTo(texts.get(lang)[0]);
            browser.click(By.id("alpenlock-recovery-none-button"));
            browser.find(By.id("alpenlock-idv-form"));
            browser.type(By.id("fullName"), "Anna Muster");
            browser.type(By.id("contactEmail"), "anna@elsewhere.test");
            browser.type(By.id("message"), "I lost my phone.");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("form-" + lang);
            browser.click(By.id("kc-submit"));
            browser.find(By.id("alpenlock-idv-sent"));
            assertThat(browser.pageText()).contains(texts.get(lang)[1]);
            browser.screenshot("sent-" + lang);
        }
        assertThat(IdentityVerificationRequests.pending(env, realm)).hasSize(5);
    }
}
