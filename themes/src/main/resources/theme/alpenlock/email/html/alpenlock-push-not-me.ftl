<#--
  "You reported a sign-in attempt as not you" security e-mail (HTML part).
  Attributes from the Alpenlock event listener, besides Keycloak's own (user, realmName, locale, msg...).
  All describe the sign-in attempt (from the event details, untrusted text) and may be absent, except
  the time:
    alpenlockAttemptAt    String, time of the attempt, already formatted for the user's locale
    alpenlockClient       String, application the sign-in was for
    alpenlockDevice       String, browser / operating system of the attempt
    alpenlockIpAddress    String, IP address of the browser that attempted the sign-in
    alpenlockLocation     String, approximate place of that IP address
    alpenlockMuteMinutes  String of digits, for how many minutes push approvals are paused
    alpenlockAccountUrl   String, link to the account console
  Values about the attempt are printed only with ${...} (HTML-escaped) and never passed to msg(), which
  would replace a "${key}" in them by a message; the minutes are passed to msg() only when they are digits.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockPushNotMeIntro", realmName!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockPushNotMeHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<#if alpenlockAttemptAt?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockAttemptAt /></#if>
<#if alpenlockClient?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailApplication") value=alpenlockClient /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailBrowser") value=alpenlockDevice /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockLocation?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailLocation") value=alpenlockLocation /></#if>
</@alpenlock.details>
<#if !(alpenlockMuteMinutes!"")?matches("[1-9][0-9]{0,5}")>
<@alpenlock.paragraph>${msg("alpenlockPushNotMePausedNoDuration")}</@alpenlock.paragraph>
<#elseif alpenlockMuteMinutes == "1">
<@alpenlock.paragraph>${msg("alpenlockPushNotMePausedOneMinute")}</@alpenlock.paragraph>
<#else>
<@alpenlock.paragraph>${msg("alpenlockPushNotMePaused", alpenlockMuteMinutes)}</@alpenlock.paragraph>
</#if>
<@alpenlock.paragraph>${msg("alpenlockPushNotMeOtherWays")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockPushNotMeActTitle")>
<@alpenlock.paragraph>${msg("alpenlockPushNotMePasswordKnown")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockPushNotMeStepNewPassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockPushNotMeStepOtherServices")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockPushNotMeChangePasswordButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
