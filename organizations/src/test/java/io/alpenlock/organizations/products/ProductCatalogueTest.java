package io.alpenlock.organizations.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductCatalogueTest {

    @Test
    void theDemoCatalogueOffersMailDriveWebHostingAndDomainsInThatOrder() {
        assertThat(ProductCatalogue.DEMO.products()).containsExactly(
                new Product(ProductId.of("mail"), "Mail"),
                new Product(ProductId.of("drive"), "Drive"),
                new Product(ProductId.of("web-hosting"), "Web hosting"),
                new Product(ProductId.of("domains"), "Domains"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void aRealmWithoutSettingGetsTheDemoCatalogue(String setting) {
        assertThat(ProductCatalogue.fromSetting(setting)).isSameAs(ProductCatalogue.DEMO);
    }

    @Test
    void readsEntriesInTheirOrderIgnoringSpacesAndEmptyEntries() {
        ProductCatalogue catalogue = ProductCatalogue.fromSetting(" crm = Customer relations ,\n  vpn=VPN access,, backup-2=Backups = nightly,");

        assertThat(catalogue.products()).containsExactly(
                new Product(ProductId.of("crm"), "Customer relations"),
                new Product(ProductId.of("vpn"), "VPN access"),
                new Product(ProductId.of("backup-2"), "Backups = nightly"));
        assertThat(catalogue.ids()).extracting(ProductId::value).containsExactly("crm", "vpn", "backup-2");
        assertThat(catalogue.contains(ProductId.of("vpn"))).isTrue();
        assertThat(catalogue.contains(ProductId.of("mail"))).isFalse();
        assertThat(catalogue.find(ProductId.of("crm"))).map(Product::displayName).contains("Customer relations");
        assertThat(catalogue.find(ProductId.of("mail"))).isEmpty();
    }

    @Test
    void itsSettingReadsBackAsTheSameCatalogue() {
        ProductCatalogue catalogue = ProductCatalogue.parse("crm=Customer relations, vpn=VPN = access");

        assertThat(catalogue.toSetting()).isEqualTo("crm=Customer relations, vpn=VPN = access");
        assertThat(ProductCatalogue.parse(catalogue.toSetting())).isEqualTo(catalogue).hasSameHashCodeAs(catalogue);
        assertThat(ProductCatalogue.parse(ProductCatalogue.DEMO_SETTING)).isEqualTo(ProductCatalogue.DEMO);
        assertThat(ProductCatalogue.parse("vpn=VPN, crm=CRM")).isNotEqualTo(ProductCatalogue.parse("crm=CRM, vpn=VPN"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ,,                           | The product catalogue lists no product: write id=Name entries separated by commas, for example mail=Mail, drive=Drive, web-hosting=Web hosting, domains=Domains.
            mail                         | Product entry 'mail' has no name: write it as id=Name, for example mail=Mail.
            mail=Mail, drive             | Product entry 'drive' has no name: write it as id=Name, for example mail=Mail.
            =Mail                        | Product entry '=Mail' has no id: write it as id=Name, for example mail=Mail.
            mail=                        | Product 'mail' has no name: write it as mail=Name.
            "mail=  "                    | Product 'mail' has no name: write it as mail=Name.
            Mail=Mail                    | Product id 'Mail' is not valid: use 1 to 40 lower-case letters, digits and single hyphens (for example web-hosting).
            web_hosting=Web              | Product id 'web_hosting' is not valid: use 1 to 40 lower-case letters, digits and single hyphens (for example web-hosting).
            web hosting=Web              | Product id 'web hosting' is not valid: use 1 to 40 lower-case letters, digits and single hyphens (for example web-hosting).
            -mail=Mail                   | Product id '-mail' is not valid: use 1 to 40 lower-case letters, digits and single hyphens (for example web-hosting).
            mail-=Mail                   | Product id 'mail-' is not valid: use 1 to 40 lower-case letters, digits and single hyphens (for example web-hosting).
            web--hosting=Web             | Product id 'web--hosting' is not valid: use 1 to 40 lower-case letters, digits and single hyphens (for example web-hosting).
            mail=Mail, drive=D, mail=M   | Product 'mail' is listed twice.
            """)
    void refusesABadSettingWithAMessageForTheRealmAdministrator(String setting, String message) {
        assertThatThrownBy(() -> ProductCatalogue.fromSetting(setting))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage(message);
    }

    @Test
    void idsAndNamesHaveALengthLimit() {
        assertThat(ProductCatalogue.parse("a".repeat(40) + "=" + "N".repeat(80)).products()).hasSize(1);
        assertThatThrownBy(() -> ProductCatalogue.parse("a".repeat(41) + "=Name"))
                .isInstanceOf(InvalidProductException.class).hasMessageContaining("is not valid: use 1 to 40");
        assertThatThrownBy(() -> ProductCatalogue.parse("mail=" + "N".repeat(81)))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage("The name of product 'mail' is longer than 80 characters.");
    }

    @Test
    void aVeryLongBadIdIsQuotedShortened() {
        assertThatThrownBy(() -> ProductCatalogue.parse("X".repeat(1000) + "=Name"))
                .hasMessageStartingWith("Product id '" + "X".repeat(50) + "…' is not valid");
    }

    @Test
    void namesMayNotContainControlCharacters() {
        assertThatThrownBy(() -> ProductCatalogue.parse("mail=Ma\u0000il"))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage("The name of product 'mail' contains a control character.");
    }

    @Test
    void atMostFiftyProducts() {
        assertThat(ProductCatalogue.parse(products(50)).products()).hasSize(50);
        assertThatThrownBy(() -> ProductCatalogue.parse(products(51)))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage("At most 50 products can be listed.");
    }

    @Test
    void requireAcceptsACatalogueProductAndNamesTheOffersOtherwise() {
        assertThat(ProductCatalogue.DEMO.require("web-hosting")).isEqualTo(ProductId.of("web-hosting"));
        assertThatThrownBy(() -> ProductCatalogue.DEMO.require("crm"))
                .isInstanceOf(InvalidProductException.class)
                .hasMessage("Unknown product 'crm': this realm offers mail, drive, web-hosting, domains.");
        assertThatThrownBy(() -> ProductCatalogue.DEMO.require("Mail"))
                .isInstanceOf(InvalidProductException.class).hasMessageContaining("is not valid");
    }

    @Test
    void itsListsCannotBeChanged() {
        ProductCatalogue catalogue = ProductCatalogue.DEMO;

        assertThatThrownBy(() -> catalogue.products().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.ids().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static String products(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "p" + i + "=Product " + i).collect(Collectors.joining(", "));
    }
}
