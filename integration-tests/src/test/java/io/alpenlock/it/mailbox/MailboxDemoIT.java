package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;

/**
 * The demo: the {@code mail} realm federates the demo directory (an in-memory H2 table, see
 * docs/mailbox-federation.md), and the {@code accounts} realm offers the mailbox page through its client.
 */
@AlpenlockIT
@Order(97)
class MailboxDemoIT {

    @Test
    void theMailRealmFederatesTheDemoDirectoryWithTheDocumentedPasswords(Environment env) throws Exception {
        JsonNode components = env.admin().get("/admin/realms/mail/components?type=org.keycloak.storage.UserStorageProvider");
        assertThat(components).anySatisfy(c -> assertThat(c.path("providerId").asText()).isEqualTo("alpenlock-mailbox"));
        if ("dev-file".equals(System.getProperty("alpenlock.db", "dev-file"))) {
            assertThat(tokenStatus(env, "info@alpenlock.test", "info-mailbox-2026")).isEqualTo(200);
            assertThat(tokenStatus(env, "alice@alpenlock.test", "alice-demo-2026")).as("the account password").isIn(400, 401);
        } else {
            // an H2 directory needs Keycloak on H2 (user-storage/README.md): on PostgreSQL it fails closed
            assertThat(tokenStatus(env, "info@alpenlock.test", "info-mailbox-2026")).isIn(400, 401);
        }
    }

    @Test
    void theAccountsRealmListsTheMailboxPageInTheAccountConsole(Environment env) {
        JsonNode client = env.admin().get("/admin/realms/accounts/clients?clientId=alpenlock-mailboxes").get(0);
        assertThat(client.path("alwaysDisplayInConsole").asBoolean()).isTrue();
        assertThat(client.path("baseUrl").asText()).isEqualTo("/realms/accounts/alpenlock-mailboxes/");
    }

    private static int tokenStatus(Environment env, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(env.server().realmUrl("mail")
                                + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
