package io.alpenlock.organizations.claim;

import static io.alpenlock.organizations.products.ProductAccess.MANAGE;
import static io.alpenlock.organizations.products.ProductAccess.USE;
import static io.alpenlock.organizations.roles.OrganizationRole.ADMINISTRATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.COLLABORATOR;
import static io.alpenlock.organizations.roles.OrganizationRole.EXTERNAL;
import static io.alpenlock.organizations.roles.OrganizationRole.LEGAL_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.OrganizationRole;

class OrganizationClaimTest {

    private static final ProductCatalogue DEMO = ProductCatalogue.DEMO;
    private static final ProductId MAIL = ProductId.of("mail");
    private static final ProductId DRIVE = ProductId.of("drive");

    private final OrganizationClaim withProducts = new OrganizationClaim(DEMO, OrganizationClaimConfig.DEFAULTS);
    private final OrganizationClaim withoutProducts = new OrganizationClaim(DEMO, new OrganizationClaimConfig("organizations", false));

    @Test
    void oneOrganizationLooksLikeTheDocumentedExample() {
        OrganizationMembership acme = new OrganizationMembership("8f14e45f-ceea-467a-9575-2f5c3e7f0c1a", "acme", "Acme SA",
                COLLABORATOR, ProductGrants.of(DEMO, Map.of(MAIL, USE)));

        Map<String, Object> claim = withProducts.build(List.of(acme));

        assertThat(claim).containsExactly(Map.entry("acme", Map.of(
                "id", "8f14e45f-ceea-467a-9575-2f5c3e7f0c1a",
                "name", "Acme SA",
                "role", "collaborator",
                "products", List.of("mail"),
                "external", false)));
        assertThat(entry(claim, "acme").keySet()).containsExactly("id", "name", "role", "products", "external");
    }

    @Test
    void productsListWhatTheMemberMayUseSortedWhateverTheLevel() {
        OrganizationMembership member = membership("acme", COLLABORATOR,
                ProductGrants.of(DEMO, Map.of(MAIL, MANAGE, DRIVE, USE, ProductId.of("web-hosting"), USE)));

        assertThat(entry(withProducts.build(List.of(member)), "acme").get("products"))
                .isEqualTo(List.of("drive", "mail", "web-hosting"));
    }

    @Test
    void administratorsAndLegalRepresentativesGetEveryCatalogueProduct() {
        Map<String, Object> claim = withProducts.build(List.of(
                membership("acme", ADMINISTRATOR, ProductGrants.NONE),
                membership("globex", LEGAL_REPRESENTATIVE, ProductGrants.of(DEMO, Map.of(MAIL, USE)))));

        List<String> all = List.of("domains", "drive", "mail", "web-hosting");
        assertThat(entry(claim, "acme").get("products")).isEqualTo(all);
        assertThat(entry(claim, "globex").get("products")).isEqualTo(all);
        assertThat(entry(claim, "globex").get("role")).isEqualTo("legal-representative");
    }

    @Test
    void externalsAreFlaggedAndOnlyThem() {
        Map<String, Object> claim = withProducts.build(List.of(
                membership("a", LEGAL_REPRESENTATIVE, ProductGrants.NONE),
                membership("b", ADMINISTRATOR, ProductGrants.NONE),
                membership("c", COLLABORATOR, ProductGrants.NONE),
                membership("d", EXTERNAL, ProductGrants.of(DEMO, Map.of(DRIVE, USE)))));

        assertThat(claim.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(List.of("a", "b", "c")).allSatisfy(alias -> assertThat(entry(claim, alias).get("external")).isEqualTo(false));
        assertThat(entry(claim, "d").get("external")).isEqualTo(true);
        assertThat(entry(claim, "d").get("role")).isEqualTo("external");
        assertThat(entry(claim, "d").get("products")).isEqualTo(List.of("drive"));
        assertThat(entry(claim, "c").get("products")).isEqualTo(List.of());
    }

    @Test
    void productsAreLeftOutWhenTheMapperSaysSo() {
        Map<String, Object> claim = withoutProducts.build(List.of(
                membership("acme", COLLABORATOR, ProductGrants.of(DEMO, Map.of(MAIL, USE))),
                membership("globex", ADMINISTRATOR, ProductGrants.NONE)));

        assertThat(List.of("acme", "globex")).allSatisfy(alias -> assertThat(entry(claim, alias).keySet())
                .containsExactly("id", "name", "role", "external"));
    }

    @Test
    void noOrganizationGivesAnEmptyClaim() {
        assertThat(withProducts.build(List.of())).isEmpty();
    }

    @Test
    void twentyOrganizationsInAnyOrderGiveTheSameClaimOrderedByAlias() {
        List<OrganizationMembership> memberships = new ArrayList<>();
        OrganizationRole[] roles = OrganizationRole.values();
        IntStream.rangeClosed(1, 20).forEach(i -> memberships.add(
                membership(String.format("org-%02d", i), roles[i % roles.length], ProductGrants.of(DEMO, Map.of(MAIL, USE)))));
        List<OrganizationMembership> shuffled = new ArrayList<>(memberships);
        Collections.shuffle(shuffled, new Random(42));

        Map<String, Object> claim = withProducts.build(shuffled);

        assertThat(claim).hasSize(20).isEqualTo(withProducts.build(memberships));
        assertThat(claim.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1, 20)
                .mapToObj(i -> String.format("org-%02d", i)).toList());
        assertThat(new ArrayList<>(claim.keySet())).isEqualTo(new ArrayList<>(withProducts.build(memberships).keySet()));
        assertThat(entry(claim, "org-07").get("id")).isEqualTo("id-org-07");
        assertThat(entry(claim, "org-07").get("role")).isEqualTo(roles[7 % roles.length].wireName());
    }

    @Test
    void onlyTheGivenOrganizationsAppear() {
        Map<String, Object> claim = withProducts.build(List.of(membership("acme", EXTERNAL, ProductGrants.NONE)));

        assertThat(claim).containsOnlyKeys("acme");
    }

    @Test
    void twoMembershipsWithOneAliasAreRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> withProducts.build(List.of(
                membership("acme", EXTERNAL, ProductGrants.NONE),
                new OrganizationMembership("other-id", "acme", "Acme Ltd", ADMINISTRATOR, ProductGrants.NONE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two organizations have the alias 'acme'");
    }

    @Test
    void theClaimCannotBeChangedAfterwards() {
        Map<String, Object> claim = withProducts.build(List.of(membership("acme", COLLABORATOR, ProductGrants.of(DEMO, Map.of(MAIL, USE)))));

        assertThatThrownBy(() -> claim.put("globex", Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> entry(claim, "acme").put("role", "administrator")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) entry(claim, "acme").get("products")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMembershipNeedsAnIdAndAnAlias() {
        assertThatThrownBy(() -> new OrganizationMembership(" ", "acme", "Acme", EXTERNAL, ProductGrants.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Blank organization id");
        assertThatThrownBy(() -> new OrganizationMembership("id", "", "Acme", EXTERNAL, ProductGrants.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Blank organization alias");
        assertThatThrownBy(() -> new OrganizationMembership("id", "acme", "Acme", null, ProductGrants.NONE))
                .isInstanceOf(NullPointerException.class);
    }

    private static OrganizationMembership membership(String alias, OrganizationRole role, ProductGrants grants) {
        return new OrganizationMembership("id-" + alias, alias, "Name of " + alias, role, grants);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> claim, String alias) {
        return (Map<String, Object>) claim.get(alias);
    }
}
