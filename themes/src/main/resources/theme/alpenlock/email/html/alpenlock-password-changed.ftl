<#--
  "Your password was changed" security e-mail (HTML part).
  Attributes from the Alpenlock event listener, besides Keycloak's own (user, realmName, locale, msg...):
    alpenlockChangedAt   String, already formatted for the user's locale
    alpenlockIpAddress   String, may be absent
    alpenlockDevice      String, may be absent (browser / operating system summary)
    alpenlockAccountUrl  String, link to the account console
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockPasswordChangedIntro", realmName!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockPasswordChangedHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<#if alpenlockChangedAt?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockPasswordChangedIfYou")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockPasswordChangedIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockPasswordChangedIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockPasswordChangedStepNewPassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockPasswordChangedStepCheckSettings")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockPasswordChangedStepSupport")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockEmailSecureAccountButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
