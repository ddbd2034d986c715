<#ftl output_format="plainText">
<#--
  Identity verification request approved (plain-text part); same attributes as the HTML part:
  alpenlockFullName, alpenlockLink, alpenlockLinkHours.
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<@alpenlock.emailLayout heading=msg("alpenlockIdvApprovedHeading") footer=msg("alpenlockIdvEmailFooter", realmName!"")>
${msg("alpenlockEmailGreeting", "{0}")?replace("{0}", alpenlockFullName!"")}

${msg("alpenlockIdvApprovedIntro")}

${msg("alpenlockIdvApprovedAction", alpenlockLinkHours!"24")}

${alpenlockLink}

${msg("alpenlockIdvApprovedIfNotYou")}
</@alpenlock.emailLayout>
