<#ftl output_format="plainText">
<#--
  "A backup code was used" security e-mail: a sign-in with a backup code, more than two left (plain-text part); same attributes as the HTML part: alpenlockSignedInAt, and (each may be
  absent) alpenlockIpAddress, alpenlockDevice, alpenlockCodesRemaining, alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign remaining = alpenlock.codesRemaining(alpenlockCodesRemaining!"")>
<@alpenlock.emailLayout heading=msg("alpenlockBackupCodeUsedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockBackupCodeSignInIntro", realmName!"", accountName)}

<#if alpenlockSignedInAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockSignedInAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
<#if remaining?has_content>

${remaining}
</#if>

${msg("alpenlockBackupCodeSignInIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockBackupCodeSignInIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepNewBackupCodes")}
3. ${msg("alpenlockEmailStepCheckTwoFactor")}
4. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
