<#ftl output_format="plainText">
<#--
  "Your password was reset through ..." (Alpenlock event listener, after a forgotten-password flow).
  Attributes: alpenlockResetChannelKey (message key naming the channel), alpenlockChangedAt, alpenlockIpAddress,
  alpenlockDevice (may be absent), alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockPasswordResetHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockPasswordResetIntro", realmName!"", accountName, msg(alpenlockResetChannelKey!"alpenlockResetChannelEmail"))}

<#if alpenlockChangedAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>

${msg("alpenlockPasswordResetIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockPasswordResetIfNotYouIntro")}

1. ${msg("alpenlockPasswordResetStepForgot")}
2. ${msg("alpenlockEmailStepCheckTwoFactor")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
