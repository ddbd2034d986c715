package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * The members page of the alpenlock theme in headless Chromium: reached through the account console's
 * "Organization members" entry after signing in, it changes roles through the ⋮ menu, shows the rules'
 * refusals, works at phone and laptop widths, and speaks the member's language.
 */
@AlpenlockIT
@Order(83)
class OrganizationMembersPageIT {

    @Test
    void anAdministratorChangesRolesThroughTheMenuAndSeesTheRulesRefusals(Environment env, Browser browser) {
        Organizations orgs = Organizations.newRealm(env, "orgpage");
        String rep = orgs.createUser("rep");
        String colla = orgs.createUser("colla");
        String ext = orgs.createUser("ext");
        String alias = Organizations.uniqueAlias("page");
        String org = orgs.createOrganization(alias, "Page " + alias);
        for (String user : new String[] {rep, colla, ext}) {
            orgs.addMember(org, user);
        }
        orgs.assignRole(org, rep, "legal-representative", Map.of());
        orgs.assignRole(org, colla, "collaborator", Map.of());
        orgs.assignRole(org, ext, "external", Map.of());
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        // without a session: the account console signs the member in and its entry leads to the page
        browser.signIn(env.server().realmUrl(orgs.realm()) + "/alpenlock-organizations/members", orgs.username(rep),
                Organizations.PASSWORD);
        browser.await(d -> d.findElements(By.id("alpenlock-org-members")).isEmpty() ? null : true);
        assertThat(browser.currentUrl()).endsWith("/alpenlock-organizations/members");
        assertThat(browser.pageText()).contains("Organization members", "Legal representative", "Collaborator", "External");
        browser.screenshot("laptop-members");

        // ⋮ → Change role → Save: the collaborator becomes an administrator
        browser.click(By.cssSelector("summary[data-menu='" + colla + "']"));
        new Select(browser.find(By.id("role-" + colla))).selectByValue("administrator");
        browser.screenshot("laptop-change-role-menu");
        browser.find(By.cssSelector("li[data-member='" + colla + "'] form.alpenlock-org-change button")).click();
        browser.await(d -> d.getPageSource().contains("The role was changed.") ? true : null);
        assertThat(orgs.rolesByMember(org)).containsEntry(colla, "administrator");
        assertThat(Organizations.accessToken(orgs.tokens(colla)).get("organizations").get(alias).get("role").asText())
                .isEqualTo("administrator");

        // product permissions of the external
        browser.click(By.cssSelector("summary[data-menu='" + ext + "']"));
        new Select(browser.find(By.cssSelector("li[data-member='" + ext + "'] select[name='product.mail']"))).selectByValue("use");
        browser.find(By.cssSelector("li[data-member='" + ext + "'] form.alpenlock-org-change button")).click();
        browser.await(d -> d.getPageSource().contains("The product permissions were saved.") ? true : null);
        assertThat(Organizations.accessToken(orgs.tokens(ext)).get("organizations").get(alias).get("products").toString())
                .isEqualTo("[\"mail\"]");

        // refused: the last legal representative cannot step down; the page says why and nothing changed
        browser.click(By.cssSelector("summary[data-menu='" + rep + "']"));
        new Select(browser.find(By.id("role-" + rep))).selectByValue("collaborator");
        browser.find(By.cssSelector("li[data-member='" + rep + "'] form.alpenlock-org-change button")).click();
        browser.await(d -> d.getPageSource().contains("at least one legal representative") ? true : null);
        browser.screenshot("laptop-refused");
        // the external cannot manage a product either
        browser.click(By.cssSelector("summary[data-menu='" + ext + "']"));
        new Select(browser.find(By.cssSelector("li[data-member='" + ext + "'] select[name='product.drive']"))).selectByValue("manage");
        browser.find(By.cssSelector("li[data-member='" + ext + "'] form.alpenlock-org-change button")).click();
        browser.await(d -> d.getPageSource().contains("not to manage them") ? true : null);
        assertThat(orgs.rolesByMember(org)).containsEntry(rep, "legal-representative").containsEntry(ext, "external");

        // remove
        browser.click(By.cssSelector("summary[data-menu='" + ext + "']"));
        browser.find(By.cssSelector("li[data-member='" + ext + "'] form.alpenlock-org-remove button")).click();
        browser.await(d -> d.getPageSource().contains("The member was removed.") ? true : null);
        assertThat(orgs.rolesByMember(org)).doesNotContainKey(ext);

        // phone width: the same page, the menu open
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.open(env.server().realmUrl(orgs.realm()) + "/alpenlock-organizations/members?org=" + org);
        browser.click(By.cssSelector("summary[data-menu='" + colla + "']"));
        browser.screenshot("phone-change-role-menu");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(0L);
    }

    @Test
    void theAccountConsoleLinksToThePageAndThePageSpeaksTheMembersLanguage(Environment env, Browser browser) {
        Organizations orgs = Organizations.newRealm(env, "orglang");
        String anna = orgs.createUser("anna");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(env.server().realmUrl(orgs.realm()) + "/account/", orgs.username(anna), Organizations.PASSWORD);
        browser.await(d -> d.getPageSource().contains("Organization members") ? true : null);
        browser.screenshot("account-console-entry");
        browser.click(By.linkText("Organization members"));
        browser.await(d -> d.findElements(By.id("alpenlock-org-create")).isEmpty() ? null : true);
        assertThat(browser.pageText()).contains("You do not belong to any organization yet.");

        // creating an organization from the page makes the member its legal representative
        String alias = Organizations.uniqueAlias("mine");
        browser.type(By.id("create-name"), "Mine " + alias);
        browser.type(By.id("create-alias"), alias);
        browser.find(By.cssSelector("#alpenlock-org-create button")).click();
        browser.await(d -> d.getPageSource().contains("You are its legal representative.") ? true : null);
        assertThat(Organizations.accessToken(orgs.tokens(anna)).get("organizations").get(alias).get("role").asText())
                .isEqualTo("legal-representative");
        // the only legal representative cannot leave: the page says why
        browser.find(By.cssSelector("#alpenlock-org-leave button")).click();
        browser.await(d -> d.getPageSource().contains("at least one legal representative") ? true : null);
        assertThat(Organizations.accessToken(orgs.tokens(anna)).get("organizations").has(alias)).isTrue();

        Map<String, String> titles = Map.of("en", "Organization members", "es", "Miembros de la organización",
                "fr", "Membres de l’organisation", "de", "Mitglieder der Organisation", "it", "Membri dell’organizzazione");
        for (String language : new String[] {"en", "es", "fr", "de", "it"}) {
            ObjectNode user = (ObjectNode) env.admin().user(orgs.realm(), anna);
            ((ObjectNode) user.with("attributes")).set("locale", AdminApi.JSON.valueToTree(new String[] {language}));
            AdminApi.Result updated = env.admin().put("/admin/realms/" + orgs.realm() + "/users/" + anna, user);
            assertThat(updated.status()).as(updated.body()).isEqualTo(204);
            browser.open(env.server().realmUrl(orgs.realm()) + "/alpenlock-organizations/members");
            browser.await(d -> d.findElements(By.id("alpenlock-org-members")).isEmpty() ? null : true);
            assertThat(browser.pageText()).contains(titles.get(language));
            browser.screenshot("members-" + language);
        }
    }
}
