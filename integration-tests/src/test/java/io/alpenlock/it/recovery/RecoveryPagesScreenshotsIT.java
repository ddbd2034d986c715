package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.ServerProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The recovery pages that other classes test over HTTP, walked through in headless Chromium in the five languages
 * with a screenshot of each (build output under {@code target/screenshots}): the sign-in page with its link to the
 * forgotten identifier, verifying a mobile number (number, then code), the forgotten password (identifier,
 * channels, SMS code, new password) and the forgotten identifier by SMS. Each page is checked to be in the person's language and to carry no untranslated message key.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(920)
class RecoveryPagesScreenshotsIT {

    /** The SMS's last line for the browser's one-time-code autofill ({@code @host #123456}), in every language. */
    private static final Pattern WEB_OTP_CODE = Pattern.compile("#(\\d{6})\\s*$");
    private static final String PASSWORD = "password-2026-shots";

    @Test
    void everyRecoveryPageIsShownInTheFiveLanguages(Environment env, Browser browser) throws Exception {
        String realm = RecoveryRealms.realm(env, "recshots", r -> r.put("bruteForceProtected", false));
        DemoClient client = new DemoClient(env.server(), realm);
        List<String> languages = List.of("en", "de", "fr", "it", "es");
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            String number = "+4179123476" + i;
            String userId = env.admin().createUser(realm, "recshot" + language, PASSWORD, language);
            String username = env.admin().user(realm, userId).get("username").asText();

            // the mobile number, verified by SMS
            env.admin().setRequiredActions(realm, userId, List.of("alpenlock-verify-phone"));
            browser.forgetCookies();
            browser.signIn(client.authorizationUrl(Map.of()), username, PASSWORD);
            browser.find(By.id("alpenlock-phone-form"));
            assertInLanguage(browser, language);
            browser.screenshot("verify-phone-number-" + language);
            browser.type(By.id("phoneNumber"), "079 123 47 6" + i);
            browser.click(By.id("kc-submit"));
            browser.find(By.id("alpenlock-phone-code-form"));
            assertInLanguage(browser, language);
            browser.screenshot("verify-phone-code-" + language);
            browser.type(By.id("code"), codeIn(env.twilio().awaitMessagesTo(number, 1).get(0).body()));
            browser.click(By.id("kc-submit"));
            browser.awaitCallback(client);

            // the forgotten password by SMS (nobody is signed in yet: the application asks for the language)
            browser.forgetCookies();
            browser.open(client.authorizationUrl(Map.of("ui_locales", language)));
            assertThat(browser.find(By.cssSelector("#alpenlock-login-forgot-identifier a")).getAttribute("href"))
                    .endsWith("/realms/" + realm + "/alpenlock/forgot-identifier");
            browser.screenshot("sign-in-" + language);
            browser.click(By.cssSelector("a[href*='login-actions/reset-credentials']"));
            browser.find(By.id("kc-reset-password-form"));
            assertInLanguage(browser, language);
            assertThat(browser.find(By.id("alpenlock-forgot-identifier-link")).isDisplayed()).isTrue();
            browser.screenshot("forgot-password-" + language);
            browser.type(By.id("username"), username);
            browser.click(By.id("kc-form-buttons"));
            browser.find(By.id("alpenlock-recovery-sms"));
            assertInLanguage(browser, language);
            assertThat(browser.pageText()).contains("•• " + number.substring(number.length() - 2));
            browser.screenshot("recovery-channels-" + language);
            browser.click(By.id("alpenlock-recovery-sms"));
            browser.find(By.id("alpenlock-sms-code-form"));
            assertInLanguage(browser, language);
            browser.screenshot("reset-sms-code-" + language);
            browser.type(By.id("code"), codeIn(env.twilio().awaitMessagesTo(number, 2).get(1).body()));
            browser.click(By.id("kc-login"));
            browser.find(By.id("kc-passwd-update-form"));
            assertInLanguage(browser, language);
            browser.screenshot("reset-new-password-" + language);

            // the forgotten login identifier, by SMS, from the sign-in page's link
            browser.forgetCookies();
            browser.open(client.authorizationUrl(Map.of("ui_locales", language)));
            browser.click(By.cssSelector("#alpenlock-login-forgot-identifier a"));
            browser.find(By.id("alpenlock-forgot-identifier-form"));
            // a page outside the sign-in: its language comes from the locale cookie, as after a choice in the menu
            browser.driver().manage().addCookie(new Cookie("KEYCLOAK_LOCALE", language, "/realms/" + realm + "/"));
            browser.open(browser.currentUrl());
            browser.find(By.id("alpenlock-forgot-identifier-form"));
            assertInLanguage(browser, language);
            browser.screenshot("forgot-identifier-sms-" + language);
        }
    }

    private static void assertInLanguage(Browser browser, String language) {
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.pageText()).as("no message key left untranslated").doesNotContainPattern("\\balpenlock[A-Z]\\w+");
    }

    private static String codeIn(String sms) {
        Matcher code = WEB_OTP_CODE.matcher(sms);
        assertThat(code.find()).as("the SMS ends with the one-time-code line: " + sms.length() + " characters").isTrue();
        return code.group(1);
    }
}
