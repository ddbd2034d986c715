<#ftl output_format="plainText">
<#--
  "Mobile number verified" security e-mail (plain-text part); same attributes as the HTML part:
  alpenlockChangedAt, alpenlockPhoneNumber, alpenlockPreviousPhoneNumber (may be absent), alpenlockIpAddress
  (may be absent), alpenlockDevice (may be absent), alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockPhoneNumberVerifiedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockPhoneNumberVerifiedIntro", realmName!"", accountName, alpenlockPhoneNumber!"")}
<#if alpenlockPreviousPhoneNumber?has_content>
${msg("alpenlockPhoneNumberVerifiedReplaced", alpenlockPreviousPhoneNumber)}
</#if>

<#if alpenlockChangedAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>

${msg("alpenlockPhoneNumberVerifiedIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockPhoneNumberVerifiedIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepCheckTwoFactor")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
