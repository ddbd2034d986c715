package io.alpenlock.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The demo realms are imported on first start, as ./alpenlock run does it. */
@AlpenlockIT
@Order(20)
class DemoRealmsIT {

    @ParameterizedTest
    @ValueSource(strings = {"accounts", "mail"})
    void oidcDiscoveryAnswersForBothDemoRealms(String realm, Environment env) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(env.server().realmUrl(realm) + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = AdminApi.JSON.readTree(response.body());
        assertThat(discovery.get("issuer").asText()).isEqualTo(env.server().realmUrl(realm));
        assertThat(discovery.get("token_endpoint").asText()).endsWith("/realms/" + realm + "/protocol/openid-connect/token");
    }

    @Test
    void accountsRealmUsesOurThemeLanguagesNotificationsAndBruteForceProtection(Environment env) {
        JsonNode realm = env.admin().get("/admin/realms/accounts");

        assertThat(realm.get("loginTheme").asText()).isEqualTo("alpenlock");
        assertThat(realm.get("emailTheme").asText()).isEqualTo("alpenlock");
        assertThat(texts(realm.get("supportedLocales"))).containsExactlyInAnyOrder("en", "es", "fr", "de", "it");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("organizationsEnabled").asBoolean()).isTrue();
        assertThat(realm.get("browserFlow").asText()).isEqualTo("alpenlock browser");
        JsonNode requiredActions = env.admin().get("/admin/realms/accounts/authentication/required-actions");
        assertThat(requiredActions.findValuesAsText("alias"))
                .as("our required actions are registered in imported realms")
                .contains("alpenlock-configure-totp-app", "alpenlock-enroll-app", "UPDATE_PASSWORD", "CONFIGURE_TOTP");
        JsonNode events = env.admin().get("/admin/realms/accounts/events/config");
        assertThat(texts(events.get("eventsListeners"))).contains("alpenlock-notifications");
        assertThat(realm.get("smtpServer").get("port").asText())
                .as("SMTP port placeholder resolved from the environment")
                .isEqualTo(Integer.toString(env.mail().getSmtp().getPort()));
    }

    @Test
    void accountsRealmHasTheDemoUsersAndTheDemoClient(Environment env) {
        JsonNode alice = env.admin().get("/admin/realms/accounts/users?exact=true&username=alice@alpenlock.test");
        JsonNode bruno = env.admin().get("/admin/realms/accounts/users?exact=true&username=bruno@alpenlock.test");
        JsonNode client = env.admin().get("/admin/realms/accounts/clients?clientId=alpenlock-demo-webmail");

        assertThat(alice).hasSize(1);
        assertThat(bruno.get(0).get("attributes").get("locale").get(0).asText()).isEqualTo("de");
        assertThat(client).hasSize(1);
        assertThat(client.get(0).get("attributes").get("pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void mailRealmIsSeparateFromTheAccountsRealm(Environment env) {
        JsonNode realm = env.admin().get("/admin/realms/mail");

        // the alpenlock theme with a mailbox login page linking to the mailbox password check
        assertThat(realm.get("loginTheme").asText()).isEqualTo("alpenlock-mail");
        assertThat(env.admin().get("/admin/realms/mail/users?exact=true&username=alice@alpenlock.test")).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
