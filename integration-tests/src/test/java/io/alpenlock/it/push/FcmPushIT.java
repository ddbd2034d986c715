package io.alpenlock.it.push;

import static io.alpenlock.it.push.PushLoginIT.PASSWORD;
import static io.alpenlock.it.push.PushLoginIT.number;
import static io.alpenlock.it.push.PushLoginIT.onlyChallenge;
import static io.alpenlock.it.push.PushLoginIT.signedInWithPassword;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Browser;
import io.alpenlock.it.support.Enrolments;
import io.alpenlock.it.support.Enrolments.Enrolled;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.FormLoginClient;
import io.alpenlock.it.support.GeoIpTestDatabase;
import io.alpenlock.it.support.ServerProfile;
import io.alpenlock.it.support.TestDevice;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * With the production push sender: Keycloak's real Firebase Admin SDK sends the push to a local FCM
 * mock. The message reaches the app's registration token and carries the challenge reference and
 * nothing else: no name, address, realm, application, IP, location or number. The server has a GeoIP
 * database ({@link GeoIpTestDatabase}), so the page and the app show where the login comes from.
 */
@AlpenlockIT(profile = ServerProfile.PROVIDER_GATEWAYS)
@Order(900)
class FcmPushIT {

    @Test
    void theFcmMessageHasOnlyTheOpaqueReferenceAndTheLoginCompletes(Environment env, Browser browser) throws Exception {
        TestDevice phone = new TestDevice(env.server().realmUrl("accounts"));
        Enrolled user = Enrolments.enrolledUser(env, browser, phone, "accounts", "fcm", PASSWORD, "en", "Pixel");
        String token = "fcm-token:" + user.userId().replace("-", "");
        assertThat(phone.send("PUT", "push-token", "{\"pushToken\":\"" + token + "\"}", Map.of()).statusCode()).isEqualTo(200);
        int before = env.fcm().messages().size();

        FormLoginClient login = signedInWithPassword(env, "accounts", user);
        String number = number(login.lastPage());
        JsonNode challenge = onlyChallenge(phone);
        assertThat(login.lastPage()).contains("id=\"alpenlock-push-location\">" + GeoIpTestDatabase.LOOPBACK_LOCATION + "<");
        assertThat(challenge.get("location").asText()).as(challenge.toString())
                .isEqualTo(GeoIpTestDatabase.LOOPBACK_LOCATION);
        assertThat(env.server().log()).contains("GeoIP locations from ");

        List<String> sent = env.fcm().messages().subList(before, env.fcm().messages().size());
        assertThat(sent).hasSize(1);
        JsonNode message = AdminApi.JSON.readTree(sent.get(0)).get("message");
        assertThat(message.get("token").asText()).isEqualTo(token);
        assertThat(message.has("notification")).as("no visible notification text from the server").isFalse();
        assertThat(message.get("data").size()).isEqualTo(1);
        assertThat(message.get("data").get("ref").asText()).isEqualTo(challenge.get("id").asText());
        // APNs transport headers are constants (push type, priority "10", expiry): named here so that the number
        // check below cannot trip on them (a match number of 10 once did)
        JsonNode apnsHeaders = message.get("apns").get("headers");
        assertThat(apnsHeaders.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("apns-push-type", "apns-expiration", "apns-priority");
        ObjectNode withoutHeaders = message.deepCopy();
        ((ObjectNode) withoutHeaders.get("apns")).remove("headers");
        String withoutToken = withoutHeaders.toString().replace(token, "");
        assertThat(withoutToken).doesNotContain(user.username()).doesNotContain(user.userId())
                .doesNotContain("accounts").doesNotContain("Webmail").doesNotContain("127.0.0.1")
                .doesNotContain("Bern").doesNotContain("Switzerland")
                .doesNotContain("\"" + number + "\"");

        assertThat(phone.post("challenges/" + challenge.get("id").asText(),
                "{\"action\":\"approve\",\"number\":" + number + "}").statusCode()).isEqualTo(200);
        assertThat(login.submit(Map.of("alpenlockPushAction", "check")).statusCode()).isEqualTo(302);
    }
}
