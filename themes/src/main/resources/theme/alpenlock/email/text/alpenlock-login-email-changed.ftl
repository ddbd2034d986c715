<#ftl output_format="plainText">
<#--
  "Your login e-mail was changed" (plain-text part); attributes: alpenlockNewLoginEmail, alpenlockRecoveryUsername.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, (user.username)!"")>
<@alpenlock.emailLayout heading=msg("alpenlockLoginEmailChangedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockLoginEmailChangedIntro", realmName!"", alpenlockNewLoginEmail!"", alpenlockRecoveryUsername!"")}

${msg("alpenlockEmailIfNotYouTitle")}
1. ${msg("alpenlockEmailStepChangePassword")}
2. ${msg("alpenlockEmailStepContactSupport")}
</@alpenlock.emailLayout>
