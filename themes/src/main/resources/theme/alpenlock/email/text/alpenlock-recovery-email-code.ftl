<#ftl output_format="plainText">
<#--
  Code that proves a recovery e-mail address (sent to that address). Attributes from the
  verify-recovery-email action: alpenlockCode (the digits), alpenlockMinutes, alpenlockRecoveryEmail (masked).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockRecoveryEmailCodeHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockRecoveryEmailCodeIntro", realmName!"", accountName)}

${msg("alpenlockRecoveryEmailCodeLine", alpenlockCode!"")}

${msg("alpenlockRecoveryEmailCodeValidity", alpenlockMinutes!"5")}

${msg("alpenlockRecoveryEmailCodeIfNotYou")}
</@alpenlock.emailLayout>
