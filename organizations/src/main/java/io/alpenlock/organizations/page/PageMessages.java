package io.alpenlock.organizations.page;

import java.util.Map;

/**
 * The message keys of the members page ({@code alpenlock-organization-members.ftl} in the login theme), by the
 * code they translate: role and access names, what was done, and why a change was refused (the
 * {@link io.alpenlock.organizations.roles.RefusalReason} codes and the service's own error codes).
 */
final class PageMessages {

    /** The account console's menu entry (account theme, {@code content.json}) that leads to the page. */
    static final String ACCOUNT_CONSOLE_LABEL = "alpenlockOrganizationMembers";

    static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("legal-representative", "alpenlockOrgRoleLegalRepresentative"),
            Map.entry("administrator", "alpenlockOrgRoleAdministrator"),
            Map.entry("collaborator", "alpenlockOrgRoleCollaborator"),
            Map.entry("external", "alpenlockOrgRoleExternal"));

    static final Map<String, String> ACCESS = Map.ofEntries(
            Map.entry("none", "alpenlockOrgAccessNone"),
            Map.entry("use", "alpenlockOrgAccessUse"),
            Map.entry("manage", "alpenlockOrgAccessManage"));

    static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("change-role", "alpenlockOrgDoneChangeRole"),
            Map.entry("set-products", "alpenlockOrgDoneSetProducts"),
            Map.entry("remove", "alpenlockOrgDoneRemove"),
            Map.entry("leave", "alpenlockOrgDoneLeave"),
            Map.entry("create", "alpenlockOrgDoneCreate"),
            Map.entry("invite", "alpenlockOrgDoneInvite"));

    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("not-a-member", "alpenlockOrgRefusedNotAMember"),
            Map.entry("not-an-organization-admin", "alpenlockOrgRefusedNotAnOrganizationAdmin"),
            Map.entry("only-legal-representative-grants-legal-representative", "alpenlockOrgRefusedOnlyLegalRepresentativeGrantsLegalRepresentative"),
            Map.entry("only-legal-representative-changes-legal-representative", "alpenlockOrgRefusedOnlyLegalRepresentativeChangesLegalRepresentative"),
            Map.entry("last-legal-representative", "alpenlockOrgRefusedLastLegalRepresentative"),
            Map.entry("cannot-raise-own-role", "alpenlockOrgRefusedCannotRaiseOwnRole"),
            Map.entry("role-unchanged", "alpenlockOrgRefusedRoleUnchanged"),
            Map.entry("products-only-for-collaborators-and-externals", "alpenlockOrgRefusedProductsOnlyForCollaboratorsAndExternals"),
            Map.entry("external-cannot-manage-products", "alpenlockOrgRefusedExternalCannotManageProducts"),
            Map.entry("cannot-remove-self", "alpenlockOrgRefusedCannotRemoveSelf"),
            Map.entry("not_found", "alpenlockOrgRefusedNotFound"),
            Map.entry("invalid_request", "alpenlockOrgRefusedInvalidRequest"),
            Map.entry("busy", "alpenlockOrgRefusedBusy"),
            Map.entry("organization_exists", "alpenlockOrgRefusedOrganizationExists"),
            Map.entry("invalid_role", "alpenlockOrgRefusedInvalidRole"),
            Map.entry("invalid_products", "alpenlockOrgRefusedInvalidProducts"),
            Map.entry("csrf", "alpenlockOrgRefusedCsrf"),
            Map.entry("invalid_product_catalogue", "alpenlockOrgRefusedInvalidProductCatalogue"));

    private PageMessages() {
    }

    static String refused(String code) {
        return REFUSED.getOrDefault(code, REFUSED.get("invalid_request"));
    }
}
