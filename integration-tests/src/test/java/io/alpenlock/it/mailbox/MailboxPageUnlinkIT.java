package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A person removes the link between their account and a mailbox from the mailbox page: after a confirmation step,
 * with the page's form token, recorded as an event; a unified mailbox keeps its password and stops following the
 * account's. Forged, unknown and other accounts' mailboxes get a 4xx and change nothing.
 */
@AlpenlockIT
@Order(85)
class MailboxPageUnlinkIT {

    private static final String TEAM = "team@links.test";
    private static final String FOREIGN = "foreign@links.test";

    private final MailboxLinksIT setup = new MailboxLinksIT();

    @AfterEach
    void closeDirectory() {
        setup.closeDirectory();
    }

    @Test
    void aLinkIsRemovedOnlyAfterConfirmationAndForgedUnknownOrForeignRequestsChangeNothing(Environment env) {
        MailboxLinksIT.Realms r = setup.realms(env);
        setup.directory().add(TEAM, MailboxLinksIT.MAILBOX_HASH, true, null);
        setup.directory().add(FOREIGN, MailboxLinksIT.MAILBOX_HASH, true, null);
        link(env, r, r.userId(), TEAM, false);
        String other = env.admin().createUser(r.accounts(), "other", MailboxLinksIT.ACCOUNT_PASSWORD, "en");
        link(env, r, other, FOREIGN, true);
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), MailboxLinksIT.ACCOUNT_PASSWORD);
        assertThat(page.page()).contains("id=\"alpenlock-mailbox-unlink-submit-0\"");

        // a forged form token: 403, the link stays
        HttpResponse<String> forged = page.post(Map.of("action", "unlink", "address", TEAM, "confirm", "yes",
                "alpenlockToken", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired.");
        assertThat(addresses(env, r, r.userId())).containsExactly(TEAM);

        // unknown, malformed and another account's mailbox: 404, nothing removed
        for (String address : new String[] {"nobody@links.test", "not an address", FOREIGN, ""}) {
            HttpResponse<String> refused = unlink(page, address, true);
            assertThat(refused.statusCode()).as(address).isEqualTo(404);
            assertThat(refused.body()).contains("This mailbox is not linked to your account.");
        }
        assertThat(addresses(env, r, r.userId())).containsExactly(TEAM);
        assertThat(addresses(env, r, other)).containsExactly(FOREIGN);

        // the first step only asks
        HttpResponse<String> asked = unlink(page, TEAM, false);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Remove the link between your account and " + TEAM + "?",
                "id=\"alpenlock-mailbox-unlink-confirm-submit-0\"");
        assertThat(addresses(env, r, r.userId())).containsExactly(TEAM);

        // confirmed: gone from the page and the store, an event, the mailbox itself untouched
        HttpResponse<String> removed = unlink(page, TEAM, true);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).contains("The mailbox " + TEAM + " is no longer linked to your account.",
                "id=\"alpenlock-mailboxes-none\"").doesNotContain("data-address=\"" + TEAM + "\"");
        assertThat(addresses(env, r, r.userId())).isEmpty();
        assertThat(addresses(env, r, other)).containsExactly(FOREIGN);
        JsonNode event = removalEvent(env, r);
        assertThat(event.path("details").path("credential_type").asText()).isEqualTo("alpenlock-mailbox-link");
        assertThat(event.path("details").path("alpenlock_mailbox").asText()).isEqualTo(TEAM);
        assertThat(event.path("details").path("alpenlock_unified").asText()).isEqualTo("false");
        assertThat(mailboxLogsIn(env, r, TEAM, MailboxLinksIT.MAILBOX_PASSWORD)).isTrue();

        // again: nothing left to remove
        assertThat(unlink(page, TEAM, true).statusCode()).isEqualTo(404);
        // and it can be linked again with the mailbox password
        assertThat(page.link(TEAM, MailboxLinksIT.MAILBOX_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(addresses(env, r, r.userId())).containsExactly(TEAM);
    }

    @Test
    void removingAUnifiedMailboxEndsTheUnificationAndBothKeepTheSharedPassword(Environment env) {
        MailboxLinksIT.Realms r = setup.realms(env);
        setup.directory().add(r.username(), MailboxLinksIT.MAILBOX_HASH, true, null);
        link(env, r, r.userId(), r.username(), true);
        MailboxPage page = new MailboxPage(env, r.accounts()).signIn(r.username(), MailboxLinksIT.ACCOUNT_PASSWORD);
        assertThat(page.change(r.username(), "one-password-2026", true).statusCode()).isEqualTo(200);
        assertThat(page.page()).contains("One password: your account and this mailbox use the same password.");

        HttpResponse<String> asked = unlink(page, r.username(), false);
        assertThat(asked.body()).contains("Your account and this mailbox share one password.");
        HttpResponse<String> removed = unlink(page, r.username(), true);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).contains("It keeps the password it shared with your account");
        assertThat(addresses(env, r, r.userId())).isEmpty();
        assertThat(removalEvent(env, r).path("details").path("alpenlock_unified").asText()).isEqualTo("true");

        // both keep the shared password
        assertThat(mailboxLogsIn(env, r, r.username(), "one-password-2026")).isTrue();
        assertThat(MailboxPage.signsIn(env, r.accounts(), r.username(), "one-password-2026")).isTrue();
        // and an account password change no longer reaches the mailbox
        assertThat(env.admin().put("/admin/realms/" + r.accounts() + "/users/" + r.userId() + "/reset-password",
                Map.of("type", "password", "value", "account-only-2026", "temporary", false)).status()).isEqualTo(204);
        assertThat(mailboxLogsIn(env, r, r.username(), "one-password-2026")).isTrue();
        assertThat(mailboxLogsIn(env, r, r.username(), "account-only-2026")).isFalse();
    }

    @Test
    void aPersonRemovesALinkInChromiumOnALaptopAndAPhone(Environment env, Browser browser) {
        MailboxLinksIT.Realms r = setup.realms(env);
        setup.directory().add(r.username(), MailboxLinksIT.MAILBOX_HASH, true, null);
        setup.directory().add(TEAM, MailboxLinksIT.MAILBOX_HASH, true, null);
        link(env, r, r.userId(), r.username(), true);
        link(env, r, r.userId(), TEAM, false);
        String url = MailboxPage.url(env, r.accounts());
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(url, r.username(), MailboxLinksIT.ACCOUNT_PASSWORD);
        browser.await(d -> d.findElements(By.id("alpenlock-mailboxes")).size() == 1);
        String team = "section[data-address='" + TEAM + "'] ";

        // laptop: ask, look, cancel: nothing changed
        browser.click(By.cssSelector(team + "form[id^='alpenlock-mailbox-unlink-'] button"));
        browser.await(d -> d.findElements(By.cssSelector(team + ".alpenlock-mailbox-unlink-confirm")).size() == 1);
        assertThat(browser.pageText()).contains("Remove the link between your account and " + TEAM + "?");
        assertThat(inView(browser, team + ".alpenlock-mailbox-unlink-confirm")).as("the question is in view").isTrue();
        browser.screenshot("unlink-confirm-laptop-en");
        browser.click(By.cssSelector(team + "a[id^='alpenlock-mailbox-unlink-cancel-']"));
        browser.await(d -> d.findElements(By.cssSelector(".alpenlock-mailbox-unlink-confirm")).isEmpty());
        assertThat(addresses(env, r, r.userId())).containsExactlyInAnyOrder(r.username(), TEAM);

        // phone: ask, confirm
        browser.phoneSize();
        browser.open(url + "?kc_locale=en");
        browser.click(By.cssSelector(team + "form[id^='alpenlock-mailbox-unlink-'] button"));
        browser.await(d -> d.findElements(By.cssSelector(team + ".alpenlock-mailbox-unlink-confirm")).size() == 1);
        assertThat(inView(browser, team + ".alpenlock-mailbox-unlink-confirm")).as("the question is in view").isTrue();
        browser.screenshot("unlink-confirm-phone-en");
        browser.click(By.cssSelector(team + "form[id^='alpenlock-mailbox-unlink-confirm-form-'] button"));
        browser.await(d -> d.getPageSource().contains("is no longer linked to your account"));
        assertThat(browser.pageText()).contains("The mailbox " + TEAM + " is no longer linked to your account.");
        assertThat(browser.driver().findElements(By.cssSelector(team))).isEmpty();
        browser.screenshot("unlinked-phone-en");
        assertThat(addresses(env, r, r.userId())).containsExactly(r.username());

        // the question in the other languages
        for (String language : new String[] {"de", "fr", "it", "es"}) {
            browser.open(url + "?kc_locale=" + language);
            browser.click(By.cssSelector("form[id^='alpenlock-mailbox-unlink-'] button"));
            browser.await(d -> d.findElements(By.cssSelector(".alpenlock-mailbox-unlink-confirm")).size() == 1);
            assertThat(browser.pageText()).contains(r.username()).doesNotContain("Remove the link between");
            browser.screenshot("unlink-confirm-phone-" + language);
        }
        assertThat(addresses(env, r, r.userId())).containsExactly(r.username());
    }

    /** Whether the top of the element is within the window (the page scrolled to it). */
    private static boolean inView(Browser browser, String css) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight;", css);
    }

    private static void link(Environment env, MailboxLinksIT.Realms r, String userId, String address, boolean may) {
        assertThat(env.admin().post(linksPath(r), Map.of("userId", userId, "address", address,
                "mayChangePassword", may)).status()).isEqualTo(201);
    }

    private static HttpResponse<String> unlink(MailboxPage page, String address, boolean confirmed) {
        return confirmed ? page.post(Map.of("action", "unlink", "address", address, "confirm", "yes"))
                : page.post(Map.of("action", "unlink", "address", address));
    }

    private static String linksPath(MailboxLinksIT.Realms r) {
        return "/realms/" + r.accounts() + "/alpenlock-mailboxes/admin/links";
    }

    private static List<String> addresses(Environment env, MailboxLinksIT.Realms r, String userId) {
        List<String> addresses = new ArrayList<>();
        env.admin().get(linksPath(r) + "?userId=" + userId).forEach(l -> addresses.add(l.get("address").asText()));
        return addresses;
    }

    private static JsonNode removalEvent(Environment env, MailboxLinksIT.Realms r) {
        JsonNode events = env.admin().get("/admin/realms/" + r.accounts() + "/events?type=REMOVE_CREDENTIAL&user="
                + r.userId() + "&max=5");
        assertThat(events).isNotEmpty();
        return events.get(0);
    }

    private static boolean mailboxLogsIn(Environment env, MailboxLinksIT.Realms r, String address, String password) {
        HttpResponse<String> response = MailboxFederationOnH2IT.login(env, r.mail(), address, password);
        if (MailboxFederationOnH2IT.refused(response)) {
            return false;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return true;
    }
}
