package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * When a member's account is deleted (by themself through Keycloak's delete-account action, or by a realm
 * administrator), each administrator and legal representative of each of their organizations gets an e-mail
 * in their own language; collaborators and externals get none; the member's roles are gone.
 */
@AlpenlockIT
@Order(89)
class AccountClosureEmailIT {

    @Test
    void aMemberWhoDeletesTheirAccountIsReportedToTheOtherAdministratorsOnly(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealmSendingMail(env, "orgclose");
        String realm = orgs.realm();
        enableDeleteAccount(env, realm);
        String beat = orgs.createUser("beat", "en");
        String lena = orgs.createUser("lena", "de");
        String marco = orgs.createUser("marco", "it");
        String colin = orgs.createUser("colin", "en");
        String eva = orgs.createUser("eva", "en");
        String sophie = orgs.createUser("sophie", "fr");
        String acme = orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme & Co");
        String globex = orgs.createOrganization(Organizations.uniqueAlias("globex"), "Globex SA");
        for (String member : List.of(beat, lena, marco, colin, eva)) {
            orgs.addMember(acme, member);
        }
        orgs.addMember(globex, beat);
        orgs.addMember(globex, sophie);
        orgs.assignRole(acme, beat, "legal-representative", Map.of());
        orgs.assignRole(acme, lena, "legal-representative", Map.of());
        orgs.assignRole(acme, marco, "administrator", Map.of());
        orgs.assignRole(acme, eva, "external", Map.of("mail", "use"));
        orgs.assignRole(globex, sophie, "administrator", Map.of());
        // each got their role-change summary (colin stays a collaborator: no change, no e-mail)
        for (String member : List.of(beat, lena, marco, eva, sophie)) {
            Mails.await(env, orgs.username(member), 1);
        }
        String beatName = orgs.username(beat);

        deleteOwnAccount(env, realm, beatName);

        assertThat(env.admin().get("/admin/realms/" + realm + "/users?exact=true&username=" + beatName)).isEmpty();
        MimeMessage toLena = Mails.await(env, orgs.username(lena), 2).get(1);
        assertThat(toLena.getSubject()).isEqualTo("Ein Mitglied von Acme & Co hat sein Konto geschlossen");
        assertThat(Mails.plainText(toLena))
                .contains("Ein Mitglied der Organisation Acme & Co, die Sie verwalten, hat sein Konto geschlossen")
                .contains("Mitglied: Test beat")
                .contains("Anmeldename: " + beatName);
        assertThat(Mails.htmlText(toLena)).contains("Acme &amp; Co");
        MimeMessage toMarco = Mails.await(env, orgs.username(marco), 2).get(1);
        assertThat(toMarco.getSubject()).isEqualTo("Un membro di Acme & Co ha chiuso il suo account");
        MimeMessage toSophie = Mails.await(env, orgs.username(sophie), 2).get(1);
        assertThat(toSophie.getSubject()).isEqualTo("Un membre de Globex SA a fermé son compte");
        Mails.assertNoMoreThan(env, orgs.username(colin), 0);
        Mails.assertNoMoreThan(env, orgs.username(eva), 1);
        Mails.assertNoMoreThan(env, beatName, 1);
        Mails.assertNoMoreThan(env, orgs.username(lena), 2);

        // beat's legal-representative role went with the account: lena is now the only one
        AdminApi.Result demotion = orgs.setRole(acme, lena, "administrator", Map.of());
        assertThat(demotion.status()).as(demotion.body()).isEqualTo(409);
        assertThat(demotion.json().get("error").asText()).isEqualTo("last-legal-representative");
    }

    @Test
    void anAdministratorDeletingAMembersAccountIsReportedToo(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealmSendingMail(env, "orgdel");
        String realm = orgs.realm();
        String ruth = orgs.createUser("ruth", "es");
        String tom = orgs.createUser("tom", "en");
        String acme = orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme SL");
        orgs.addMember(acme, ruth);
        orgs.addMember(acme, tom);
        orgs.assignRole(acme, ruth, "legal-representative", Map.of());
        orgs.assignRole(acme, tom, "legal-representative", Map.of());
        Mails.await(env, orgs.username(ruth), 1);
        String tomName = orgs.username(tom);

        AdminApi.Result deleted = env.admin().delete("/admin/realms/" + realm + "/users/" + tom);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

        MimeMessage toRuth = Mails.await(env, orgs.username(ruth), 2).get(1);
        assertThat(toRuth.getSubject()).isEqualTo("Un miembro de Acme SL ha cerrado su cuenta");
        assertThat(Mails.plainText(toRuth)).contains("Usuario: " + tomName);
        AdminApi.Result demotion = orgs.setRole(acme, ruth, "administrator", Map.of());
        assertThat(demotion.status()).as(demotion.body()).isEqualTo(409);
    }

    /** Turns on Keycloak's "Delete Account" required action in the realm. */
    private static void enableDeleteAccount(Environment env, String realm) {
        JsonNode action = env.admin().get("/admin/realms/" + realm + "/authentication/required-actions/delete_account");
        ((com.fasterxml.jackson.databind.node.ObjectNode) action).put("enabled", true);
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm + "/authentication/required-actions/delete_account", action);
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
    }

    /**
     * The user may delete their account (client role account/delete-account), is asked to with the required action,
     * signs in and confirms.
     */
    private static void deleteOwnAccount(Environment env, String realm, String username) {
        JsonNode user = env.admin().get("/admin/realms/" + realm + "/users?exact=true&username=" + username).get(0);
        String userId = user.get("id").asText();
        String accountClient = env.admin().get("/admin/realms/" + realm + "/clients?clientId=account").get(0).get("id").asText();
        JsonNode role = env.admin().get("/admin/realms/" + realm + "/clients/" + accountClient + "/roles/delete-account");
        AdminApi.Result granted = env.admin().post("/admin/realms/" + realm + "/users/" + userId
                + "/role-mappings/clients/" + accountClient, List.of(role));
        assertThat(granted.status()).as(granted.body()).isEqualTo(204);
        env.admin().setRequiredActions(realm, userId, List.of("delete_account"));

        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        String confirm = login.pageAfter(login.submit(Map.of("username", username, "password", Organizations.PASSWORD)));
        assertThat(confirm).contains("delete");
        HttpResponse<String> done = login.submit(Map.of());
        assertThat(login.pageAfter(done)).containsIgnoringCase("deleted");
    }
}
