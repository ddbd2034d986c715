<#--
  "Two-factor authentication is off" security e-mail: the user's last app or security key was removed (HTML part).
  Attributes from the Alpenlock event listener, besides Keycloak's own (user, realmName, locale, msg...):
    alpenlockChangedAt        String, time of the change, already formatted for the user's locale
    alpenlockFactorKind       String, "app" or "security-key" (anything else is ignored), may be absent
    alpenlockFactorName       String, name the user gave the app or key (untrusted text), may be absent
    alpenlockIpAddress        String, may be absent (always absent when an administrator made the change)
    alpenlockDevice           String, browser / operating system summary, may be absent
    alpenlockByAdministrator  Boolean, true when a realm administrator made the change, may be absent
    alpenlockAccountUrl       String, link to the account console
  The facts are printed by the layout's secondFactorDetails, only with ${...} (HTML-escaped), never as msg() arguments.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockTwoFactorDisabledIntro", realmName!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockTwoFactorDisabledHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.secondFactorDetails />
<@alpenlock.paragraph>${msg("alpenlockTwoFactorDisabledIfYou")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockTwoFactorDisabledIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockEmailStepChangePassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockTwoFactorDisabledStepTurnOn")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockEmailSecureAccountButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
