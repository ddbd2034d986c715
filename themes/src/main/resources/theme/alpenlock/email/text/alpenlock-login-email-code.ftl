<#ftl output_format="plainText">
<#--
  Code confirming a new login e-mail (plain-text part); attributes: alpenlockCode, alpenlockCodeMinutes.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, (user.username)!"")>
<@alpenlock.emailLayout heading=msg("alpenlockLoginEmailCodeHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockLoginEmailCodeIntro", realmName!"", alpenlockCodeMinutes!"10")}

<@alpenlock.detailLine label=msg("alpenlockLoginEmailCodeLabel") value=alpenlockCode!"" />

${msg("alpenlockLoginEmailCodeIgnore")}
</@alpenlock.emailLayout>
