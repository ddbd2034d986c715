<#ftl output_format="plainText">
<#--
  "New app or security key" security e-mail: one more next to those the user has (plain-text part); same attributes as the HTML part: alpenlockChangedAt, and (each may be
  absent) alpenlockFactorKind, alpenlockFactorName, alpenlockIpAddress, alpenlockDevice,
  alpenlockByAdministrator, alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockAppAddedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockAppAddedIntro", realmName!"", accountName)}

<@alpenlock.secondFactorDetails />

${msg("alpenlockAppAddedIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockAppAddedIfNotYouIntro")}

1. ${msg("alpenlockEmailStepCheckTwoFactor")}
2. ${msg("alpenlockEmailStepChangePassword")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
