package io.alpenlock.organizations.page;

import java.util.LinkedHashMap;
import java.util.Map;

import io.alpenlock.organizations.membership.MembershipException;
import io.alpenlock.organizations.membership.MembershipService;
import io.alpenlock.organizations.membership.Views.MemberView;
import io.alpenlock.organizations.membership.Views.OrganizationView;
import io.alpenlock.organizations.products.Product;
import io.alpenlock.organizations.products.ProductAccess;
import io.alpenlock.organizations.products.ProductCatalogue;
import io.alpenlock.organizations.products.ProductGrants;
import io.alpenlock.organizations.products.ProductId;
import io.alpenlock.organizations.roles.OrganizationRole;
import jakarta.ws.rs.core.MultivaluedMap;

/** Turns a members-page form into a {@link MembershipService} call. */
final class PageActions {

    /**
     * What was done.
     *
     * @param done           the action (for its message)
     * @param organizationId the organization to show next (null: the first of the member's)
     */
    record Outcome(String done, String organizationId) {
    }

    private PageActions() {
    }

    static Outcome apply(MembershipService service, String action, MultivaluedMap<String, String> form) {
        String org = form.getFirst("org");
        String done = act(service, action, form);
        if ("create".equals(done)) {
            return new Outcome(done, service.myOrganizations().stream()
                    .filter(o -> o.alias().equals(normalisedAlias(form.getFirst("alias")))).map(OrganizationView::id)
                    .findFirst().orElse(null));
        }
        return new Outcome(done, "leave".equals(done) ? null : org);
    }

    private static String normalisedAlias(String alias) {
        return alias == null ? "" : alias.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String act(MembershipService service, String action, MultivaluedMap<String, String> form) {
        String org = form.getFirst("org");
        String member = form.getFirst("member");
        switch (action) {
            case "save" -> {
                OrganizationRole role = role(form.getFirst("role"));
                ProductGrants grants = grants(service.catalogue(), form);
                MemberView current = service.members(org).stream().filter(m -> m.id().equals(member)).findFirst()
                        .orElseThrow(() -> new MembershipException(MembershipException.Kind.NOT_FOUND, "not_found",
                                "No such member of this organization."));
                if (!current.role().equals(role.wireName())) {
                    service.changeRole(org, member, role, role.holdsProductGrants() ? grants : ProductGrants.NONE);
                    return "change-role";
                }
                if (!role.holdsProductGrants()) {
                    throw new MembershipException(MembershipException.Kind.CONFLICT, "role-unchanged",
                            "The member already has this role.");
                }
                service.setProducts(org, member, grants);
                return "set-products";
            }
            case "remove" -> {
                service.remove(org, member);
                return "remove";
            }
            case "leave" -> {
                service.leave(org);
                return "leave";
            }
            case "invite" -> {
                service.invite(org, form.getFirst("email"), role(form.getFirst("role")), ProductGrants.NONE);
                return "invite";
            }
            case "create" -> {
                service.create(form.getFirst("name"), form.getFirst("alias"));
                return "create";
            }
            default -> throw new MembershipException(MembershipException.Kind.INVALID, "invalid_request",
                    "Unknown action.");
        }
    }

    private static OrganizationRole role(String text) {
        try {
            return OrganizationRole.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new MembershipException(MembershipException.Kind.INVALID, "invalid_role", e.getMessage());
        }
    }

    /** Fields {@code product.<id>} = {@code none}, {@code use} or {@code manage}, for the catalogue's products. */
    private static ProductGrants grants(ProductCatalogue catalogue, MultivaluedMap<String, String> form) {
        Map<ProductId, ProductAccess> grants = new LinkedHashMap<>();
        try {
            for (Product product : catalogue.products()) {
                String access = form.getFirst("product." + product.id().value());
                if (access != null && !access.isBlank() && !"none".equals(access)) {
                    grants.put(product.id(), ProductAccess.parse(access));
                }
            }
            return ProductGrants.of(catalogue, grants);
        } catch (IllegalArgumentException e) {
            throw new MembershipException(MembershipException.Kind.INVALID, "invalid_products", e.getMessage());
        }
    }
}
