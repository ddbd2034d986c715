<#--
  "Your recovery username" (HTML part), sent to the verified recovery address when the mailbox used as the
  account's login identifier was deleted. Attributes besides Keycloak's own (user, realmName, locale, msg...):
    alpenlockRecoveryUsername   String, the account's new (temporary) username
    alpenlockRetiredLoginEmail  String, the deleted login address
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, (user.username)!"")>
<#assign intro = msg("alpenlockRecoveryUsernameIntro", realmName!"", alpenlockRetiredLoginEmail!"")>
<@alpenlock.emailLayout heading=msg("alpenlockRecoveryUsernameHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.details>
<@alpenlock.detailRow label=msg("alpenlockRecoveryUsernameLabel") value=alpenlockRecoveryUsername!"" />
</@alpenlock.details>
<@alpenlock.paragraph>${msg("alpenlockRecoveryUsernameNext")}</@alpenlock.paragraph>
<@alpenlock.notice title=msg("alpenlockEmailIfNotYouTitle")>
<@alpenlock.paragraph>${msg("alpenlockEmailStepContactSupport")}</@alpenlock.paragraph>
</@alpenlock.notice>
</@alpenlock.emailLayout>
