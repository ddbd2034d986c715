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

<#-- The kind of second factor (alpenlockFactorKind: "app" or "security-key") in words; "" for anything else. -->
<#function factorKind kind>
<#if kind == "app"><#return msg("alpenlockEmailFactorApp")></#if>
<#if kind == "security-key"><#return msg("alpenlockEmailFactorSecurityKey")></#if>
<#return "">
</#function>

<#-- How many unused backup codes are left (alpenlockCodesRemaining, digits); "" when unknown. -->
<#function codesRemaining count>
<#if !count?matches("0|[1-9][0-9]{0,3}")><#return ""></#if>
<#if count == "0"><#return msg("alpenlockEmailCodesRemainingNone")></#if>
<#if count == "1"><#return msg("alpenlockEmailCodesRemainingOne")></#if>
<#return msg("alpenlockEmailCodesRemaining", count)>
</#function>

<#function byAdministrator>
<#return (alpenlockByAdministrator!false)?is_boolean && (alpenlockByAdministrator!false)>
</#function>

<#-- The twin of the HTML secondFactorDetails: one line per known fact, then the administrator sentence. -->
<#macro secondFactorDetails>
<#if alpenlockChangedAt?has_content><@detailLine label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if factorKind(alpenlockFactorKind!"")?has_content><@detailLine label=msg("alpenlockEmailDetailFactorType") value=factorKind(alpenlockFactorKind) /></#if>
<#if alpenlockFactorName?has_content><@detailLine label=msg("alpenlockEmailDetailFactorName") value=alpenlockFactorName /></#if>
<#if alpenlockIpAddress?has_content><@detailLine label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@detailLine label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
<#if byAdministrator()>

${msg("alpenlockEmailByAdministrator", realmName!"")}
</#if>
</#macro>
