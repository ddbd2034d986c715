package io.alpenlock.it.recovery;

import static io.alpenlock.it.recovery.IdentityVerificationRequests.base;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.backup.BackupCodeAccounts;
import io.alpenlock.it.backup.BackupCodeAccounts.Account;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.DemoClient;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.Mails;
import io.alpenlock.it.support.ServerProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Identity verification requests end to end on the real Keycloak: "I have access to none of these" → request
 * stored → listed by the admin endpoint → approved (a one-time reset link by e-mail or by SMS through the real
 * Twilio SDK) or rejected (the person is told) → the link sets a new password, after the second factor when the
 * account has one; requests are gone after 72 hours (the feature's own clock, moved for the test's realm only).
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(913)
class IdentityVerificationIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/login-actions/action-token\\?\\S+)");
    private static final String NEW_PASSWORD = "a-new-password-idv-2026";

    @Test
    void anApprovedRequestSendsALinkThatWorksOnceAndSetsANewPassword(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvok");
        String userId = env.admin().createUser(realm, "idvok", "old-password-2026", "en");
        String username = env.admin().user(realm, userId).get("username").asText();
        String contact = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";

        IdentityVerificationRequests.request(env, realm, username, contact);

        JsonNode request = IdentityVerificationRequests.onlyPending(env, realm);
        assertThat(request.get("identifier").asText()).isEqualTo(username);
        assertThat(request.get("userId").asText()).isEqualTo(userId);
        assertThat(request.get("fullName").asText()).isEqualTo("Anna Muster");
        assertThat(request.get("contactEmail").asText()).isEqualTo(contact);
        assertThat(request.get("message").asText()).isEqualTo("I lost my phone and my mailbox.");
        assertThat(request.get("approvalContacts").findValuesAsText("contact"))
                .containsExactly("request-email", "account-email");
        String id = request.get("id").asText();
        assertThat(env.admin().get(base(realm) + "/requests/" + id).get("status").asText()).isEqualTo("pending");

        AdminApi.Result approved = env.admin().post(base(realm) + "/requests/" + id + "/approve",
                Map.of("contact", "request-email"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("approved");
        assertThat(IdentityVerificationRequests.pending(env, realm)).as("no longer pending").isEmpty();
        AdminApi.Result twice = env.admin().post(base(realm) + "/requests/" + id + "/approve",
                Map.of("contact", "request-email"));
        assertThat(twice.status()).isEqualTo(409);

        MimeMessage mail = env.awaitMailTo(contact, "new password");
        assertThat(Mails.htmlText(mail)).contains("Anna Muster").contains("Set a new password");
        Matcher link = LINK.matcher(Mails.plainText(mail));
        assertThat(link.find()).isTrue();
        String url = link.group(1).replace("&amp;", "&");

        FormLoginClient viaLink = new FormLoginClient();
        String page = viaLink.pageAfter(viaLink.get(url));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = viaLink.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 302);

        FormLoginClient again = new FormLoginClient();
        HttpResponse<String> second = again.get(url);
        assertThat(second.statusCode()).as("the link works once").isEqualTo(400);
        assertThat(second.body()).doesNotContain("password-new");

        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        HttpResponse<String> signedIn = login.submit(Map.of("username", username, "password", NEW_PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(DemoClient.REDIRECT_URI);

        JsonNode events = env.admin().get("/admin/realms/" + realm + "/events?type=CUSTOM_REQUIRED_ACTION&max=50");
        assertThat(events.findValuesAsText("alpenlock_idv_step")).contains("created", "approved", "link_used");
        assertThat(events.toString()).doesNotContain("Anna Muster").doesNotContain(contact);
        assertThat(env.server().log()).doesNotContain("Anna Muster").doesNotContain(contact);
    }

    @Test
    void anAccountWithTwoFactorMustPassItAfterTheLinkSentBySms(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idv2fa");
        Account account = BackupCodeAccounts.withCodes(env, realm, "idv2fa", "en");
        env.admin().setVerifiedPhoneNumber(realm, account.id(), "+41791234681");

        IdentityVerificationRequests.request(env, realm, account.username(), "someone@elsewhere.test");
        JsonNode request = IdentityVerificationRequests.onlyPending(env, realm);
        assertThat(request.get("approvalContacts").findValuesAsText("contact"))
                .containsExactly("request-email", "account-email", "account-phone");
        assertThat(request.get("approvalContacts").findValuesAsText("address")).contains("+41 •• ••• •• 81");
        AdminApi.Result approved = env.admin().post(base(realm) + "/requests/" + request.get("id").asText()
                + "/approve", Map.of("contact", "account-phone"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        String sms = env.twilio().awaitMessagesTo("+41791234681", 1).get(0).body();
        assertThat(sms).contains("your identity was confirmed");
        Matcher link = LINK.matcher(sms);
        assertThat(link.find()).isTrue();

        FormLoginClient viaLink = new FormLoginClient();
        String page = viaLink.pageAfter(viaLink.get(link.group(1)));
        assertThat(page).as("the second factor comes before any new password")
                .contains("alpenlock-app-code-instruction").doesNotContain("password-new");
        page = viaLink.pageAfter(viaLink.submit(Map.of("code", BackupCodeAccounts.appCode(account))));
        assertThat(page).contains("password-new");
        HttpResponse<String> done = viaLink.submit(Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 302);

        FormLoginClient login = new FormLoginClient();
        login.open(new DemoClient(env.server(), realm).authorizationUrl(Map.of()));
        page = login.pageAfter(login.submit(Map.of("username", account.username(), "password", NEW_PASSWORD)));
        assertThat(page).as("new password accepted, second factor next").contains("alpenlock-app-code-instruction");
    }

    @Test
    void aRequestWithoutAccountCanOnlyBeRejectedAndThePersonIsTold(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvno");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@alpenlock.test";
        String contact = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
        IdentityVerificationRequests.request(env, realm, unknown, contact);

        JsonNode request = IdentityVerificationRequests.onlyPending(env, realm);
        assertThat(request.get("identifier").asText()).isEqualTo(unknown);
        assertThat(request.hasNonNull("userId")).as("no account").isFalse();
        assertThat(request.get("approvalContacts")).isEmpty();
        String id = request.get("id").asText();

        AdminApi.Result approve = env.admin().post(base(realm) + "/requests/" + id + "/approve",
                Map.of("contact", "request-email"));
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("error").asText()).isEqualTo("no_account");

        AdminApi.Result badReason = env.admin().post(base(realm) + "/requests/" + id + "/reject",
                Map.of("reason", "<script>alert(1)</script>"));
        assertThat(badReason.status()).isEqualTo(400);
        AdminApi.Result rejected = env.admin().post(base(realm) + "/requests/" + id + "/reject",
                Map.of("reason", "We found no account with the details you gave."));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(IdentityVerificationRequests.pending(env, realm)).isEmpty();

        MimeMessage mail = env.awaitMailTo(contact, "declined");
        assertThat(Mails.plainText(mail)).contains("Anna Muster").contains("could not confirm")
                .contains("We found no account with the details you gave.");
        assertThat(env.admin().get("/admin/realms/" + realm + "/events?type=CUSTOM_REQUIRED_ACTION&max=50")
                .findValuesAsText("alpenlock_idv_step")).contains("created", "rejected");
    }

    @Test
    void requestsAreStillThereAt71HoursAndGoneAt72(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvpurge");
        String userId = env.admin().createUser(realm, "idvpurge", "old-password-2026", "en");
        String username = env.admin().user(realm, userId).get("username").asText();
        IdentityVerificationRequests.request(env, realm, username, "someone@elsewhere.test");
        String id = IdentityVerificationRequests.onlyPending(env, realm).get("id").asText();

        IdentityVerificationRequests.moveClock(env, realm, Duration.ofHours(71));
        assertThat(IdentityVerificationRequests.pending(env, realm)).hasSize(1);
        Thread.sleep(7_000); // longer than the purge interval of this profile (5 s)
        assertThat(IdentityVerificationRequests.stored(env, realm)).as("not purged at 71 h").isEqualTo(1);

        IdentityVerificationRequests.moveClock(env, realm, Duration.ofHours(72));
        assertThat(IdentityVerificationRequests.pending(env, realm)).as("every read ignores expired rows").isEmpty();
        assertThat(env.admin().post(base(realm) + "/requests/" + id + "/approve", Map.of("contact", "account-email"))
                .status()).isEqualTo(404);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (IdentityVerificationRequests.stored(env, realm) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(IdentityVerificationRequests.stored(env, realm)).as("the row is deleted").isZero();
        JsonNode events = env.admin().get("/admin/realms/" + realm + "/events?type=CUSTOM_REQUIRED_ACTION&max=50");
        assertThat(events.findValuesAsText("alpenlock_idv_step")).contains("purged");
        assertThat(events.findValuesAsText("alpenlock_idv_request")).contains(id);
    }

    @Test
    void callersWithoutManageUsersAreRefused(Environment env) throws Exception {
        String realm = IdentityVerificationRequests.realm(env, "idvauth");
        String userId = env.admin().createUser(realm, "idvauth", "old-password-2026", "en");
        String username = env.admin().user(realm, userId).get("username").asText();
        String path = base(realm) + "/requests";

        assertThat(IdentityVerificationRequests.call(env, "GET", path, null).statusCode()).isEqualTo(401);
        assertThat(IdentityVerificationRequests.call(env, "GET", path, "not-a-token").statusCode()).isEqualTo(401);
        String token = IdentityVerificationRequests.userToken(env, realm, username, "old-password-2026");
        assertThat(IdentityVerificationRequests.call(env, "GET", path, token).statusCode()).isEqualTo(403);
        assertThat(IdentityVerificationRequests.call(env, "POST", path + "/x/approve", token).statusCode())
                .isEqualTo(403);

        AdminApi.Result unknown = env.admin().post(path + "/no-such-request/reject", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        AdminApi.Result malformed = env.admin().post(path + "/no-such-request/approve", "not an object");
        assertThat(malformed.status()).isEqualTo(400);
    }
}
