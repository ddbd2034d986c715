<#ftl output_format="plainText">
<#--
  "A mailbox you consulted was deleted" e-mail (plain-text part); same attributes as the HTML part: alpenlockMailbox.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockMailboxDeletedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockMailboxDeletedIntro", alpenlockMailbox!"", accountName)}

${msg("alpenlockMailboxDeletedIfUnexpected")}
</@alpenlock.emailLayout>
