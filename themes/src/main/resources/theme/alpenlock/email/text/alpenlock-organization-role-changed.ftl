<#ftl output_format="plainText">
<#--
  "Your role in <organization> has changed" (plain-text part); same attributes as the HTML part:
  alpenlockOrganizationName, alpenlockOldRole, alpenlockNewRole, alpenlockChangedBy, alpenlockChangedAt,
  alpenlockRoleRaised.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#import "alpenlock-organization-common.ftl" as org>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockOrgRoleChangedHeading") footer=msg("alpenlockOrgFooter", realmName!"")>
${msg("alpenlockEmailGreeting", greetingName)}

${org.withName(msg("alpenlockOrgRoleChangedIntro", "{0}"), alpenlockOrganizationName)}

<@alpenlock.detailLine label=msg("alpenlockOrgDetailOrganization") value=alpenlockOrganizationName />
<@alpenlock.detailLine label=msg("alpenlockOrgDetailOldRole") value=org.roleName(alpenlockOldRole) />
<@alpenlock.detailLine label=msg("alpenlockOrgDetailNewRole") value=org.roleName(alpenlockNewRole) />
<@alpenlock.detailLine label=msg("alpenlockOrgDetailChangedBy") value=alpenlockChangedBy />
<@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt />

<#if (alpenlockRoleRaised!false)?is_boolean && (alpenlockRoleRaised!false)>
${msg("alpenlockOrgRoleChangedRaised")}
<#else>
${msg("alpenlockOrgRoleChangedLowered")}
</#if>

${msg("alpenlockOrgRoleChangedQuestions")}
</@alpenlock.emailLayout>
