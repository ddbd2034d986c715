<#ftl output_format="plainText">
<#--
  "Your mailbox password was changed" security e-mail (plain-text part); same attributes as the HTML part:
  alpenlockMailbox, alpenlockUnified, alpenlockIpAddress (may be absent).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockMailboxPasswordChangedHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockMailboxPasswordChangedIntro", alpenlockMailbox!"", accountName)}
<#if (alpenlockUnified!false)>

${msg("alpenlockMailboxPasswordChangedUnifiedNote")}
</#if>
<#if alpenlockIpAddress?has_content>

<@alpenlock.detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress />
</#if>

${msg("alpenlockPasswordChangedIfNotYouTitle")}
${msg("alpenlockPasswordChangedIfNotYouIntro")}

1. ${msg("alpenlockPasswordChangedStepNewPassword")}
2. ${msg("alpenlockPasswordChangedStepSupport")}
</@alpenlock.emailLayout>
