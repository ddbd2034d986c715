<#--
  "A member of <organization> closed their account" (HTML part), to each administrator and legal representative of the organization
  (not to the member). Attributes from the organizations module (io.alpenlock.organizations.notices):
    alpenlockOrganizationName  String, the organization's name (typed by people: escaped here)
    alpenlockMemberName        String, the member's full name, or their login when they gave none (escaped)
    alpenlockMemberLogin       String, the member's login identifier (escaped)
    alpenlockChangedAt         String, already formatted for the reader's language, with the time zone
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#import "alpenlock-organization-common.ftl" as org>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = org.withName(msg("alpenlockOrgAccountClosedIntro", "{0}"), alpenlockOrganizationName)>
<@alpenlock.emailLayout heading=msg("alpenlockOrgAccountClosedHeading") preheader=intro footer=msg("alpenlockOrgFooter", realmName!"")>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<@alpenlock.detailRow label=msg("alpenlockOrgDetailMember") value=alpenlockMemberName />
<@alpenlock.detailRow label=msg("alpenlockOrgDetailLogin") value=alpenlockMemberLogin />
<@alpenlock.detailRow label=msg("alpenlockOrgDetailOrganization") value=alpenlockOrganizationName />
<@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt />
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockOrgMemberGoneRolesRemoved")}</@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockOrgMemberGoneCheckWork")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
