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
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The self-service organizations API ({@code /realms/{r}/alpenlock-organizations/me/…}) with users' own access
 * tokens: creating organizations, inviting, role changes allowed and refused by the rules, the concurrent last
 * legal representative, and the admin events every change leaves.
 */
@AlpenlockIT
@Order(82)
class OrganizationSelfServiceApiIT {

    @Test
    void aUserCreatesAnOrganizationAsItsLegalRepresentativeAndInvitesAnExistingAccount(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgapi");
        String lena = orgs.createUser("lena");
        String marc = orgs.createUser("marc");
        String token = orgs.accessToken(lena);
        String alias = Organizations.uniqueAlias("lena");

        HttpResponse<String> created = orgs.call("POST", orgs.selfService("/organizations"), token,
                "{\"name\": \"Lena AG " + alias + "\", \"alias\": \"" + alias + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String org = Organizations.body(created).get("id").asText();
        assertThat(Organizations.body(created).get("role").asText()).isEqualTo("legal-representative");

        HttpResponse<String> mine = orgs.call("GET", orgs.selfService("/organizations"), token, null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(Organizations.body(mine).get(0).get("alias").asText()).isEqualTo(alias);

        HttpResponse<String> invited = orgs.call("POST", orgs.selfService("/organizations/" + org + "/members"), token,
                "{\"email\": \"" + orgs.username(marc) + "\", \"role\": \"collaborator\", \"products\": {\"mail\": \"use\"}}");
        HttpResponse<String> unknown = orgs.call("POST", orgs.selfService("/organizations/" + org + "/members"), token,
                "{\"email\": \"nobody-" + alias + "@alpenlock.test\", \"role\": \"collaborator\"}");
        // the same answer whether or not the address has an account
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(invited.body());

        JsonNode members = Organizations.body(orgs.call("GET", orgs.selfService("/organizations/" + org + "/members"), token, null));
        assertThat(members).hasSize(2);
        assertThat(members.get(1).get("id").asText()).isEqualTo(marc);
        assertThat(members.get(1).get("role").asText()).isEqualTo("collaborator");
        assertThat(members.get(1).get("products").get("mail").asText()).isEqualTo("use");

        JsonNode claim = Organizations.accessToken(orgs.tokens(lena)).get("organizations").get(alias);
        assertThat(claim.get("role").asText()).isEqualTo("legal-representative");
        JsonNode marcClaim = Organizations.accessToken(orgs.tokens(marc)).get("organizations").get(alias);
        assertThat(marcClaim.get("products").toString()).isEqualTo("[\"mail\"]");
    }

    @Test
    void roleChangesFollowTheRulesForEveryKindOfCaller(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgmatrix");
        String rep = orgs.createUser("rep");
        String admin = orgs.createUser("admin");
        String colla = orgs.createUser("colla");
        String ext = orgs.createUser("ext");
        String alias = Organizations.uniqueAlias("acme");
        String org = orgs.createOrganization(alias, "Acme " + alias);
        for (String user : List.of(rep, admin, colla, ext)) {
            orgs.addMember(org, user);
        }
        orgs.assignRole(org, rep, "legal-representative", Map.of());
        orgs.assignRole(org, admin, "administrator", Map.of());
        orgs.assignRole(org, colla, "collaborator", Map.of("mail", "use"));
        orgs.assignRole(org, ext, "external", Map.of());
        String repToken = orgs.accessToken(rep);
        String adminToken = orgs.accessToken(admin);
        String collaToken = orgs.accessToken(colla);
        String extToken = orgs.accessToken(ext);

        // refused: status and the rule's code, and nothing changed
        expectRefused(orgs, collaToken, org, ext, "{\"role\": \"collaborator\"}", 403, "not-an-organization-admin");
        expectRefused(orgs, extToken, org, ext, "{\"role\": \"collaborator\"}", 403, "cannot-raise-own-role");
        expectRefused(orgs, collaToken, org, colla, "{\"role\": \"administrator\"}", 403, "cannot-raise-own-role");
        expectRefused(orgs, adminToken, org, colla, "{\"role\": \"legal-representative\"}", 403,
                "only-legal-representative-grants-legal-representative");
        expectRefused(orgs, adminToken, org, rep, "{\"role\": \"administrator\"}", 403,
                "only-legal-representative-changes-legal-representative");
        expectRefused(orgs, repToken, org, rep, "{\"role\": \"administrator\"}", 409, "last-legal-representative");
        expectRefused(orgs, repToken, org, admin, "{\"role\": \"administrator\"}", 409, "role-unchanged");
        expectRefused(orgs, adminToken, org, ext, "{\"role\": \"external\", \"products\": {\"mail\": \"manage\"}}", 409,
                "role-unchanged");
        HttpResponse<String> extManage = orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + ext + "/products"),
                adminToken, "{\"products\": {\"mail\": \"manage\"}}");
        assertThat(extManage.statusCode()).as(extManage.body()).isEqualTo(400);
        assertThat(Organizations.body(extManage).get("error").asText()).isEqualTo("external-cannot-manage-products");
        assertThat(orgs.rolesByMember(org)).containsEntry(rep, "legal-representative").containsEntry(admin, "administrator")
                .containsEntry(colla, "collaborator").containsEntry(ext, "external");

        // allowed
        expectChanged(orgs, adminToken, org, ext, "{\"role\": \"collaborator\", \"products\": {\"drive\": \"manage\"}}", "collaborator");
        expectChanged(orgs, repToken, org, colla, "{\"role\": \"legal-representative\"}", "legal-representative");
        expectChanged(orgs, repToken, org, rep, "{\"role\": \"administrator\"}", "administrator");
        expectChanged(orgs, adminToken, org, admin, "{\"role\": \"collaborator\"}", "collaborator");
        HttpResponse<String> products = orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + ext + "/products"),
                repToken, "{\"products\": {\"mail\": \"use\", \"domains\": \"manage\"}}");
        assertThat(products.statusCode()).as(products.body()).isEqualTo(200);
        assertThat(Organizations.body(products).get("products").toString()).isEqualTo("{\"domains\":\"manage\",\"mail\":\"use\"}");

        // the next token of the member shows the change
        JsonNode claim = Organizations.accessToken(orgs.tokens(ext)).get("organizations").get(alias);
        assertThat(claim.get("role").asText()).isEqualTo("collaborator");
        assertThat(claim.get("products").toString()).isEqualTo("[\"domains\",\"mail\"]");
    }

    @Test
    void ofTwoLegalRepresentativesDemotingEachOtherAtOnceExactlyOneWins(Environment env) throws Exception {
        Organizations orgs = Organizations.newRealm(env, "orgrace");
        String anna = orgs.createUser("anna");
        String beat = orgs.createUser("beat");
        String alias = Organizations.uniqueAlias("race");
        String org = orgs.createOrganization(alias, "Race " + alias);
        orgs.addMember(org, anna);
        orgs.addMember(org, beat);
        String annaToken = orgs.accessToken(anna);
        String beatToken = orgs.accessToken(beat);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                orgs.assignRole(org, anna, "legal-representative", Map.of());
                orgs.assignRole(org, beat, "legal-representative", Map.of());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> demotions = new ArrayList<>();
                for (String[] pair : List.of(new String[] {annaToken, beat}, new String[] {beatToken, anna})) {
                    demotions.add(pool.submit(() -> {
                        start.await();
                        return orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + pair[1] + "/role"),
                                pair[0], "{\"role\": \"administrator\"}");
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> demotion : demotions) {
                    HttpResponse<String> response = demotion.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 200) {
                        // the loser is either refused by the rules (it is no longer a legal representative, or the
                        // other one is the last) or found the organization busy
                        assertThat(Organizations.body(response).get("error").asText()).as(response.body())
                                .isIn("last-legal-representative", "only-legal-representative-changes-legal-representative", "busy");
                    }
                }
                assertThat(statuses).as("round " + round).containsOnlyOnce(200);
                assertThat(orgs.rolesByMember(org).values()).as("round " + round).containsOnlyOnce("legal-representative");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputAndStrangersGetA4xxAndChangeNothing(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgbad");
        String rep = orgs.createUser("rep");
        String colla = orgs.createUser("colla");
        String stranger = orgs.createUser("stranger");
        String alias = Organizations.uniqueAlias("bad");
        String org = orgs.createOrganization(alias, "Bad " + alias);
        String otherOrg = orgs.createOrganization(Organizations.uniqueAlias("other"), "Other " + alias);
        orgs.addMember(org, rep);
        orgs.addMember(org, colla);
        orgs.assignRole(org, rep, "legal-representative", Map.of());
        orgs.assignRole(org, colla, "collaborator", Map.of("mail", "use"));
        String repToken = orgs.accessToken(rep);
        String collaToken = orgs.accessToken(colla);
        String rolePath = orgs.selfService("/organizations/" + org + "/members/" + colla + "/role");

        Map<String, Integer> bodies = new java.util.LinkedHashMap<>();
        bodies.put("{not json", 400);
        bodies.put("[\"administrator\"]", 400);
        bodies.put("{\"role\": \"owner\"}", 400);
        bodies.put("{\"role\": 3}", 400);
        bodies.put("{\"role\": \"external\", \"role\": \"administrator\"}", 400);
        bodies.put("{\"role\": \"external\", \"extra\": true}", 400);
        bodies.put("{\"role\": \"external\", \"products\": {\"fax\": \"use\"}}", 400);
        bodies.put("{\"role\": \"external\"} trailing", 400);
        bodies.put("{\"role\": \"external\", \"products\": {\"mail\": \"" + "x".repeat(20_000) + "\"}}", 400);
        bodies.put("", 400);
        bodies.forEach((body, status) -> {
            HttpResponse<String> response = orgs.call("PUT", rolePath, repToken, body);
            assertThat(response.statusCode()).as(body.length() > 60 ? "oversized" : body).isEqualTo(status);
            assertThat(Organizations.body(response).get("error").asText()).isNotBlank();
            assertThat(Organizations.body(response).get("error_description").asText()).isNotBlank();
        });

        // unknown ids, and an organization the caller is not a member of, answer alike
        HttpResponse<String> unknownOrg = orgs.call("GET", orgs.selfService("/organizations/no-such-org/members"), repToken, null);
        HttpResponse<String> foreignOrg = orgs.call("GET", orgs.selfService("/organizations/" + otherOrg + "/members"), repToken, null);
        assertThat(unknownOrg.statusCode()).isEqualTo(404);
        assertThat(foreignOrg.statusCode()).isEqualTo(404);
        assertThat(foreignOrg.body()).isEqualTo(unknownOrg.body());
        HttpResponse<String> foreignChange = orgs.call("PUT", orgs.selfService("/organizations/" + otherOrg + "/members/" + colla + "/role"),
                repToken, "{\"role\": \"external\"}");
        assertThat(foreignChange.body()).isEqualTo(unknownOrg.body());
        assertThat(orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/no-such-user/role"), repToken,
                "{\"role\": \"external\"}").statusCode()).isEqualTo(404);
        assertThat(orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + stranger + "/role"), repToken,
                "{\"role\": \"external\"}").statusCode()).isEqualTo(404);
        assertThat(orgs.call("GET", orgs.selfService("/organizations"), null, null).statusCode()).isEqualTo(401);
        assertThat(orgs.call("GET", orgs.selfService("/organizations"), "not-a-token", null).statusCode()).isEqualTo(401);

        // a collaborator calling admin operations: 403 here, and the realm administrators' side refuses them too
        HttpResponse<String> invite = orgs.call("POST", orgs.selfService("/organizations/" + org + "/members"), collaToken,
                "{\"email\": \"" + orgs.username(stranger) + "\"}");
        assertThat(invite.statusCode()).as(invite.body()).isEqualTo(403);
        assertThat(orgs.call("DELETE", orgs.selfService("/organizations/" + org + "/members/" + rep), collaToken, null)
                .statusCode()).isEqualTo(403);
        assertThat(orgs.call("GET", orgs.adminSide("/organizations/" + org + "/members"), collaToken, null).statusCode()).isEqualTo(403);
        assertThat(orgs.call("PUT", orgs.adminSide("/organizations/" + org + "/members/" + colla + "/role"), collaToken,
                "{\"role\": \"administrator\"}").statusCode()).isEqualTo(403);
        // ... with the same answer for an organization that does not exist (authorised before looked up)
        HttpResponse<String> adminUnknown = orgs.call("PUT", orgs.adminSide("/organizations/no-such-org/members/" + colla + "/role"),
                collaToken, "{\"role\": \"administrator\"}");
        assertThat(adminUnknown.statusCode()).isEqualTo(403);

        Map<String, String> roles = orgs.rolesByMember(org);
        assertThat(roles).hasSize(2).containsEntry(rep, "legal-representative").containsEntry(colla, "collaborator");
        JsonNode claim = Organizations.accessToken(orgs.tokens(colla)).get("organizations").get(alias);
        assertThat(claim.get("products").toString()).isEqualTo("[\"mail\"]");
        assertThat(Organizations.accessToken(orgs.tokens(stranger)).get("organizations").size()).isZero();
    }

    @Test
    void everyChangeIsAnAdminEventAndRealmAdministratorsManageMembersToo(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgevents");
        // as an administrator would switch on "Include representation" to see what changed
        assertThat(env.admin().put("/admin/realms/" + orgs.realm(), Map.of("adminEventsDetailsEnabled", true)).status())
                .isEqualTo(204);
        String rep = orgs.createUser("rep");
        String nina = orgs.createUser("nina");
        String otto = orgs.createUser("otto");
        String repToken = orgs.accessToken(rep);
        String alias = Organizations.uniqueAlias("ev");
        HttpResponse<String> created = orgs.call("POST", orgs.selfService("/organizations"), repToken,
                "{\"name\": \"Events " + alias + "\", \"alias\": \"" + alias + "\"}");
        String org = Organizations.body(created).get("id").asText();
        orgs.call("POST", orgs.selfService("/organizations/" + org + "/members"), repToken,
                "{\"email\": \"" + orgs.username(nina) + "\", \"role\": \"external\"}");
        HttpResponse<String> changed = orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + nina + "/role"),
                repToken, "{\"role\": \"administrator\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        String admin = orgs.masterAdminToken();
        assertThat(orgs.call("POST", orgs.adminSide("/organizations/" + org + "/members"), admin,
                "{\"email\": \"" + orgs.username(otto) + "\", \"role\": \"collaborator\", \"products\": {\"drive\": \"use\"}}")
                .statusCode()).isEqualTo(202);
        HttpResponse<String> products = orgs.call("GET", orgs.adminSide("/products"), admin, null);
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(products.body()).contains("\"id\":\"web-hosting\"");
        assertThat(orgs.rolesByMember(org)).containsEntry(otto, "collaborator");
        assertThat(orgs.call("DELETE", orgs.adminSide("/organizations/" + org + "/members/" + otto), admin, null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> lastRep = orgs.call("DELETE", orgs.adminSide("/organizations/" + org + "/members/" + rep), admin, null);
        assertThat(lastRep.statusCode()).isEqualTo(409);
        assertThat(orgs.rolesByMember(org)).containsOnlyKeys(rep, nina);
        // a member who is added again starts without their old role
        orgs.addMember(org, otto);
        assertThat(orgs.rolesByMember(org)).containsEntry(otto, "collaborator");
        assertThat(Organizations.accessToken(orgs.tokens(otto)).get("organizations").get(alias).get("products").size()).isZero();

        assertThat(orgs.call("POST", orgs.selfService("/organizations/" + org + "/leave"), orgs.accessToken(nina), null)
                .statusCode()).isEqualTo(204);

        JsonNode events = orgs.membershipAdminEvents();
        List<String> actions = new ArrayList<>();
        for (JsonNode event : events) {
            if (!event.hasNonNull("representation")) {
                continue; // Keycloak's own membership events (members added through its admin API)
            }
            JsonNode representation;
            try {
                representation = io.alpenlock.it.support.AdminApi.JSON.readTree(event.get("representation").asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (representation.has("action")) {
                actions.add(representation.get("action").asText());
                assertThat(representation.get("organizationId").asText()).isEqualTo(org);
            }
            if ("change-role".equals(representation.path("action").asText())) {
                assertThat(representation.get("memberId").asText()).isEqualTo(nina);
                assertThat(representation.get("oldRole").asText()).isEqualTo("external");
                assertThat(representation.get("newRole").asText()).isEqualTo("administrator");
                assertThat(event.get("authDetails").get("userId").asText()).isEqualTo(rep);
                assertThat(event.get("operationType").asText()).isEqualTo("UPDATE");
                assertThat(event.get("resourcePath").asText()).isEqualTo("organizations/" + org + "/members/" + nina);
                assertThat(event.get("details").get("newRole").asText()).isEqualTo("administrator");
            }
        }
        assertThat(actions).contains("create-organization", "invite", "change-role", "remove", "leave");
        assertThat(actions).filteredOn("invite"::equals).hasSize(2);
    }

    private static void expectRefused(Organizations orgs, String token, String org, String member, String body,
            int status, String error) {
        HttpResponse<String> response = orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + member + "/role"),
                token, body);
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(status);
        assertThat(Organizations.body(response).get("error").asText()).as(response.body()).isEqualTo(error);
        assertThat(Organizations.body(response).get("error_description").asText()).isNotBlank();
    }

    private static void expectChanged(Organizations orgs, String token, String org, String member, String body, String role) {
        HttpResponse<String> response = orgs.call("PUT", orgs.selfService("/organizations/" + org + "/members/" + member + "/role"),
                token, body);
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(200);
        assertThat(Organizations.body(response).get("role").asText()).isEqualTo(role);
        assertThat(orgs.rolesByMember(org)).containsEntry(member, role);
    }
}
