package io.alpenlock.organizations.roles;

import static io.alpenlock.organizations.products.ProductAccess.MANAGE;
import static io.alpenlock.organizations.products.ProductAccess.USE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;

class EffectiveProductAccessTest {

    private static final ProductCatalogue DEMO = ProductCatalogue.DEMO;
    private static final ProductId MAIL = ProductId.of("mail");
    private static final ProductId DRIVE = ProductId.of("drive");
    private static final ProductId WEB_HOSTING = ProductId.of("web-hosting");
    private static final ProductId DOMAINS = ProductId.of("domains");

    private static final ProductGrants MAIL_MANAGE_DRIVE_USE = ProductGrants.of(DEMO, Map.of(MAIL, MANAGE, DRIVE, USE));

    @ParameterizedTest
    @EnumSource(value = OrganizationRole.class, names = {"LEGAL_REPRESENTATIVE", "ADMINISTRATOR"})
    void legalRepresentativesAndAdministratorsManageEveryProductWhateverTheirGrants(OrganizationRole role) {
        for (ProductGrants grants : new ProductGrants[] {ProductGrants.NONE, MAIL_MANAGE_DRIVE_USE}) {
            EffectiveProductAccess access = EffectiveProductAccess.of(role, grants, DEMO);

            assertThat(access.asMap()).containsExactly(Map.entry(DOMAINS, MANAGE), Map.entry(DRIVE, MANAGE),
                    Map.entry(MAIL, MANAGE), Map.entry(WEB_HOSTING, MANAGE));
            assertThat(access.usableProducts()).containsExactly(DOMAINS, DRIVE, MAIL, WEB_HOSTING);
        }
    }

    @Test
    void aCollaboratorHasExactlyTheirGrants() {
        EffectiveProductAccess access = EffectiveProductAccess.of(OrganizationRole.COLLABORATOR, MAIL_MANAGE_DRIVE_USE, DEMO);

        assertThat(access.asMap()).containsExactly(Map.entry(DRIVE, USE), Map.entry(MAIL, MANAGE));
        assertThat(access.mayManage(MAIL)).isTrue();
        assertThat(access.mayUse(MAIL)).isTrue();
        assertThat(access.mayManage(DRIVE)).isFalse();
        assertThat(access.mayUse(DRIVE)).isTrue();
        assertThat(access.mayUse(DOMAINS)).isFalse();
        assertThat(access.accessTo(DOMAINS)).isEmpty();
        assertThat(access.usableProducts()).containsExactly(DRIVE, MAIL);
    }

    @Test
    void anExternalNeverManagesEvenWithAStaleManageGrant() {
        EffectiveProductAccess access = EffectiveProductAccess.of(OrganizationRole.EXTERNAL, MAIL_MANAGE_DRIVE_USE, DEMO);

        assertThat(access.asMap()).containsExactly(Map.entry(DRIVE, USE), Map.entry(MAIL, USE));
        assertThat(access.mayManage(MAIL)).isFalse();
    }

    @Test
    void withoutGrantsACollaboratorOrExternalHasNoProduct() {
        assertThat(EffectiveProductAccess.of(OrganizationRole.COLLABORATOR, ProductGrants.NONE, DEMO).asMap()).isEmpty();
        assertThat(EffectiveProductAccess.of(OrganizationRole.EXTERNAL, ProductGrants.NONE, DEMO).usableProducts()).isEmpty();
    }

    @Test
    void onlyProductsOfTheGivenCatalogueCount() {
        ProductCatalogue mailOnly = ProductCatalogue.parse("mail=Mail");

        assertThat(EffectiveProductAccess.of(OrganizationRole.COLLABORATOR, MAIL_MANAGE_DRIVE_USE, mailOnly).usableProducts())
                .containsExactly(MAIL);
        assertThat(EffectiveProductAccess.of(OrganizationRole.ADMINISTRATOR, ProductGrants.NONE, mailOnly).usableProducts())
                .containsExactly(MAIL);
    }
}
