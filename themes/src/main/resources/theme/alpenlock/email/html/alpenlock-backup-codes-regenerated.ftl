<#--
  "New backup codes created" security e-mail (HTML part): the user replaced their backup codes.
  Attributes from the Alpenlock event listener, besides Keycloak's own (user, realmName, locale, msg...):
    alpenlockChangedAt   String, already formatted for the user's locale
    alpenlockIpAddress   String, may be absent
    alpenlockDevice      String, may be absent (browser / operating system summary)
    alpenlockAccountUrl  String, link to the account console
  Never a code: the new codes are shown once on the page that created them, never sent.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockBackupCodesRegeneratedIntro", realmName!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockBackupCodesRegeneratedHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<#if alpenlockChangedAt?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockBackupCodesRegeneratedIfYou")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockBackupCodesRegeneratedIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockEmailStepChangePassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepNewBackupCodes")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepCheckTwoFactor")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockEmailSecureAccountButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
