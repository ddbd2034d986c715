<#ftl output_format="plainText">
<#--
  "Someone asked for your login identifier", to the login address of each account a forgotten-identifier
  request matched. Attributes: alpenlockChannelKey (message key: by SMS / by e-mail), alpenlockChangedAt, alpenlockIpAddress.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockIdentifierRequestedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockIdentifierRequestedIntro", realmName!"", accountName, msg(alpenlockChannelKey!"alpenlockIdentifierChannelSms"))}

<#if alpenlockChangedAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>

${msg("alpenlockIdentifierRequestedIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockIdentifierRequestedIfNotYouIntro")}

1. ${msg("alpenlockEmailStepCheckTwoFactor")}
2. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
