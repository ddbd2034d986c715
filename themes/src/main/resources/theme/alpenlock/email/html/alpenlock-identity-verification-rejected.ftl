<#--
  Identity verification request rejected (HTML part).
  Attributes: alpenlockFullName (the name the person gave), alpenlockReason (the administrator's note; may be absent).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign intro = msg("alpenlockIdvRejectedIntro")>
<@alpenlock.emailLayout heading=msg("alpenlockIdvRejectedHeading") preheader=intro footer=msg("alpenlockIdvEmailFooter", realmName!"")>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", "{0}")?replace("{0}", alpenlockFullName!"")}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<#if alpenlockReason?has_content>
<@alpenlock.details>
<@alpenlock.detailRow label=msg("alpenlockIdvRejectedReason") value=alpenlockReason />
</@alpenlock.details>
</#if>
<@alpenlock.paragraph>${msg("alpenlockIdvRejectedNext")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
