package io.alpenlock.it.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What an SSO application reads from the {@code organizations} claim of the demo webmail client
 * (mapper {@code alpenlock-organization-roles}): the user's organizations only, with role, products and
 * the external flag, in the ID token, access token, userinfo and introspection alike; and a role change
 * shows in the very next token.
 */
@AlpenlockIT
@Order(80)
class OrganizationRoleClaimIT {

    @Test
    void aUserInNoOrganizationGetsAnEmptyClaimEverywhere(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgs0");
        String stranger = orgs.createUser("stranger");
        String other = orgs.createUser("member");
        orgs.addMember(orgs.createOrganization(Organizations.uniqueAlias("acme"), "Acme SA"), other);

        JsonNode tokens = orgs.tokens(stranger);

        for (JsonNode claims : List.of(Organizations.idToken(tokens), Organizations.accessToken(tokens),
                orgs.userinfo(tokens), orgs.introspect(tokens))) {
            assertThat(claims.get("organizations")).as(claims.toString()).isNotNull();
            assertThat(claims.get("organizations").isObject()).isTrue();
            assertThat(claims.get("organizations")).isEmpty();
        }
    }

    @Test
    void aUserInOneOrganizationSeesTheirRoleAndProductsAndNothingOfAnotherOrganization(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgs1");
        String carla = orgs.createUser("carla");
        String dora = orgs.createUser("dora");
        String acmeAlias = Organizations.uniqueAlias("acme");
        String acme = orgs.createOrganization(acmeAlias, "Acme SA");
        String globexAlias = Organizations.uniqueAlias("globex");
        String globex = orgs.createOrganization(globexAlias, "Globex GmbH");
        orgs.addMember(acme, carla);
        orgs.addMember(globex, dora);
        orgs.assignRole(acme, carla, "collaborator", Map.of("mail", "use", "drive", "manage"));
        orgs.assignRole(globex, dora, "administrator", Map.of());

        JsonNode tokens = orgs.tokens(carla);

        for (JsonNode claims : List.of(Organizations.idToken(tokens), Organizations.accessToken(tokens),
                orgs.userinfo(tokens), orgs.introspect(tokens))) {
            JsonNode organizations = claims.get("organizations");
            assertThat(organizations).as(claims.toString()).isNotNull();
            assertThat(fieldNames(organizations)).containsExactly(acmeAlias);
            JsonNode entry = organizations.get(acmeAlias);
            assertThat(fieldNames(entry)).containsExactly("id", "name", "role", "products", "external");
            assertThat(entry.get("id").asText()).isEqualTo(acme);
            assertThat(entry.get("name").asText()).isEqualTo("Acme SA");
            assertThat(entry.get("role").asText()).isEqualTo("collaborator");
            assertThat(texts(entry.get("products"))).containsExactly("drive", "mail");
            assertThat(entry.get("external").asBoolean()).isFalse();
            assertThat(claims.toString()).doesNotContain(globex).doesNotContain("Globex");
        }
    }

    @Test
    void aUserInTwentyOrganizationsGetsAllTwentyWithTheirOwnRoles(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgs20");
        String erin = orgs.createUser("erin");
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String alias = String.format("org%02d-%s", i, Organizations.uniqueAlias("x"));
            String id = orgs.createOrganization(alias, "Organization " + i);
            orgs.addMember(id, erin);
            if (i % 2 == 0) {
                orgs.assignRole(id, erin, "external", Map.of("mail", "use"));
            }
            aliases.add(alias);
        }

        JsonNode tokens = orgs.tokens(erin);

        for (JsonNode claims : List.of(Organizations.idToken(tokens), Organizations.accessToken(tokens), orgs.userinfo(tokens))) {
            JsonNode organizations = claims.get("organizations");
            assertThat(fieldNames(organizations)).containsExactlyElementsOf(aliases);
            for (int i = 0; i < 20; i++) {
                JsonNode entry = organizations.get(aliases.get(i));
                if (i % 2 == 0) {
                    assertThat(entry.get("role").asText()).isEqualTo("external");
                    assertThat(entry.get("external").asBoolean()).isTrue();
                    assertThat(texts(entry.get("products"))).containsExactly("mail");
                } else {
                    // added in Keycloak without a role: a collaborator without products
                    assertThat(entry.get("role").asText()).isEqualTo("collaborator");
                    assertThat(texts(entry.get("products"))).isEmpty();
                }
            }
        }
    }

    @Test
    void theNextTokenAfterARoleChangeShowsTheNewRole(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgschg");
        String fritz = orgs.createUser("fritz");
        String alias = Organizations.uniqueAlias("acme");
        String acme = orgs.createOrganization(alias, "Acme SA");
        orgs.addMember(acme, fritz);
        orgs.assignRole(acme, fritz, "external", Map.of("mail", "use"));
        JsonNode before = orgs.tokens(fritz);
        assertThat(Organizations.accessToken(before).get("organizations").get(alias).get("role").asText()).isEqualTo("external");

        orgs.assignRole(acme, fritz, "administrator", Map.of());

        JsonNode refreshed = orgs.refresh(before);
        for (JsonNode claims : List.of(Organizations.idToken(refreshed), Organizations.accessToken(refreshed),
                orgs.userinfo(before), Organizations.accessToken(orgs.tokens(fritz)))) {
            JsonNode entry = claims.get("organizations").get(alias);
            assertThat(entry.get("role").asText()).as(claims.toString()).isEqualTo("administrator");
            assertThat(entry.get("external").asBoolean()).isFalse();
            assertThat(texts(entry.get("products"))).containsExactly("domains", "drive", "mail", "web-hosting");
        }
    }

    @Test
    void aMemberWhoLeavesAndComesBackStartsWithoutTheirOldRole(Environment env) {
        Organizations orgs = Organizations.newRealm(env, "orgsback");
        String gina = orgs.createUser("gina");
        String alias = Organizations.uniqueAlias("acme");
        String acme = orgs.createOrganization(alias, "Acme SA");
        orgs.addMember(acme, gina);
        orgs.assignRole(acme, gina, "administrator", Map.of());

        assertThat(env.admin().delete("/admin/realms/" + orgs.realm() + "/organizations/" + acme + "/members/" + gina).status())
                .isEqualTo(204);
        assertThat(Organizations.accessToken(orgs.tokens(gina)).get("organizations")).isEmpty();
        orgs.addMember(acme, gina);

        assertThat(Organizations.accessToken(orgs.tokens(gina)).get("organizations").get(alias).get("role").asText())
                .isEqualTo("collaborator");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
