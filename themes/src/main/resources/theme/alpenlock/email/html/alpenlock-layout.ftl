<#--
  Alpenlock e-mail layout (HTML part). Tables and inline styles only: no <style> block, no images,
  no web fonts, so it renders the same in Outlook, Gmail, Apple Mail and phone mail apps.
  Keycloak's own e-mails keep using base's template.ftl; this layout is only for alpenlock-*.ftl.

  Usage:
    <#import "alpenlock-layout.ftl" as alpenlock>
    <@alpenlock.emailLayout heading=msg("...") preheader=msg("...")>
      <@alpenlock.paragraph>...</@alpenlock.paragraph>
    </@alpenlock.emailLayout>

  Every value is printed with ${...}: the HTML output format escapes it (device and IP strings come
  from the request and must never become markup).
-->
<#assign fontFamily = "-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, sans-serif">

<#macro emailLayout heading preheader="" footer=msg("alpenlockEmailSecurityFooter", realmName!"")>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${(locale.language)!'en'}" dir="${(ltr!true)?then('ltr', 'rtl')}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="x-apple-disable-message-reformatting" />
<title>${subject!heading}</title>
</head>
<body style="margin:0; padding:0; background-color:#eef3f8;">
<#if preheader?has_content>
<div style="display:none; max-height:0; overflow:hidden; mso-hide:all;">${preheader}</div>
</#if>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef3f8;">
  <tr>
    <td align="center" style="padding:24px 12px;">
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px; background-color:#ffffff; border-top:4px solid #1f5f93; border-radius:6px;">
        <tr>
          <td style="padding:24px 32px 0 32px; font-family:${fontFamily}; font-size:13px; line-height:18px; font-weight:bold; letter-spacing:1px; text-transform:uppercase; color:#1f5f93;">${realmName!""}</td>
        </tr>
        <tr>
          <td style="padding:8px 32px 0 32px; font-family:${fontFamily};">
            <h1 style="margin:0; font-size:22px; line-height:30px; font-weight:bold; color:#102a43;">${heading}</h1>
          </td>
        </tr>
        <tr>
          <td style="padding:20px 32px 16px 32px; font-family:${fontFamily}; font-size:15px; line-height:23px; color:#243b53;">
<#nested>
          </td>
        </tr>
      </table>
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">
        <tr>
          <td style="padding:16px 32px; font-family:${fontFamily}; font-size:12px; line-height:18px; color:#627d98;">${footer}</td>
        </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
</#macro>

<#macro paragraph>
<p style="margin:0 0 16px 0;"><#nested></p>
</#macro>

<#-- A two-column box of facts (time, IP address, device...). Contains detailRow calls. -->
<#macro details>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px 0; background-color:#f5f8fb; border:1px solid #d9e2ec; border-radius:6px;">
<#nested>
</table>
</#macro>

<#macro detailRow label value>
  <tr>
    <td valign="top" style="padding:10px 16px; width:35%; font-family:${fontFamily}; font-size:14px; line-height:20px; color:#627d98;">${label}</td>
    <td valign="top" style="padding:10px 16px; font-family:${fontFamily}; font-size:14px; line-height:20px; color:#102a43; word-break:break-word;">${value}</td>
  </tr>
</#macro>

<#-- A highlighted box for "what to do if this wasn't you". -->
<#macro notice title>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 8px 0; background-color:#fff8ed; border-left:4px solid #b45309;">
  <tr>
    <td style="padding:16px 20px 4px 20px; font-family:${fontFamily}; font-size:15px; line-height:23px; color:#243b53;">
      <p style="margin:0 0 8px 0; font-weight:bold; color:#7c2d12;">${title}</p>
<#nested>
    </td>
  </tr>
</table>
</#macro>

<#macro steps>
<ol style="margin:0 0 16px 0; padding:0 0 0 20px;">
<#nested>
</ol>
</#macro>

<#macro step>
<li style="margin:0 0 6px 0;"><#nested></li>
</#macro>

<#-- A button that mail clients without CSS support still show as a plain link, followed by the address. -->
<#macro button href label>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 12px 0;">
  <tr>
    <td align="center" bgcolor="#1f5f93" style="border-radius:4px; background-color:#1f5f93;">
      <a href="${href}" target="_blank" style="display:inline-block; padding:11px 22px; font-family:${fontFamily}; font-size:15px; line-height:20px; font-weight:bold; color:#ffffff; text-decoration:none; border-radius:4px;">${label}</a>
    </td>
  </tr>
</table>
<p style="margin:0 0 16px 0; font-size:12px; line-height:18px; color:#627d98;">${msg("alpenlockEmailLinkFallback")}<br />
<a href="${href}" target="_blank" style="color:#1f5f93; word-break:break-all;">${href}</a></p>
</#macro>

<#-- The kind of second factor (attribute alpenlockFactorKind: "app" or "security-key") in the reader's
     language; "" for any other value, so nothing from outside is ever printed here. -->
<#function factorKind kind>
<#if kind == "app"><#return msg("alpenlockEmailFactorApp")></#if>
<#if kind == "security-key"><#return msg("alpenlockEmailFactorSecurityKey")></#if>
<#return "">
</#function>

<#-- The sentence saying how many unused backup codes are left (attribute alpenlockCodesRemaining, a
     digit string); "" when the count is missing or not a plain number. -->
<#function codesRemaining count>
<#if !count?matches("0|[1-9][0-9]{0,3}")><#return ""></#if>
<#if count == "0"><#return msg("alpenlockEmailCodesRemainingNone")></#if>
<#if count == "1"><#return msg("alpenlockEmailCodesRemainingOne")></#if>
<#return msg("alpenlockEmailCodesRemaining", count)>
</#function>

<#-- True when the attribute alpenlockByAdministrator is the boolean true. -->
<#function byAdministrator>
<#return (alpenlockByAdministrator!false)?is_boolean && (alpenlockByAdministrator!false)>
</#function>

<#-- The facts of an added or removed app or security key, read from the model: alpenlockChangedAt,
     alpenlockFactorKind, alpenlockFactorName, alpenlockIpAddress, alpenlockDevice (each row left out when
     absent); then, when alpenlockByAdministrator is true, the sentence saying an administrator did it. -->
<#macro secondFactorDetails>
<@details>
<#if alpenlockChangedAt?has_content><@detailRow label=msg("alpenlockEmailDetailTime") value=alpenlockChangedAt /></#if>
<#if factorKind(alpenlockFactorKind!"")?has_content><@detailRow label=msg("alpenlockEmailDetailFactorType") value=factorKind(alpenlockFactorKind) /></#if>
<#if alpenlockFactorName?has_content><@detailRow label=msg("alpenlockEmailDetailFactorName") value=alpenlockFactorName /></#if>
<#if alpenlockIpAddress?has_content><@detailRow label=msg("alpenlockEmailDetailIpAddress") value=alpenlockIpAddress /></#if>
<#if alpenlockDevice?has_content><@detailRow label=msg("alpenlockEmailDetailDevice") value=alpenlockDevice /></#if>
</@details>
<#if byAdministrator()><@paragraph>${msg("alpenlockEmailByAdministrator", realmName!"")}</@paragraph></#if>
</#macro>
