<#--
  "Your login e-mail was changed" (HTML part), sent to the new login address once it is confirmed. Attributes:
  alpenlockNewLoginEmail (the new address), alpenlockRecoveryUsername (the retired recovery username).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, (user.username)!"")>
<#assign intro = msg("alpenlockLoginEmailChangedIntro", realmName!"", alpenlockNewLoginEmail!"", alpenlockRecoveryUsername!"")>
<@alpenlock.emailLayout heading=msg("alpenlockLoginEmailChangedHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockEmailStepChangePassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.step>
</@alpenlock.steps>
</@alpenlock.notice>
</@alpenlock.emailLayout>
