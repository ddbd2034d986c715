<#--
  Identity verification request approved: the one-time reset link (HTML part).
  Attributes: alpenlockFullName (the name the person gave), alpenlockLink, alpenlockLinkHours (digits).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign intro = msg("alpenlockIdvApprovedIntro")>
<@alpenlock.emailLayout heading=msg("alpenlockIdvApprovedHeading") preheader=intro footer=msg("alpenlockIdvEmailFooter", realmName!"")>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", "{0}")?replace("{0}", alpenlockFullName!"")}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockIdvApprovedAction", alpenlockLinkHours!"24")}</@alpenlock.paragraph>
<@alpenlock.button href=alpenlockLink label=msg("alpenlockIdvApprovedButton") />
<@alpenlock.paragraph>${msg("alpenlockIdvApprovedIfNotYou")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
