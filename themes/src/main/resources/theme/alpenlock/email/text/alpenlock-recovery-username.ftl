<#ftl output_format="plainText">
<#--
  "Your recovery username" (plain-text part); same attributes as the HTML part: alpenlockRecoveryUsername,
  alpenlockRetiredLoginEmail.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, (user.username)!"")>
<@alpenlock.emailLayout heading=msg("alpenlockRecoveryUsernameHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockRecoveryUsernameIntro", realmName!"", alpenlockRetiredLoginEmail!"")}

<@alpenlock.detailLine label=msg("alpenlockRecoveryUsernameLabel") value=alpenlockRecoveryUsername!"" />

${msg("alpenlockRecoveryUsernameNext")}

${msg("alpenlockEmailIfNotYouTitle")}
${msg("alpenlockEmailStepContactSupport")}
</@alpenlock.emailLayout>
