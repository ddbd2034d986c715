package io.alpenlock.organizations.notices.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.alpenlock.organizations.roles.OrganizationRole;

/**
 * The "your role changed" e-mail to the member whose role changed: which organization, the old and the new
 * role, who changed it and when. Roles travel as wire names; the template translates them.
 *
 * @param organizationName as the organization is called (cleaned; its alias when it has no name)
 * @param changedBy        who made the change: an organization admin's name or a realm administrator's username
 */
public record RoleChangeSummary(String organizationName, OrganizationRole oldRole, OrganizationRole newRole,
        String changedBy, Instant changedAt) {

    public static final String TEMPLATE = "alpenlock-organization-role-changed.ftl";
    /** Subject: {0} = organization name. */
    public static final String SUBJECT_KEY = "alpenlockOrgRoleChangedSubject";

    public RoleChangeSummary {
        Objects.requireNonNull(oldRole, "oldRole");
        Objects.requireNonNull(newRole, "newRole");
        Objects.requireNonNull(changedAt, "changedAt");
        organizationName = NoticeText.clean(organizationName, "?");
        changedBy = NoticeText.clean(changedBy, "?");
    }

    /** From the wire names the callers pass ({@code legal-representative}...); refuses anything else. */
    public static RoleChangeSummary of(String organizationName, String oldRole, String newRole, String changedBy,
            Instant changedAt) {
        return new RoleChangeSummary(organizationName, OrganizationRole.parse(oldRole), OrganizationRole.parse(newRole),
                changedBy, changedAt);
    }

    /** False when the role stayed the same (a call that changed only product permissions). */
    public boolean isChange() {
        return oldRole != newRole;
    }

    /** What the templates read besides Keycloak's own model (user, realmName, locale, msg). */
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockOrganizationName", organizationName);
        attributes.put("alpenlockOldRole", oldRole.wireName());
        attributes.put("alpenlockNewRole", newRole.wireName());
        attributes.put("alpenlockChangedBy", changedBy);
        attributes.put("alpenlockChangedAt", NoticeTime.format(changedAt, locale, zone));
        attributes.put("alpenlockRoleRaised", newRole.isHigherThan(oldRole));
        return attributes;
    }
}
