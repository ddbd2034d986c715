<#--
  "Mobile number verified" security e-mail (HTML part): a mobile number was verified for the account with an
  SMS code, a first one or one replacing the previous number. Attributes from the Alpenlock event listener,
  besides Keycloak's own (user, realmName, locale, msg...):
    alpenlockChangedAt            String, already formatted for the user's locale
    alpenlockPhoneNumber          String, the number masked (+41 •• ••• •• 67)
    alpenlockPreviousPhoneNumber  String, the replaced number masked, may be absent
    alpenlockIpAddress            String, may be absent
    alpenlockDevice               String, may be absent (browser / operating system summary)
    alpenlockAccountUrl           String, link to the account console
  Never a number in full, never a code.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockPhoneNumberVerifiedIntro", realmName!"", accountName, alpenlockPhoneNumber!"")>
<@alpenlock.emailLayout heading=msg("alpenlockPhoneNumberVerifiedHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}<#if alpenlockPreviousPhoneNumber?has_content> ${msg("alpenlockPhoneNumberVerifiedReplaced", alpenlockPreviousPhoneNumber)}</#if></@alpenlock.paragraph>
<@alpenlock.details>
<#if alpenlockChangedAt?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if alpenlockIpAddress?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@alpenlock.detailRow label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockPhoneNumberVerifiedIfYou")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockPhoneNumberVerifiedIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockEmailStepChangePassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepCheckTwoFactor")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.step>
</@alpenlock.steps>
<#if alpenlockAccountUrl?has_content><@alpenlock.button href=alpenlockAccountUrl label=msg("alpenlockEmailSecureAccountButton") /></#if>
</@alpenlock.notice>
</@alpenlock.emailLayout>
