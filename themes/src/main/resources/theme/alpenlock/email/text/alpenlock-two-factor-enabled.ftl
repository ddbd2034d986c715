<#ftl output_format="plainText">
<#--
  "Two-factor authentication is on" security e-mail: the user's first app or security key was added (plain-text part); same attributes as the HTML part: alpenlockChangedAt, and (each may be
  absent) alpenlockFactorKind, alpenlockFactorName, alpenlockIpAddress, alpenlockDevice,
  alpenlockByAdministrator, alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockTwoFactorEnabledHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockTwoFactorEnabledIntro", realmName!"", accountName)}

<@alpenlock.secondFactorDetails />

${msg("alpenlockTwoFactorEnabledIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockTwoFactorEnabledIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepCheckTwoFactor")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
