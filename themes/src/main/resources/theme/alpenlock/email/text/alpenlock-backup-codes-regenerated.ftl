<#ftl output_format="plainText">
<#--
  "New backup codes created" security e-mail (plain-text part); same attributes as the HTML part:
  alpenlockChangedAt, alpenlockIpAddress (may be absent), alpenlockDevice (may be absent), alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockBackupCodesRegeneratedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockBackupCodesRegeneratedIntro", realmName!"", accountName)}

<#if alpenlockChangedAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>

${msg("alpenlockBackupCodesRegeneratedIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockBackupCodesRegeneratedIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepNewBackupCodes")}
3. ${msg("alpenlockEmailStepCheckTwoFactor")}
4. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
