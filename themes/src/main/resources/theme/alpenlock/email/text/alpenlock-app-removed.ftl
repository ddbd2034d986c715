<#ftl output_format="plainText">
<#--
  "App or security key removed" security e-mail: at least one other remains (plain-text part); same attributes as the HTML part: alpenlockChangedAt, and (each may be
  absent) alpenlockFactorKind, alpenlockFactorName, alpenlockIpAddress, alpenlockDevice,
  alpenlockByAdministrator, alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockAppRemovedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockAppRemovedIntro", realmName!"", accountName)}

<@alpenlock.secondFactorDetails />

${msg("alpenlockAppRemovedIfYou")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockAppRemovedIfNotYouIntro")}

1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepCheckTwoFactor")}
3. ${msg("alpenlockEmailStepContactSupport")}
<#if alpenlockAccountUrl?has_content>

${msg("alpenlockEmailDetailLine", msg("alpenlockEmailSecureAccountButton"), alpenlockAccountUrl)}
</#if>
</@alpenlock.emailLayout>
