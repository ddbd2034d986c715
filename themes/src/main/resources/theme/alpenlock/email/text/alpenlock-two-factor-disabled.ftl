<#ftl output_format="plainText">
<#--
  "Two-factor authentication is off" security e-mail: the user's last app or security key was removed (plain-text part); same attributes as the HTML part: alpenlockChangedAt, and (each may be
  absent) alpenlockFactorKind, alpenlockFactorName, alpenlockIpAddress, alpenlockDevice,
  alpenlockByAdministrator, alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockTwoFactorDisabledHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockTwoFactorDisabledIntro", realmName!"", accountName)}

<@alpenlock.secondFactorDetails />

${msg("alpenlockTwoFactorDisabledIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockTwoFactorDisabledIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockTwoFactorDisabledStepTurnOn")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
