package io.alpenlock.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.ServerProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * An operator selects Twilio and FCM but forgets the account SID and points at a missing
 * credentials file: Keycloak still starts, logs one clear error per gateway naming the option,
 * and Provider info says the gateways are unavailable.
 */
@AlpenlockIT(profile = ServerProfile.MISCONFIGURED_GATEWAYS)
@Order(1000)
class MisconfiguredGatewaysIT {

    @Test
    void keycloakStartsAndServesTheRealmsDespiteMisconfiguredGateways(Environment env) {
        assertThat(env.admin().get("/admin/realms/accounts").get("realm").asText()).isEqualTo("accounts");
        assertThat(env.server().log()).contains("started in");
    }

    @Test
    void missingTwilioAccountSidIsLoggedOnceAsAnErrorNamingTheOption(Environment env) {
        List<String> errors = errorLines(env, "--spi-alpenlock-sms-sender--twilio--account-sid");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).doesNotContain("not-a-real-token");
    }

    @Test
    void unreadableFirebaseCredentialsFileIsLoggedOnceAsAnErrorNamingTheOption(Environment env) {
        assertThat(errorLines(env, "--spi-alpenlock-push-sender--fcm--credentials-file")).hasSize(1);
    }

    @Test
    void providerInfoShowsBothGatewaysAsUnavailable(Environment env) {
        JsonNode providers = env.admin().get("/admin/serverinfo").get("providers");

        JsonNode twilio = providers.get("alpenlock-sms-sender").get("providers").get("twilio");
        JsonNode fcm = providers.get("alpenlock-push-sender").get("providers").get("fcm");
        assertThat(twilio.get("operationalInfo").get("status").asText()).isEqualTo("unavailable");
        assertThat(twilio.get("operationalInfo").get("problems").asText()).contains("account-sid");
        assertThat(fcm.get("operationalInfo").get("status").asText()).isEqualTo("unavailable");
        assertThat(fcm.get("operationalInfo").get("problems").asText()).contains("credentials-file");
    }

    @Test
    void devOutboxPageIsOffUnlessExplicitlyEnabled(Environment env) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(env.server().realmUrl("accounts") + "/alpenlock-outbox/messages")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private static List<String> errorLines(Environment env, String option) {
        return env.server().log().lines()
                .filter(line -> line.contains(" ERROR ") && line.contains(option))
                .toList();
    }
}
