package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;

/**
 * The demo: the demo mailbox directory (an in-memory H2 table, docs/mailbox-federation.md) that
 * {@code ./alpenlock run} federates into the {@code mail} realm, and the {@code accounts} realm's mailbox page client.
 */
@AlpenlockIT
@Order(97)
class MailboxDemoIT {

    /**
     * The file {@code ./alpenlock run} posts to the {@code mail} realm, posted here to a realm of the test's own (the
     * shared demo realm stays as imported). An H2 directory needs Keycloak on H2 (user-storage/README.md): on
     * PostgreSQL saving it is refused with the reason, which is why it is not part of the realm file.
     */
    @Test
    void theDemoDirectoryFileFederatesTheDocumentedMailboxes(Environment env) throws Exception {
        String realm = MailboxFederationOnH2IT.realm(env);
        JsonNode component = AdminApi.JSON.readTree(Path.of(System.getProperty("alpenlock.keycloak.dir",
                "../distribution/target/keycloak-26.7.3"), "data", "alpenlock-demo", "mail-demo-directory.json").toFile());
        AdminApi.Result added = env.admin().post("/admin/realms/" + realm + "/components", component);
        if ("dev-file".equals(System.getProperty("alpenlock.db", "dev-file"))) {
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            assertThat(MailboxFederationOnH2IT.login(env, realm, "info@alpenlock.test", "info-mailbox-2026")
                    .statusCode()).isEqualTo(200);
            assertThat(MailboxFederationOnH2IT.login(env, realm, "bruno@alpenlock.test", "bruno-mailbox-2026")
                    .statusCode()).isEqualTo(200);
            assertThat(MailboxFederationOnH2IT.refused(MailboxFederationOnH2IT.login(env, realm,
                    "alice@alpenlock.test", "alice-demo-2026"))).as("the account password").isTrue();
        } else {
            assertThat(added.status()).isEqualTo(400);
            assertThat(added.body()).contains("no JDBC driver");
        }
    }

    @Test
    void theAccountsRealmListsTheMailboxPageInTheAccountConsole(Environment env) {
        JsonNode client = env.admin().get("/admin/realms/accounts/clients?clientId=alpenlock-mailboxes").get(0);
        assertThat(client.path("alwaysDisplayInConsole").asBoolean()).isTrue();
        assertThat(client.path("baseUrl").asText()).isEqualTo("/realms/accounts/alpenlock-mailboxes/");
    }
}
