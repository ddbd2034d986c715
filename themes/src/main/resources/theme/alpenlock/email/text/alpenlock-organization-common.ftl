<#ftl output_format="plainText">
<#--
  Shared by the organization e-mails (plain-text part): alpenlock-organization-role-changed.ftl,
  alpenlock-organization-member-left.ftl, alpenlock-organization-account-closed.ftl.
  Import next to the layout:  <#import "alpenlock-organization-common.ftl" as org>
-->

<#-- A role's wire name (legal-representative, administrator, collaborator, external) in the reader's
     language; "" for anything else, so nothing from outside is ever printed here. -->
<#function roleName role>
<#if role == "legal-representative"><#return msg("alpenlockOrgRoleLegalRepresentative")></#if>
<#if role == "administrator"><#return msg("alpenlockOrgRoleAdministrator")></#if>
<#if role == "collaborator"><#return msg("alpenlockOrgRoleCollaborator")></#if>
<#if role == "external"><#return msg("alpenlockOrgRoleExternal")></#if>
<#return "">
</#function>

<#-- A sentence from msg(key, "{0}") whose {0} is a name people typed (organization, member): the name goes
     in after msg(), which would otherwise read "${...}" in its arguments as message keys. -->
<#function withName sentence name>
<#return sentence?replace("{0}", name)>
</#function>
