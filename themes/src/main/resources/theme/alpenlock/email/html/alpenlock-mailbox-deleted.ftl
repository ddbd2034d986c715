<#--
  "A mailbox you consulted was deleted" e-mail (HTML part), sent to each account linked to a mailbox that the mail
  platform deleted (io.alpenlock.mailbox.deletion.web.DeletionNotices). Attributes, besides Keycloak's own (user,
  realmName, locale, msg...):
    alpenlockMailbox     String, the deleted mailbox's address
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockMailboxDeletedIntro", alpenlockMailbox!"", accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockMailboxDeletedHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockMailboxDeletedIfUnexpected")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
