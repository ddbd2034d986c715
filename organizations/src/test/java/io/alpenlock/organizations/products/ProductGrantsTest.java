package io.alpenlock.organizations.products;

import static io.alpenlock.organizations.products.ProductAccess.MANAGE;
import static io.alpenlock.organizations.products.ProductAccess.USE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductGrantsTest {

    private static final ProductCatalogue DEMO = ProductCatalogue.DEMO;
    private static final ProductId MAIL = ProductId.of("mail");
    private static final ProductId DRIVE = ProductId.of("drive");
    private static final ProductId DOMAINS = ProductId.of("domains");

    @Test
    void grantsOnCatalogueProductsAreKeptOrderedByProductId() {
        Map<ProductId, ProductAccess> asked = new LinkedHashMap<>();
        asked.put(MAIL, USE);
        asked.put(DOMAINS, MANAGE);
        asked.put(DRIVE, USE);

        ProductGrants grants = ProductGrants.of(DEMO, asked);

        assertThat(grants.asMap()).containsExactly(Map.entry(DOMAINS, MANAGE), Map.entry(DRIVE, USE), Map.entry(MAIL, USE));
        assertThat(grants.accessTo(DOMAINS)).contains(MANAGE);
        assertThat(grants.accessTo(ProductId.of("web-hosting"))).isEmpty();
        assertThat(grants.usableProducts()).containsExactly(DOMAINS, DRIVE, MAIL);
        assertThat(grants.managesAnyProduct()).isTrue();
        assertThat(grants.isEmpty()).isFalse();
    }

    @Test
    void aProductOutsideTheCatalogueIsRefusedNamingWhatTheRealmOffers() {
        assertThatThrownBy(() -> ProductGrants.of(DEMO, Map.of(MAIL, USE, ProductId.of("crm"), USE)))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage("Unknown product 'crm': this realm offers mail, drive, web-hosting, domains.");
    }

    @Test
    void storedGrantsOnProductsNoLongerOfferedAreDropped() {
        ProductCatalogue withoutDrive = ProductCatalogue.parse("mail=Mail, domains=Domains");

        ProductGrants grants = ProductGrants.stored(withoutDrive, Map.of(MAIL, USE, DRIVE, MANAGE));

        assertThat(grants.asMap()).containsExactly(Map.entry(MAIL, USE));
        assertThat(ProductGrants.stored(withoutDrive, Map.of(DRIVE, USE))).isSameAs(ProductGrants.NONE);
    }

    @Test
    void noGrantsAtAll() {
        assertThat(ProductGrants.of(DEMO, Map.of())).isSameAs(ProductGrants.NONE);
        assertThat(ProductGrants.NONE.isEmpty()).isTrue();
        assertThat(ProductGrants.NONE.managesAnyProduct()).isFalse();
        assertThat(ProductGrants.NONE.usableProducts()).isEmpty();
    }

    @Test
    void nullProductsOrLevelsAreRefused() {
        Map<ProductId, ProductAccess> nullLevel = new HashMap<>();
        nullLevel.put(MAIL, null);
        Map<ProductId, ProductAccess> nullProduct = new HashMap<>();
        nullProduct.put(null, USE);

        assertThatThrownBy(() -> ProductGrants.of(DEMO, nullLevel)).isInstanceOf(NullPointerException.class)
                .hasMessage("access to mail");
        assertThatThrownBy(() -> ProductGrants.of(DEMO, nullProduct)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void grantsAreACopyThatCannotBeChanged() {
        Map<ProductId, ProductAccess> asked = new HashMap<>(Map.of(MAIL, USE));
        ProductGrants grants = ProductGrants.of(DEMO, asked);

        asked.put(DRIVE, MANAGE);

        assertThat(grants.asMap()).containsOnlyKeys(MAIL);
        assertThatThrownBy(() -> grants.asMap().put(DRIVE, USE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> grants.usableProducts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void useOnlyLowersEveryManageGrant() {
        ProductGrants grants = ProductGrants.of(DEMO, Map.of(MAIL, MANAGE, DRIVE, USE));

        assertThat(grants.useOnly().asMap()).containsExactly(Map.entry(DRIVE, USE), Map.entry(MAIL, USE));
        assertThat(grants.useOnly().managesAnyProduct()).isFalse();
        ProductGrants useOnly = ProductGrants.of(DEMO, Map.of(MAIL, USE));
        assertThat(useOnly.useOnly()).isSameAs(useOnly);
    }

    @Test
    void equalGrantsAreEqual() {
        assertThat(ProductGrants.of(DEMO, Map.of(MAIL, USE, DRIVE, MANAGE)))
                .isEqualTo(ProductGrants.of(DEMO, new LinkedHashMap<>(Map.of(DRIVE, MANAGE, MAIL, USE))))
                .hasSameHashCodeAs(ProductGrants.of(DEMO, Map.of(DRIVE, MANAGE, MAIL, USE)))
                .isNotEqualTo(ProductGrants.of(DEMO, Map.of(MAIL, USE, DRIVE, USE)));
    }
}
