<#ftl output_format="plainText">
<#--
  Identity verification request rejected (plain-text part); same attributes as the HTML part:
  alpenlockFullName, alpenlockReason (may be absent).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<@alpenlock.emailLayout heading=msg("alpenlockIdvRejectedHeading") footer=msg("alpenlockIdvEmailFooter", realmName!"")>
${msg("alpenlockEmailGreeting", "{0}")?replace("{0}", alpenlockFullName!"")}

${msg("alpenlockIdvRejectedIntro")}
<#if alpenlockReason?has_content>

<@alpenlock.detailLine label=msg("alpenlockIdvRejectedReason") value=alpenlockReason />
</#if>

${msg("alpenlockIdvRejectedNext")}
</@alpenlock.emailLayout>
