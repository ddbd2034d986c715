package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.KeycloakServer;
import io.alpenlock.it.support.Mails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The member whose role changed gets a summary e-mail in their own language (organization, old and new role,
 * who changed it, when), sent by SMTP once the change is stored; a refused change, or one that leaves the role
 * as it was, sends nothing.
 */
@AlpenlockIT
@Order(88)
class OrganizationRoleChangeEmailIT {

    @Test
    void aGermanSpeakingMemberGetsTheSummaryInGerman(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealmSendingMail(env, "orgmailde");
        String anna = orgs.createUser("anna", "de");
        String annaMail = orgs.username(anna);
        String acme = orgs.createOrganization(Organizations.uniqueAlias("bergbahn"), "Bergbahnen Müller & Söhne AG");
        orgs.addMember(acme, anna);
        Instant before = Instant.now();

        orgs.assignRole(acme, anna, "administrator", Map.of());

        MimeMessage mail = Mails.await(env, annaMail, 1).get(0);
        Instant after = Instant.now();
        assertThat(mail.getSubject()).isEqualTo("Ihre Rolle in Bergbahnen Müller & Söhne AG wurde geändert");
        String text = Mails.plainText(mail);
        assertThat(text)
                .contains("Ihre Rolle in der Organisation Bergbahnen Müller & Söhne AG wurde geändert.")
                .contains("Bisherige Rolle: Mitarbeiter/in")
                .contains("Neue Rolle: Administrator/in")
                .contains("Geändert von: " + KeycloakServer.ADMIN_USER)
                .containsAnyOf(longDate(before, Locale.GERMAN), longDate(after, Locale.GERMAN))
                .contains("mehr Rechte");
        assertThat(Mails.htmlText(mail))
                .contains("lang=\"de\"")
                .contains("Bergbahnen Müller &amp; Söhne AG")
                .contains("Administrator/in");
        Mails.assertNoMoreThan(env, annaMail, 1);
    }

    @Test
    void aFrenchSpeakingMemberGetsEachChangeInFrenchWithTheRoleTheyHadBefore(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealmSendingMail(env, "orgmailfr");
        String chloe = orgs.createUser("chloe", "fr");
        String chloeMail = orgs.username(chloe);
        String acme = orgs.createOrganization(Organizations.uniqueAlias("lacme"), "Lacme SA");
        orgs.addMember(acme, chloe);

        orgs.assignRole(acme, chloe, "administrator", Map.of());
        Mails.await(env, chloeMail, 1);
        orgs.assignRole(acme, chloe, "external", Map.of("mail", "use"));

        List<MimeMessage> mails = Mails.await(env, chloeMail, 2);
        MimeMessage lowered = mails.get(1);
        assertThat(lowered.getSubject()).isEqualTo("Votre rôle dans Lacme SA a changé");
        assertThat(Mails.plainText(lowered))
                .containsPattern("(?U)Rôle précédent\\s:\\sAdministrateur")
                .containsPattern("(?U)Nouveau rôle\\s:\\sExterne")
                .containsPattern("(?U)Modifié par\\s:\\s" + KeycloakServer.ADMIN_USER)
                .contains(String.valueOf(java.time.Year.now(ZoneId.systemDefault()).getValue()))
                .contains("change ce que vous pouvez faire");
        Mails.assertNoMoreThan(env, chloeMail, 2);
    }

    @Test
    void aRefusedChangeOrOneThatKeepsTheRoleSendsNothing(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealmSendingMail(env, "orgmailno");
        String carl = orgs.createUser("carl", "it");
        String dana = orgs.createUser("dana", "es");
        String carlMail = orgs.username(carl);
        String danaMail = orgs.username(dana);
        String acme = orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme SA");
        orgs.addMember(acme, carl);
        orgs.addMember(acme, dana);
        orgs.assignRole(acme, carl, "legal-representative", Map.of());
        MimeMessage appointed = Mails.await(env, carlMail, 1).get(0);
        assertThat(appointed.getSubject()).isEqualTo("Il tuo ruolo in Acme SA è cambiato");
        assertThat(Mails.plainText(appointed)).contains("Rappresentante legale");

        AdminApi.Result refused = orgs.setRole(acme, carl, "collaborator", Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        orgs.assignRole(acme, dana, "collaborator", Map.of("mail", "use"));
        orgs.assignRole(acme, dana, "collaborator", Map.of("drive", "manage"));

        Mails.assertNoMoreThan(env, carlMail, 1);
        Mails.assertNoMoreThan(env, danaMail, 0);
    }

    private static String longDate(Instant when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(when);
    }
}
