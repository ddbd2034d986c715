<#ftl output_format="plainText">
<#--
  "Your password was changed" security e-mail (plain-text part); same attributes as the HTML part:
  alpenlockChangedAt, alpenlockIpAddress (may be absent), alpenlockDevice (may be absent), alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockPasswordChangedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockPasswordChangedIntro", realmName!"", accountName)}

<#if alpenlockChangedAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>

${msg("alpenlockPasswordChangedIfYou")}

${msg("alpenlockPasswordChangedIfNotYouTitle")}
${msg("alpenlockPasswordChangedIfNotYouIntro")}

1. ${msg("alpenlockPasswordChangedStepNewPassword")}
2. ${msg("alpenlockPasswordChangedStepCheckSettings")}
3. ${msg("alpenlockPasswordChangedStepSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
