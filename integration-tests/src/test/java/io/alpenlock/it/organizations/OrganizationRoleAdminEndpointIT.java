package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AdminApi;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The realm administrators' endpoint that sets a member's role: the organization keeps a legal
 * representative even under concurrent demotions, bad input gets a clear 4xx, and only administrators
 * of the realm get in.
 */
@AlpenlockIT
@Order(81)
class OrganizationRoleAdminEndpointIT {

    @Test
    void ofTwoConcurrentDemotionsOfTheLastTwoLegalRepresentativesExactlyOneSucceeds(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealm(env, "orgslr");
        String anna = orgs.createUser("anna");
        String beat = orgs.createUser("beat");
        String alias = Organizations.uniqueAlias("acme");
        String acme = orgs.createOrganization(alias, "Acme SA");
        orgs.addMember(acme, anna);
        orgs.addMember(acme, beat);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                orgs.assignRole(acme, anna, "legal-representative", Map.of());
                orgs.assignRole(acme, beat, "legal-representative", Map.of());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AdminApi.Result>> demotions = new ArrayList<>();
                for (String member : List.of(anna, beat)) {
                    demotions.add(pool.submit(() -> {
                        start.await();
                        return orgs.setRole(acme, member, "administrator", Map.of());
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<AdminApi.Result> demotion : demotions) {
                    AdminApi.Result result = demotion.get();
                    statuses.add(result.status());
                    if (result.status() != 200) {
                        assertThat(result.status()).as(result.body()).isEqualTo(409);
                        assertThat(result.json().get("error").asText()).isIn("last-legal-representative", "busy");
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);

                long legalRepresentatives = List.of(anna, beat).stream()
                        .map(member -> Organizations.accessToken(orgs.tokens(member)).get("organizations").get(alias))
                        .filter(entry -> entry.get("role").asText().equals("legal-representative"))
                        .count();
                assertThat(legalRepresentatives).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLastLegalRepresentativeCannotBeDemotedButAnotherCanBeAppointedFirst(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgslast");
        String carl = orgs.createUser("carl");
        String dana = orgs.createUser("dana");
        String acme = orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme SA");
        orgs.addMember(acme, carl);
        orgs.addMember(acme, dana);
        orgs.assignRole(acme, carl, "legal-representative", Map.of());

        AdminApi.Result refused = orgs.setRole(acme, carl, "collaborator", Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).isEqualTo("last-legal-representative");

        orgs.assignRole(acme, dana, "legal-representative", Map.of());
        AdminApi.Result demoted = orgs.setRole(acme, carl, "collaborator", Map.of("mail", "manage"));
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertThat(demoted.json().get("role").asText()).isEqualTo("collaborator");
        assertThat(demoted.json().get("products").get("mail").asText()).isEqualTo("manage");
    }

    @Test
    void badInputGetsA400WithAClearMessageAndChangesNothing(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgsbad");
        String emil = orgs.createUser("emil");
        String alias = Organizations.uniqueAlias("acme");
        String acme = orgs.createOrganization(alias, "Acme SA");
        orgs.addMember(acme, emil);
        orgs.assignRole(acme, emil, "external", Map.of("mail", "use"));
        String admin = orgs.masterAdminToken();

        Map<String, String> bodies = Map.of(
                "{not json", "not valid JSON",
                "{\"role\": \"owner\"}", "Unknown organization role 'owner'",
                "{\"role\": \"external\", \"products\": {\"fax\": \"use\"}}", "Unknown product 'fax'",
                "{\"role\": \"external\", \"products\": {\"mail\": \"manage\"}}", "An external can be allowed to use products",
                "{\"role\": \"administrator\", \"products\": {\"mail\": \"use\"}}", "Product permissions are given to collaborators",
                "", "A JSON body is required");
        bodies.forEach((body, message) -> {
            HttpResponse<String> response = orgs.put(orgs.rolePath(acme, emil), admin, body);
            assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains(message);
        });

        JsonNode entry = Organizations.accessToken(orgs.tokens(emil)).get("organizations").get(alias);
        assertThat(entry.get("role").asText()).isEqualTo("external");
    }

    @Test
    void unknownOrganizationsUsersAndNonMembersGetA404(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgs404");
        String fred = orgs.createUser("fred");
        String outsider = orgs.createUser("outsider");
        String acme = orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme SA");
        orgs.addMember(acme, fred);

        assertThat(orgs.setRole("no-such-organization", fred, "administrator", Map.of()).status()).isEqualTo(404);
        assertThat(orgs.setRole(acme, "no-such-user", "administrator", Map.of()).status()).isEqualTo(404);
        AdminApi.Result notMember = orgs.setRole(acme, outsider, "administrator", Map.of());
        assertThat(notMember.status()).isEqualTo(404);
        assertThat(notMember.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void onlyAdministratorsOfTheRealmMaySetRoles(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgsauth");
        String gabi = orgs.createUser("gabi");
        String acme = orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme SA");
        orgs.addMember(acme, gabi);
        orgs.assignRole(acme, gabi, "legal-representative", Map.of());
        String body = "{\"role\": \"administrator\"}";
        Organizations other = Organizations.newRealm(env, "orgsother");
        String otherUser = other.createUser("mallory");

        assertThat(orgs.put(orgs.rolePath(acme, gabi), null, body).statusCode()).isEqualTo(401);
        assertThat(orgs.put(orgs.rolePath(acme, gabi), "not-a-token", body).statusCode()).isEqualTo(401);
        String ownToken = orgs.tokens(gabi).get("access_token").asText();
        assertThat(orgs.put(orgs.rolePath(acme, gabi), ownToken, body).statusCode()).isEqualTo(403);
        String foreignToken = other.tokens(otherUser).get("access_token").asText();
        assertThat(orgs.put(orgs.rolePath(acme, gabi), foreignToken, body).statusCode()).isEqualTo(403);

        // the other tries: the legal representative kept their role
        assertThat(Organizations.accessToken(orgs.tokens(gabi)).toString()).contains("legal-representative");
    }
}
