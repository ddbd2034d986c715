package io.alpenlock.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.Environment;

/** Throw-away realms for the recovery tests, and reading the code out of an SMS. */
final class RecoveryRealms {

    private static final Pattern EMAIL_CODE = Pattern.compile(": (\\d{6})\\b");
    private static final Pattern SMS_CODE = Pattern.compile("^(\\d{6}) is your .+ code\\. It expires in 5 minutes\\.");

    private RecoveryRealms() {
    }

    /**
     * A realm like the demo one that sends e-mail to the test's SMTP server. Every test on loopback shares
     * the per-IP SMS budget (20/h by default), so these realms raise it; per-number budgets stay as they are.
     */
    static String realm(Environment env, String prefix, Consumer<ObjectNode> customize) {
        String realm = env.admin().createRealmLikeAccountsSendingMail(prefix, customize);
        AdminApi.Result configured = env.admin().put("/admin/realms/" + realm
                        + "/authentication/required-actions/alpenlock-verify-phone/config",
                Map.of("config", Map.of("alpenlock.sms.budgetPerIp", "500/1h")));
        assertThat(configured.status()).as(configured.body()).isEqualTo(204);
        return realm;
    }

    /** The code in an English SMS ("123456 is your … code. It expires in 5 minutes. …"). */
    static String codeIn(String smsBody) {
        Matcher code = SMS_CODE.matcher(smsBody);
        assertThat(code.find()).as(smsBody).isTrue();
        return code.group(1);
    }

    /** Gives a user a verified recovery e-mail address, as an administrator may (read-modify-write of the user). */
    static void setVerifiedRecoveryEmail(Environment env, String realm, String userId, String address) {
        ObjectNode user = (ObjectNode) env.admin().user(realm, userId);
        ObjectNode attributes = user.with("attributes");
        attributes.putArray("recoveryEmail").add(address);
        attributes.putArray("recoveryEmailVerified").add("true");
        AdminApi.Result updated = env.admin().put("/admin/realms/" + realm + "/users/" + userId, user);
        assertThat(updated.status()).as(updated.body()).isEqualTo(204);
    }

    /** Sets the realm's recovery e-mail settings (Alpenlock: verify recovery e-mail ⚙). */
    static void recoveryEmailSettings(Environment env, String realm, Map<String, String> config) {
        AdminApi.Result configured = env.admin().put("/admin/realms/" + realm
                + "/authentication/required-actions/alpenlock-verify-recovery-email/config", Map.of("config", config));
        assertThat(configured.status()).as(configured.body()).isEqualTo(204);
    }

    /** The 6-digit code in a recovery-address e-mail. */
    static String emailCodeIn(String text) {
        Matcher code = EMAIL_CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }

    /** What the pages show of an address: first and last character of the local part, the domain. */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        return address.charAt(0) + "•••" + address.charAt(at - 1) + address.substring(at);
    }
}
