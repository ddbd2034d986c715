package io.alpenlock.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.it.organizations.Organizations;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import io.alpenlock.it.support.ServerProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The organizations claim on two nodes of one cluster (PostgreSQL pass only). A token reads the member's
 * organizations and roles from Keycloak's caches, so these tests first warm both nodes' caches with tokens, then
 * change something on one node and ask the other for the very next token, without waiting or retrying: it must
 * show the change (roles through Alpenlock's endpoint, memberships and the organization itself through Keycloak's
 * admin API).
 */
@AlpenlockIT(profile = ServerProfile.CLUSTER)
@Order(951)
class ClusterOrganizationClaimIT {

    private static final List<String> ROLES = List.of("administrator", "external", "legal-representative",
            "collaborator");

    /** A new realm seen through both nodes, with one user in one organization, holding a role there. */
    private record Member(Organizations onA, Organizations onB, String user, String alias, String organization) {

        static Member create(Environment env, String realmPrefix, String name, String role) {
            Organizations onA = Organizations.newRealm(env, realmPrefix);
            String user = onA.createUser(name);
            String alias = Organizations.uniqueAlias("acme");
            String organization = onA.createOrganization(alias, "Acme SA");
            onA.addMember(organization, user);
            onA.assignRole(organization, user, role, Map.of());
            return new Member(onA, onA.via(env.secondNode()), user, alias, organization);
        }
    }

    @Test
    void everyRoleChangeOnOneNodeShowsInTheNextTokenOnTheOther(Environment env) {
        Member carmen = Member.create(env, "clusterorg", "carmen", "legal-representative");
        Organizations onA = carmen.onA();
        Organizations onB = carmen.onB();
        String other = onA.createUser("other");
        onA.addMember(carmen.organization(), other);
        onA.assignRole(carmen.organization(), other, "legal-representative", Map.of()); // so that carmen may step down
        JsonNode tokensA = onA.tokens(carmen.user());
        JsonNode tokensB = onB.tokens(carmen.user());
        assertThat(role(Organizations.accessToken(tokensA), carmen.alias())).isEqualTo("legal-representative");
        assertThat(role(Organizations.accessToken(tokensB), carmen.alias())).isEqualTo("legal-representative");

        for (int round = 0; round < 8; round++) {
            String role = ROLES.get(round % ROLES.size());
            boolean changeOnA = round % 2 == 0;
            Organizations changer = changeOnA ? onA : onB;
            Organizations reader = changeOnA ? onB : onA;
            String products = role.equals("external") ? "{\"mail\":\"use\"}" : "{}";
            HttpResponse<String> changed = changer.call("PUT", onA.rolePath(carmen.organization(), carmen.user()),
                    changer.masterAdminToken(), "{\"role\":\"" + role + "\",\"products\":" + products + "}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

            JsonNode refreshed = reader.refresh(changeOnA ? tokensB : tokensA);
            String where = "round " + round + ": changed on " + (changeOnA ? "A" : "B") + ", token from the other node";
            assertThat(role(Organizations.accessToken(refreshed), carmen.alias())).as(where).isEqualTo(role);
            assertThat(role(Organizations.idToken(refreshed), carmen.alias())).as(where).isEqualTo(role);
            assertThat(role(reader.userinfo(refreshed), carmen.alias())).as(where).isEqualTo(role);
            JsonNode entry = Organizations.accessToken(refreshed).get("organizations").get(carmen.alias());
            assertThat(entry.get("external").asBoolean()).as(where).isEqualTo(role.equals("external"));
            // and the node that made the change agrees
            assertThat(role(Organizations.accessToken(changer.refresh(changeOnA ? tokensA : tokensB)), carmen.alias()))
                    .as(where).isEqualTo(role);
        }
    }

    @Test
    void membershipAndOrganizationChangesOnOneNodeShowInTheNextTokenOnTheOther(Environment env) throws Exception {
        Member dora = Member.create(env, "clustermem", "dora", "administrator");
        Organizations onA = dora.onA();
        Organizations onB = dora.onB();
        JsonNode tokensA = onA.tokens(dora.user()); // a refresh token goes back to the node (issuer URL) that issued it
        JsonNode tokensB = onB.tokens(dora.user());
        assertThat(role(Organizations.accessToken(tokensA), dora.alias())).isEqualTo("administrator");
        assertThat(role(Organizations.accessToken(tokensB), dora.alias())).isEqualTo("administrator");
        String adminOnA = onA.masterAdminToken(); // a token is for the node (issuer URL) that issued it
        String adminOnB = onB.masterAdminToken();
        String organizationPath = "/admin/realms/" + onA.realm() + "/organizations/" + dora.organization();

        // renamed on A
        ObjectNode organization = (ObjectNode) env.admin().get(organizationPath);
        organization.put("name", "Acme Holding SA");
        HttpResponse<String> renamed = onA.call("PUT", organizationPath, adminOnA, AdminApi.JSON.writeValueAsString(organization));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(204);
        JsonNode afterRename = Organizations.accessToken(onB.refresh(tokensB)).get("organizations").get(dora.alias());
        assertThat(afterRename.get("name").asText()).isEqualTo("Acme Holding SA");

        // disabled on B: gone from A's next token; enabled again: back
        organization.put("name", "Acme Holding SA").put("enabled", false);
        HttpResponse<String> disabled = onB.call("PUT", organizationPath, adminOnB, AdminApi.JSON.writeValueAsString(organization));
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(204);
        assertThat(Organizations.accessToken(onA.refresh(tokensA)).get("organizations").has(dora.alias())).isFalse();
        organization.put("enabled", true);
        assertThat(onB.call("PUT", organizationPath, adminOnB, AdminApi.JSON.writeValueAsString(organization)).statusCode())
                .isEqualTo(204);
        assertThat(role(Organizations.accessToken(onA.refresh(tokensA)), dora.alias())).isEqualTo("administrator");

        // removed from the organization on A: gone from B's next token, role forgotten
        HttpResponse<String> removed = onA.call("DELETE", organizationPath + "/members/" + dora.user(), adminOnA, null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(Organizations.accessToken(onB.refresh(tokensB)).get("organizations").has(dora.alias())).isFalse();

        // added back on B: A's next token shows them without their old role
        HttpResponse<String> added = onB.call("POST", organizationPath + "/members", adminOnB, "\"" + dora.user() + "\"");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(role(Organizations.accessToken(onA.refresh(tokensA)), dora.alias())).isEqualTo("collaborator");
    }

    private static String role(JsonNode claims, String alias) {
        JsonNode entry = claims.get("organizations").get(alias);
        assertThat(entry).as(claims.toString()).isNotNull();
        return entry.get("role").asText();
    }
}
