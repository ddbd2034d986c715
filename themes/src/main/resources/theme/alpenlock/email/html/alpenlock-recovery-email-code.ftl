<#--
  Code that proves a recovery e-mail address (sent to that address). Attributes from the
  verify-recovery-email action: alpenlockCode (the digits), alpenlockMinutes, alpenlockRecoveryEmail (masked).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockRecoveryEmailCodeIntro", realmName!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockRecoveryEmailCodeHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockRecoveryEmailCodeLine", alpenlockCode!"")}</@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockRecoveryEmailCodeValidity", alpenlockMinutes!"5")}</@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockRecoveryEmailCodeIfNotYou")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
