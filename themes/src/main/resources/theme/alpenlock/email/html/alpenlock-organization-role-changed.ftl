<#--
  "Your role in <organization> has changed" (HTML part), to the member whose role changed.
  Attributes from the organizations module (io.alpenlock.organizations.notices), besides Keycloak's own:
    alpenlockOrganizationName  String, the organization's name (typed by people: escaped here)
    alpenlockOldRole           String, wire name of the previous role
    alpenlockNewRole           String, wire name of the new role
    alpenlockChangedBy         String, who changed it (an organization admin's name or an administrator's username)
    alpenlockChangedAt         String, already formatted for the member's language, with the time zone
    alpenlockRoleRaised        Boolean, true when the new role ranks higher than the old one
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#import "alpenlock-organization-common.ftl" as org>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = org.withName(msg("alpenlockOrgRoleChangedIntro", "{0}"), alpenlockOrganizationName)>
<@alpenlock.emailLayout heading=msg("alpenlockOrgRoleChangedHeading") preheader=intro footer=msg("alpenlockOrgFooter", realmName!"")>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<@alpenlock.detailRow label=msg("alpenlockOrgDetailOrganization") value=alpenlockOrganizationName />
<@alpenlock.detailRow label=msg("alpenlockOrgDetailOldRole") value=org.roleName(alpenlockOldRole) />
<@alpenlock.detailRow label=msg("alpenlockOrgDetailNewRole") value=org.roleName(alpenlockNewRole) />
<@alpenlock.detailRow label=msg("alpenlockOrgDetailChangedBy") value=alpenlockChangedBy />
<@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt />
</@alpenlock.details>
<#if (alpenlockRoleRaised!false)?is_boolean && (alpenlockRoleRaised!false)>
<@alpenlock.paragraph>${msg("alpenlockOrgRoleChangedRaised")}</@alpenlock.paragraph>
<#else>
<@alpenlock.paragraph>${msg("alpenlockOrgRoleChangedLowered")}</@alpenlock.paragraph>
</#if>
<@alpenlock.paragraph>${msg("alpenlockOrgRoleChangedQuestions")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
