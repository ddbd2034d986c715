package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.Mails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The members page's other actions in headless Chromium, at laptop and phone widths: inviting by e-mail address
 * (an unknown address gets the same answer and changes nothing), leaving an organization (its administrators and
 * legal representatives get an e-mail), and every refused role change, which says why and changes nothing.
 */
@AlpenlockIT
@Order(84)
class OrganizationMembersPageActionsIT {

    private static final String INVITED = "If this address belongs to an account, it is now a member.";

    @Test
    void anAdministratorInvitesAnAccountByAddressAndAnUnknownAddressGetsTheSameAnswer(Environment env, Browser browser) {
        Organizations orgs = Organizations.newRealm(env, "orginvite");
        String admin = orgs.createUser("admin");
        String newbie = orgs.createUser("newbie");
        String org = orgs.createOrganization(Organizations.uniqueAlias("invite"), "Invite SA");
        orgs.addMember(org, admin);
        orgs.assignRole(org, admin, "administrator", Map.of());
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        signInToPage(env, browser, orgs, admin);

        // an existing account's address: it is a member at once, with the role chosen
        invite(browser, orgs.username(newbie), "external");
        String knownAnswer = alertText(browser);
        assertThat(knownAnswer).contains(INVITED);
        browser.await(d -> d.findElements(By.cssSelector("li[data-member='" + newbie + "']")).isEmpty() ? null : true);
        assertThat(browser.find(By.cssSelector("li[data-member='" + newbie + "']")).getAttribute("data-role"))
                .isEqualTo("external");
        browser.screenshot("laptop-invited");
        assertThat(orgs.rolesByMember(org)).containsEntry(newbie, "external").hasSize(2);
        assertThat(env.admin().get("/admin/realms/" + orgs.realm() + "/organizations/" + org + "/members").toString())
                .contains(newbie);
        int events = orgs.membershipAdminEvents().size();

        // an unknown address, and a member's address again: the same answer, nothing happens
        for (String address : new String[] {"nobody-" + newbie.substring(0, 8) + "@alpenlock.test", orgs.username(newbie)}) {
            invite(browser, address, "collaborator");
            assertThat(alertText(browser)).isEqualTo(knownAnswer);
        }
        assertThat(browser.driver().findElements(By.cssSelector("li.alpenlock-org-member"))).hasSize(2);
        assertThat(orgs.rolesByMember(org)).containsEntry(newbie, "external").hasSize(2);
        assertThat(orgs.membershipAdminEvents().size()).isEqualTo(events);

        // the invitee finds the organization on their own page, with their role, and in their tokens
        browser.forgetCookies();
        signInToPage(env, browser, orgs, newbie);
        assertThat(browser.find(By.id("alpenlock-org-your-role")).getText()).contains("External");
        assertThat(browser.pageText()).contains("Invite SA");
        assertThat(Organizations.accessToken(orgs.tokens(newbie)).get("organizations").toString()).contains("external");
        browser.screenshot("laptop-invitee");
    }

    @Test
    void aCollaboratorLeavesOnAPhoneAndTheAdministratorsAreEmailed(Environment env, Browser browser) throws Exception {
        Organizations orgs = Organizations.newRealmSendingMail(env, "orgleave");
        String rep = orgs.createUser("rep", "en");
        String admin = orgs.createUser("admin", "de");
        String colla = orgs.createUser("colla", "en");
        String leaver = orgs.createUser("leaver", "en");
        String alias = Organizations.uniqueAlias("leave");
        String org = orgs.createOrganization(alias, "Leave & Co");
        for (String member : new String[] {rep, admin, colla, leaver}) {
            orgs.addMember(org, member);
        }
        orgs.assignRole(org, rep, "legal-representative", Map.of());
        orgs.assignRole(org, admin, "administrator", Map.of());
        Mails.await(env, orgs.username(rep), 1);
        Mails.await(env, orgs.username(admin), 1);

        browser.phoneSize();
        signInToPage(env, browser, orgs, leaver);
        assertThat(browser.pageText()).contains("Leave & Co");
        browser.screenshot("phone-before-leaving");
        browser.click(By.cssSelector("#alpenlock-org-leave button"));
        browser.await(d -> d.getPageSource().contains("You left the organization.") ? true : null);
        assertThat(browser.pageText()).contains("You do not belong to any organization yet.").doesNotContain("Leave & Co");
        browser.screenshot("phone-left");
        assertThat(orgs.rolesByMember(org)).doesNotContainKey(leaver).hasSize(3);
        assertThat(Organizations.accessToken(orgs.tokens(leaver)).path("organizations").has(alias)).isFalse();

        MimeMessage toRep = Mails.await(env, orgs.username(rep), 2).get(1);
        assertThat(toRep.getSubject()).isEqualTo("A member left Leave & Co");
        assertThat(Mails.plainText(toRep)).contains(orgs.username(leaver));
        MimeMessage toAdmin = Mails.await(env, orgs.username(admin), 2).get(1);
        assertThat(toAdmin.getSubject()).isEqualTo("Ein Mitglied hat Leave & Co verlassen");
        Mails.assertNoMoreThan(env, orgs.username(colla), 0);
        Mails.assertNoMoreThan(env, orgs.username(leaver), 0);
    }

