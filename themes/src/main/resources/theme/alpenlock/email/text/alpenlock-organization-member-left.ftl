<#ftl output_format="plainText">
<#--
  "A member left <organization>" (plain-text part); same attributes as the HTML part:
  alpenlockOrganizationName, alpenlockMemberName, alpenlockMemberLogin, alpenlockChangedAt.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#import "alpenlock-organization-common.ftl" as org>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockOrgMemberLeftHeading") footer=msg("alpenlockOrgFooter", realmName!"")>
${msg("alpenlockEmailGreeting", greetingName)}

${org.withName(msg("alpenlockOrgMemberLeftIntro", "{0}"), alpenlockOrganizationName)}

<@alpenlock.detailLine label=msg("alpenlockOrgDetailMember") value=alpenlockMemberName />
<@alpenlock.detailLine label=msg("alpenlockOrgDetailLogin") value=alpenlockMemberLogin />
<@alpenlock.detailLine label=msg("alpenlockOrgDetailOrganization") value=alpenlockOrganizationName />
<@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt />

${msg("alpenlockOrgMemberGoneRolesRemoved")}

${msg("alpenlockOrgMemberGoneCheckWork")}
</@alpenlock.emailLayout>
