package io.alpenlock.organizations.api;

import java.util.List;

import io.alpenlock.organizations.products.ProductCatalogue;

/** The realm's product catalogue as the API shows it: {@code [{"id": "mail", "name": "Mail"}, …]}. */
public record ProductsView(String id, String name) {

    public static List<ProductsView> of(ProductCatalogue catalogue) {
        return catalogue.products().stream().map(p -> new ProductsView(p.id().value(), p.displayName())).toList();
    }
}
