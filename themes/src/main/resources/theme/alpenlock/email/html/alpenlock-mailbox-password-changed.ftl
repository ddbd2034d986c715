<#--
  "Your mailbox password was changed" security e-mail (HTML part), sent to the account that changed it on the
  mailbox page (io.alpenlock.mailbox.links.web.MailboxNotices). Attributes, besides Keycloak's own (user,
  realmName, locale, msg...):
    alpenlockMailbox     String, the mailbox address
    alpenlockUnified     boolean, the account password is the same password from now on
    alpenlockIpAddress   String, may be absent
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockMailboxPasswordChangedIntro", alpenlockMailbox!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockMailboxPasswordChangedHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<#if (alpenlockUnified!false)><@alpenlock.paragraph>${msg("alpenlockMailboxPasswordChangedUnifiedNote")}</@alpenlock.paragraph></#if>
<#if alpenlockIpAddress?has_content>
<@alpenlock.details>
<@alpenlock.detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress />
</@alpenlock.details>
</#if>
<@alpenlock.notice title=msg("alpenlockPasswordChangedIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockPasswordChangedIfNotYouIntro")}</@alpenlock.paragraph>
<@alpenlock.steps>
<@alpenlock.step>${msg("alpenlockPasswordChangedStepNewPassword")}</@alpenlock.step>
<@alpenlock.step>${msg("alpenlockPasswordChangedStepSupport")}</@alpenlock.step>
</@alpenlock.steps>
</@alpenlock.notice>
</@alpenlock.emailLayout>
