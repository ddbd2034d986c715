<#ftl output_format="plainText">
<#--
  Alpenlock e-mail layout (plain-text part), the twin of html/alpenlock-layout.ftl.

  Usage:
    <#ftl output_format="plainText">
    <#import "alpenlock-layout.ftl" as alpenlock>
    <@alpenlock.emailLayout heading=msg("...")>
    ...
    </@alpenlock.emailLayout>
-->
<#macro emailLayout heading footer=msg("alpenlockEmailSecurityFooter", realmName!"")>
${heading}
${""?left_pad(heading?length, "=")}

<#nested>

${footer}
</#macro>

<#-- "Label: value", with the colon spacing of the language (French puts a space before it).
     The value goes in after msg(): Keycloak's msg() replaces "${key}" in its arguments by that message,
     and values such as a device or an IP address come from outside. -->
<#macro detailLine label value>
${msg("alpenlockEmailDetailLine", label, "{1}")?replace("{1}", value)}
</#macro>
