<#ftl output_format="plainText">
<#--
  "You reported a sign-in attempt as not you" security e-mail (plain-text part); same attributes as the
  HTML part: alpenlockAttemptAt, and (each may be absent) alpenlockClient, alpenlockDevice,
  alpenlockIpAddress, alpenlockLocation, alpenlockMuteMinutes, alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockPushNotMeHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockPushNotMeIntro", realmName!"", accountName)}

<#if alpenlockAttemptAt?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockAttemptAt /></#if>
<#if alpenlockClient?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailApplication") value=alpenlockClient /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailBrowser") value=alpenlockDevice /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockLocation?has_content><@alpenlock.detailLine label=msg("alpenlockEmailDetailLocation") value=alpenlockLocation /></#if>

<#if !(alpenlockMuteMinutes!"")?matches("[1-9][0-9]{0,5}")>
${msg("alpenlockPushNotMePausedNoDuration")}
<#elseif alpenlockMuteMinutes == "1">
${msg("alpenlockPushNotMePausedOneMinute")}
<#else>
${msg("alpenlockPushNotMePaused", alpenlockMuteMinutes)}
</#if>

${msg("alpenlockPushNotMeOtherWays")}

${msg("alpenlockPushNotMeActTitle")}
${msg("alpenlockPushNotMePasswordKnown")}

1. ${msg("alpenlockPushNotMeStepNewPassword")}
2. ${msg("alpenlockPushNotMeStepOtherServices")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockPushNotMeChangePasswordButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
