<#--
  "Your password was reset through ..." (Alpenlock event listener, after a forgotten-password flow).
  Attributes: alpenlockResetChannelKey (message key naming the channel), alpenlockChangedAt, alpenlockIpAddress,
  alpenlockDevice (may be absent), alpenlockAccountUrl.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockPasswordResetIntro", realmName!"", accountName, msg(alpenlockResetChannelKey!"alpenlockResetChannelEmail"))>
<@alpenlock.emailLayout heading=msg("alpenlockPasswordResetHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<#if alpenlockChangedAt?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockPasswordResetIfYou")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockPasswordResetIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockPasswordResetStepForgot")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepCheckTwoFactor")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockEmailSecureAccountButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
