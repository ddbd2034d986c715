<#--
  Code confirming a new login e-mail (HTML part), sent to that new address after a sign-in with a recovery
  username. Attributes: alpenlockCode (6 digits), alpenlockCodeMinutes (its lifetime in minutes).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, (user.username)!"")>
<#assign intro = msg("alpenlockLoginEmailCodeIntro", realmName!"", alpenlockCodeMinutes!"10")>
<@alpenlock.emailLayout heading=msg("alpenlockLoginEmailCodeHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<@alpenlock.detailRow label=msg("alpenlockLoginEmailCodeLabel") value=alpenlockCode!"" />
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockLoginEmailCodeIgnore")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
