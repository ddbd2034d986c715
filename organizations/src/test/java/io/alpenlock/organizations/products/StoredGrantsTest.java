package io.alpenlock.organizations.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StoredGrantsTest {

    private static final ProductCatalogue CATALOGUE = ProductCatalogue.DEMO;

    @Test
    void grantsAreWrittenOrderedByProductIdAndReadBack() {
        ProductGrants grants = ProductGrants.of(CATALOGUE,
                Map.of(ProductId.of("mail"), ProductAccess.USE, ProductId.of("drive"), ProductAccess.MANAGE));

        String text = StoredGrants.format(grants);

        assertThat(text).isEqualTo("drive=manage,mail=use");
        assertThat(StoredGrants.parse(text, CATALOGUE)).isEqualTo(grants);
    }

    @Test
    void noGrantsAreTheEmptyText() {
        assertThat(StoredGrants.format(ProductGrants.NONE)).isEmpty();
        assertThat(StoredGrants.parse("", CATALOGUE)).isEqualTo(ProductGrants.NONE);
        assertThat(StoredGrants.parse(null, CATALOGUE)).isEqualTo(ProductGrants.NONE);
    }

    @Test
    void productsTheRealmNoLongerOffersAreDropped() {
        assertThat(StoredGrants.parse("calendar=use,mail=use", CATALOGUE).asMap())
                .containsExactly(Map.entry(ProductId.of("mail"), ProductAccess.USE));
    }

    @Test
    void damagedEntriesAreSkippedWithoutBreakingTheOthers() {
        assertThat(StoredGrants.parse("=use,Mail=use,drive=own,mail,domains=manage,,", CATALOGUE).asMap())
                .containsExactly(Map.entry(ProductId.of("domains"), ProductAccess.MANAGE));
    }

    @Test
    void theLongestPossibleGrantsFitTheColumn() {
        StringBuilder setting = new StringBuilder();
        for (int i = 0; i < ProductCatalogue.MAX_PRODUCTS; i++) {
            String id = ("p" + i + "-").repeat(20).substring(0, ProductId.MAX_LENGTH - 1) + "x";
            setting.append(id).append("=P").append(i).append(',');
        }
        ProductCatalogue big = ProductCatalogue.parse(setting.toString());
        Map<ProductId, ProductAccess> all = new java.util.HashMap<>();
        big.ids().forEach(id -> all.put(id, ProductAccess.MANAGE));

        assertThat(StoredGrants.format(ProductGrants.of(big, all)).length()).isLessThanOrEqualTo(StoredGrants.MAX_LENGTH);
    }
}