    @Test
    void everyRefusedRoleChangeOnThePageSaysWhyAndChangesNothing(Environment env, Browser browser) {
        Organizations orgs = Organizations.newRealm(env, "orgrefuse");
        String rep = orgs.createUser("rep");
        String admin = orgs.createUser("admin");
        String colla = orgs.createUser("colla");
        String org = orgs.createOrganization(Organizations.uniqueAlias("refuse"), "Refuse AG");
        for (String member : new String[] {rep, admin, colla}) {
            orgs.addMember(org, member);
        }
        orgs.assignRole(org, rep, "legal-representative", Map.of());
        orgs.assignRole(org, admin, "administrator", Map.of());
        orgs.assignRole(org, colla, "collaborator", Map.of());
        Map<String, String> roles = orgs.rolesByMember(org);

        // a collaborator sees no admin actions; forged forms are refused by the server with the reason
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        signInToPage(env, browser, orgs, colla);
        assertThat(browser.driver().findElements(By.cssSelector("summary[data-menu]"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("alpenlock-org-invite"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#alpenlock-org-leave button"))).hasSize(1);
        browser.screenshot("laptop-collaborator");
        postForged(browser, org, admin, "collaborator");
        awaitAlert(browser, "Only an administrator or a legal representative of the organization can do this.");
        postForged(browser, org, colla, "administrator");
        awaitAlert(browser, "Nobody can raise their own role.");
        assertThat(orgs.rolesByMember(org)).isEqualTo(roles);

        // an administrator cannot make anyone a legal representative, nor change one, nor raise themself
        browser.forgetCookies();
        signInToPage(env, browser, orgs, admin);
        changeRole(browser, colla, "legal-representative");
        awaitAlert(browser, "Only a legal representative can make someone a legal representative.");
        browser.screenshot("laptop-refused-grant-legal-representative");
        changeRole(browser, rep, "collaborator");
        awaitAlert(browser, "Only a legal representative can change the role of a legal representative");
        changeRole(browser, admin, "legal-representative");
        awaitAlert(browser, "Nobody can raise their own role.");
        browser.screenshot("laptop-refused-raise-own-role");
        assertThat(orgs.rolesByMember(org)).isEqualTo(roles);

        // the last legal representative cannot step down (phone)
        browser.forgetCookies();
        browser.phoneSize();
        signInToPage(env, browser, orgs, rep);
        for (String lower : new String[] {"administrator", "collaborator", "external"}) {
            changeRole(browser, rep, lower);
            awaitAlert(browser, "The organization must keep at least one legal representative");
        }
        browser.screenshot("phone-refused-last-legal-representative");
        Long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
        assertThat(orgs.rolesByMember(org)).isEqualTo(roles);
        assertThat(Organizations.accessToken(orgs.tokens(rep)).get("organizations").toString())
                .contains("legal-representative");
    }

    private static void signInToPage(Environment env, Browser browser, Organizations orgs, String userId) {
        browser.signIn(env.server().realmUrl(orgs.realm()) + "/alpenlock-organizations/members", orgs.username(userId),
                Organizations.PASSWORD);
        browser.await(d -> d.findElements(By.id("alpenlock-org-create")).isEmpty() ? null : true);
        assertThat(browser.currentUrl()).endsWith("/alpenlock-organizations/members");
    }

    private static void invite(Browser browser, String address, String role) {
        browser.find(By.id("invite-email")).clear();
        browser.type(By.id("invite-email"), address);
        new Select(browser.find(By.id("invite-role"))).selectByValue(role);
        browser.find(By.cssSelector("#alpenlock-org-invite button")).click();
        awaitAlert(browser, INVITED);
    }

    private static void changeRole(Browser browser, String member, String role) {
        browser.click(By.cssSelector("summary[data-menu='" + member + "']"));
        new Select(browser.find(By.id("role-" + member))).selectByValue(role);
        browser.find(By.cssSelector("li[data-member='" + member + "'] form.alpenlock-org-change button")).click();
    }

    /** Waits for a fresh page whose message (Keycloak's alert) contains the text. */
    private static void awaitAlert(Browser browser, String text) {
        browser.await(d -> d.findElements(By.cssSelector("[data-alpenlock-seen]")).isEmpty()
                && alertOf(d).contains(text) ? true : null);
        ((JavascriptExecutor) browser.driver()).executeScript("document.body.setAttribute('data-alpenlock-seen', '1');");
    }

    private static String alertText(Browser browser) {
        return alertOf(browser.driver());
    }

    private static String alertOf(org.openqa.selenium.WebDriver driver) {
        return driver.findElements(By.cssSelector(".kc-feedback-text")).stream()
                .map(e -> e.getText()).reduce("", (a, b) -> a + " " + b).strip();
    }

    /** What a hand-made form would send: the page's own form token, another member's id and a role. */
    private static void postForged(Browser browser, String org, String member, String role) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", browser.find(By.cssSelector("#alpenlock-org-leave input[name='csrf']")).getAttribute("value"));
        fields.put("org", org);
        fields.put("member", member);
        fields.put("action", "save");
        fields.put("role", role);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.createElement('form'); f.method = 'post';"
                        // the page's forms have a field named "action", which hides their action property
                        + " f.setAttribute('action', document.querySelector('#alpenlock-org-leave').getAttribute('action'));"
                        + " for (var k in arguments[0]) { var i = document.createElement('input'); i.type = 'hidden';"
                        + " i.name = k; i.value = arguments[0][k]; f.appendChild(i); }"
                        + " document.body.appendChild(f); f.submit();", fields);
    }
}
