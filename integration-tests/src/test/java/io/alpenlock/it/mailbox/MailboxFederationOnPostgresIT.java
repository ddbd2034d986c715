package io.alpenlock.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The mailbox federation with a PostgreSQL directory, in the PostgreSQL pass of the suite (Keycloak lets a
 * provider use the JDBC driver of its own database only). The H2 directory is {@link MailboxFederationOnH2IT}.
 */
@AlpenlockIT
@Order(80)
class MailboxFederationOnPostgresIT {

    /**
     * The same on PostgreSQL, through Keycloak's own PostgreSQL driver, when Keycloak itself runs on PostgreSQL
     * (-Dalpenlock.db=postgres): Keycloak loads only its own database's driver (measured: on dev-file a provider
     * cannot load org.postgresql.Driver, and on postgres not org.h2.Driver). The directory is a throw-away schema in
     * -Dalpenlock.mailbox.postgres.url (with ?user=…) or else in Keycloak's own database.
     */
    @Test
    void aPostgresDirectoryServesSearchLoginAndPasswordChanges(Environment env) throws Exception {
        String url = MailboxFederationOnH2IT.postgresDirectoryUrl();
        String user = MailboxFederationOnH2IT.blankToEmpty(System.getProperty("alpenlock.db.username"));
        String password = MailboxFederationOnH2IT.blankToEmpty(System.getProperty("alpenlock.db.password"));
        boolean ownUrl = !MailboxFederationOnH2IT.blankToEmpty(System.getProperty("alpenlock.mailbox.postgres.url")).isEmpty();
        Map<String, String> credentials = ownUrl ? Map.of() : Map.of("jdbcUsername", user, "jdbcPassword", password);
        String schema = "mail_" + UUID.randomUUID().toString().substring(0, 8);
        List<String[]> vectors = MailboxFederationOnH2IT.vectors();
        try (java.sql.Connection c = ownUrl ? java.sql.DriverManager.getConnection(url)
                : java.sql.DriverManager.getConnection(url, user, password);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".mailbox (address VARCHAR(255) PRIMARY KEY,"
                    + " password VARCHAR(512) NOT NULL, active BOOLEAN NOT NULL DEFAULT TRUE)");
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema
                    + ".mailbox (address, password) VALUES (?, ?)")) {
                for (int i = 0; i < vectors.size(); i++) {
                    ps.setString(1, "v" + i + "@example.org");
                    ps.setString(2, vectors.get(i)[2]);
                    ps.executeUpdate();
                }
            }
            String realm = MailboxFederationOnH2IT.realm(env);
            Map<String, String> missing = new HashMap<>(credentials);
            missing.putAll(Map.of("jdbcUrl", url, "table", schema + ".mailbox", "enabledColumn", "enabled"));
            MailboxFederationOnH2IT.assertRefused(env, realm, missing, "the enabled column 'enabled' does not exist");
            Map<String, String> settings = new HashMap<>(credentials);
            settings.putAll(Map.of("jdbcUrl", url, "table", schema + ".mailbox", "enabledColumn", "active",
                    "writePasswordScheme", "ARGON2ID"));
            AdminApi.Result added = MailboxFederationOnH2IT.addDirectory(env, realm, settings);
            assertThat(added.status()).as(added.body()).isEqualTo(201);

            String users = "/admin/realms/" + realm + "/users";
            assertThat(env.admin().get(users + "/count?search=example.org").asInt()).isEqualTo(vectors.size());
            assertThat(MailboxFederationOnH2IT.usernames(env.admin().get(users + "?search=v1&first=1&max=3")))
                    .containsExactly("v11@example.org", "v12@example.org", "v13@example.org"); // v10 is first
            for (int i = 0; i < vectors.size(); i++) {
                assertThat(MailboxFederationOnH2IT.login(env, realm, "v" + i + "@example.org", vectors.get(i)[1]).statusCode())
                        .as(vectors.get(i)[0]).isEqualTo(200);
                assertThat(MailboxFederationOnH2IT.refused(MailboxFederationOnH2IT.login(env, realm, "v" + i + "@example.org", "x" + vectors.get(i)[1])))
                        .as(vectors.get(i)[0]).isTrue();
            }
            String id = MailboxFederationOnH2IT.onlyUser(env, realm, "v0@example.org");
            AdminApi.Result reset = env.admin().put(users + "/" + id + "/reset-password",
                    Map.of("type", "password", "value", "Neues-Passwort-2026", "temporary", false));
            assertThat(reset.status()).as(reset.body()).isEqualTo(204);
            try (java.sql.ResultSet rs = s.executeQuery("SELECT password FROM " + schema
                    + ".mailbox WHERE address = 'v0@example.org'")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("{ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$");
            }
            assertThat(MailboxFederationOnH2IT.login(env, realm, "v0@example.org", "Neues-Passwort-2026").statusCode()).isEqualTo(200);
            env.admin().delete("/admin/realms/" + realm);
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
