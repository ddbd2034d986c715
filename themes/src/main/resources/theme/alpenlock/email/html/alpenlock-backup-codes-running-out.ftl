<#--
  "You are running out of backup codes" security e-mail: a sign-in with a backup code left two or fewer (HTML part).
  Attributes from the Alpenlock event listener, besides Keycloak's own (user, realmName, locale, msg...):
    alpenlockSignedInAt      String, time of the sign-in, already formatted for the user's locale
    alpenlockIpAddress       String, IP address of the sign-in, may be absent
    alpenlockDevice          String, browser / operating system summary, may be absent
    alpenlockCodesRemaining  String of digits, unused codes left; the sentence is left out when absent or not digits
    alpenlockAccountUrl      String, link to the account console
  Never a code: the event does not carry it and this template prints only the attributes above.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockBackupCodeSignInIntro", realmName!"", accountName)>
<#assign remaining = alpenlock.codesRemaining(alpenlockCodesRemaining!"")>
<@alpenlock.emailLayout heading=msg("alpenlockBackupCodesRunningOutHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<#if alpenlockSignedInAt?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockSignedInAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
</@alpenlock.details>
<#if remaining?has_content><@alpenlock.paragraph><strong>${remaining}</strong></@alpenlock.paragraph></#if>
<@alpenlock.paragraph>${msg("alpenlockBackupCodesRunningOutCreateNew")}</@alpenlock.paragraph>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockBackupCodesRunningOutButton") /></#if>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockBackupCodeSignInIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockEmailStepChangePassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepNewBackupCodes")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepCheckTwoFactor")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockEmailSecureAccountButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
