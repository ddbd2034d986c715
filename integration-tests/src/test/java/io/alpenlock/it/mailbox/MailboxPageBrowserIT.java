package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.Environment;

/**
 * The mailbox page in headless Chromium, as a person meets it: from a sign-in to the page, unifying the passwords,
 * and in the five languages on a laptop and a phone (screenshots under target/screenshots).
 */
@AlpenlockIT
@Order(96)
class MailboxPageBrowserIT {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("en", "Your mailboxes");
        TITLES.put("de", "Ihre Postfächer");
        TITLES.put("fr", "Vos boîtes mail");
        TITLES.put("it", "Le tue caselle di posta");
        TITLES.put("es", "Tus buzones");
    }

    @Test
    void aPersonSignsInUnifiesThePasswordsAndSeesThePageInFiveLanguagesOnLaptopAndPhone(Environment env, Browser browser)
            throws Exception {
        MailboxLinksIT setup = new MailboxLinksIT();
        MailboxLinksIT.Realms r = setup.realms(env);
        try {
            setupDirectory(setup).add(r.username(), MailboxLinksIT.MAILBOX_HASH, true, "Test");
            setupDirectory(setup).add("team@links.test", MailboxLinksIT.MAILBOX_HASH, true, null);
            assertThat(env.admin().post("/realms/" + r.accounts() + "/alpenlock-mailboxes/admin/links",
                    Map.of("userId", r.userId(), "address", r.username(), "mayChangePassword", true)).status()).isEqualTo(201);
            assertThat(env.admin().post("/realms/" + r.accounts() + "/alpenlock-mailboxes/admin/links",
                    Map.of("userId", r.userId(), "address", "team@links.test", "mayChangePassword", false)).status()).isEqualTo(201);

            String page = MailboxPage.url(env, r.accounts());
            browser.signIn(page, r.username(), MailboxLinksIT.ACCOUNT_PASSWORD);
            browser.await(d -> d.findElements(By.id("alpenlock-mailboxes")).size() == 1);
            for (Map.Entry<String, String> language : TITLES.entrySet()) {
                browser.open(page + "?kc_locale=" + language.getKey());
                assertThat(browser.pageText()).contains(language.getValue());
                browser.screenshot("offer-laptop-" + language.getKey());
            }
            browser.phoneSize();
            for (String language : TITLES.keySet()) {
                browser.open(page + "?kc_locale=" + language);
                assertThat(browser.find(By.id("alpenlock-mailbox-unify-0")).isDisplayed()).isTrue();
                Path shot = browser.screenshot("offer-phone-" + language);
                assertThat(Files.size(shot)).isPositive();
            }

            browser.open(page + "?kc_locale=en");
            browser.type(By.id("password-new-0"), "one-password-2026");
            browser.type(By.id("password-confirm-0"), "one-password-2026");
            browser.click(By.id("alpenlock-mailbox-unify-0"));
            browser.click(By.id("alpenlock-mailbox-change-submit-0"));
            browser.await(d -> d.getPageSource().contains("alpenlock-mailbox-unified-0"));
            assertThat(browser.pageText()).contains("One password: your account and this mailbox use the same password.");
            browser.screenshot("unified-phone-en");
            assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), "one-password-2026")).isTrue();
        } finally {
            setup.closeDirectory();
        }
    }

    private static ReachableDirectory setupDirectory(MailboxLinksIT setup) {
        return setup.directory();
    }
}
