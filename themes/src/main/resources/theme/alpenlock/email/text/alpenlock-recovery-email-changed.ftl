<#ftl output_format="plainText">
<#--
  "Recovery e-mail address changed", sent to the replaced address and to the new one. Attributes:
  alpenlockRecoveryEmail (new, masked), alpenlockPreviousRecoveryEmail (masked), alpenlockChangedAt, alpenlockIpAddress.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockRecoveryEmailChangedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockRecoveryEmailChangedIntro", realmName!"", accountName, alpenlockRecoveryEmail!"", alpenlockPreviousRecoveryEmail!"")}

<#if alpenlockChangedAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>

${msg("alpenlockRecoveryEmailChangedIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockRecoveryEmailChangedIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepCheckTwoFactor")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
