package io.alpenlock.it.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.alpenlock.it.backup.BackupCodeAccounts.Account;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What the local mail server receives as a person uses their backup codes: one e-mail per sign-in with a
 * code, saying how many are left; "running out" once two or fewer are left; "new codes created" when the
 * set is replaced. In the user's language, and never a code.
 */
@AlpenlockIT
@Order(78)
class BackupCodeEmailsIT {

    @Test
    void eachCodeUseThenRunningOutThenTheNewSetReachTheUserInTheirLanguageWithoutAnyCode(Environment env) throws Exception {
        String realm = env.admin().createRealmLikeAccountsSendingMail("bcmail", r -> r.put("bruteForceProtected", false));
        Account account = BackupCodeAccounts.withCodes(env, realm, "bcmail", "de");
        DemoClient client = new DemoClient(env.server(), realm);
        String user = account.username();
        assertThat(Mails.await(env, user, 1).get(0).getSubject()).contains("Zwei-Faktor-Authentifizierung").contains("eingeschaltet");

        BackupCodeAccounts.signInWithCode(env, account, account.codes().get(3), client);
        MimeMessage used = Mails.await(env, user, 2).get(1);
        assertThat(used.getSubject()).startsWith("Anmeldung bei ").endsWith(" mit einem Ihrer Backup-Codes");
        assertThat(Mails.plainText(used))
                .contains("Soeben hat sich jemand mit einem Ihrer Backup-Codes")
                .contains("Ihrem Konto " + user + ".")
                .contains("Sie haben noch 9 unbenutzte Backup-Codes.");
        assertThat(Mails.htmlText(used)).contains("Ein Backup-Code wurde verwendet").contains("Sie haben noch 9 unbenutzte Backup-Codes.");

        // seven more, in another order: the last leaves two, which is "running out"
        for (int i : new int[] {9, 0, 5, 1, 8, 2}) {
            BackupCodeAccounts.signInWithCode(env, account, account.codes().get(i), client);
        }
        assertThat(Mails.plainText(Mails.await(env, user, 8).get(7))).contains("Sie haben noch 3 unbenutzte Backup-Codes.");
        BackupCodeAccounts.signInWithCode(env, account, account.codes().get(7), client);
        MimeMessage runningOut = Mails.await(env, user, 9).get(8);
        assertThat(runningOut.getSubject()).startsWith("Ihre Backup-Codes für ").endsWith(" gehen zur Neige");
        assertThat(Mails.plainText(runningOut))
                .contains("Sie haben noch 2 unbenutzte Backup-Codes.")
                .contains("Erstellen Sie jetzt in Ihren Kontoeinstellungen neue Backup-Codes");

        // the next code sign-in offers a new set right there; storing it is "new codes created", and the
        // e-mail about that sign-in no longer says the codes are running out (the old count is stale)
        FormLoginClient login = BackupCodeAccounts.atBackupCodeStep(account, client);
        String status = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("code", account.codes().get(4))));
        assertThat(BackupCodeAccounts.status(status).state()).isEqualTo("RUNNING_LOW");
        String codesPage = BackupCodeAccounts.pageAfter(login, login.submit(Map.of("alpenlockAction", "new-set")));
        List<String> fresh = BackupCodeAccounts.codesOn(codesPage);
        assertThat(fresh).hasSize(10);
        HttpResponse<String> stored = login.submit(Map.of("alpenlockAction", "store", "alpenlockStored", "on"));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
        MimeMessage regenerated = env.awaitMailTo(user, "neue Backup-Codes erstellt");
        assertThat(regenerated.getSubject()).startsWith("Für Ihr Konto bei ").endsWith(" wurden neue Backup-Codes erstellt");
        assertThat(Mails.plainText(regenerated))
                .contains("Ihre bisherigen Codes funktionieren nicht mehr.")
                .contains("Wir senden Backup-Codes nie per E-Mail.");
        List<MimeMessage> all = Mails.await(env, user, 11);
        assertThat(Mails.subjects(env, user).subList(9, 11))
                .containsExactlyInAnyOrder(used.getSubject(), regenerated.getSubject());
        Mails.assertNoMoreThan(env, user, 11);
        for (MimeMessage mail : all.subList(9, 11)) {
            assertThat(Mails.plainText(mail)).doesNotContain("gehen zur Neige").doesNotContain("Sie haben noch");
        }

        List<String> everyCode = new ArrayList<>();
        for (String code : concat(account.codes(), fresh)) {
            everyCode.add(code);
            everyCode.add(code.replace("-", ""));
        }
        for (MimeMessage mail : env.mailsTo(user)) {
            Mails.assertContainsNone(mail, everyCode.toArray(String[]::new));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
