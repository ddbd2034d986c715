<#ftl output_format="plainText">
<#--
  The login identifier(s) asked for on the forgotten-identifier page, sent to the recovery address.
  Attributes: alpenlockIdentifiers (list of strings, at most five).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<@alpenlock.emailLayout heading=msg("alpenlockForgotIdentifierMailHeading")>
${msg("alpenlockEmailGreeting", greetingName)}

${msg("alpenlockForgotIdentifierMailIntro", realmName!"")}

<#list (alpenlockIdentifiers![]) as identifier>${identifier}<#sep>, </#sep></#list>

${msg("alpenlockForgotIdentifierMailIfNotYou")}
</@alpenlock.emailLayout>
