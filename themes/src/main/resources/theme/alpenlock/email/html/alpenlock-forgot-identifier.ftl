<#--
  The login identifier(s) asked for on the forgotten-identifier page, sent to the recovery address.
  Attributes: alpenlockIdentifiers (list of strings, at most five).
-->
<#import "alpenlock-layout.ftl" as alpenlock>
<#assign accountName = (user.username)!"">
<#assign greetingName = ((user.firstName)!"")?has_content?then(user.firstName, accountName)>
<#assign intro = msg("alpenlockForgotIdentifierMailIntro", realmName!"")>
<@alpenlock.emailLayout heading=msg("alpenlockForgotIdentifierMailHeading") preheader=intro>
<@alpenlock.paragraph>${msg("alpenlockEmailGreeting", greetingName)}</@alpenlock.paragraph>
<@alpenlock.paragraph>${intro}</@alpenlock.paragraph>
<@alpenlock.paragraph><#list (alpenlockIdentifiers![]) as identifier>${identifier}<#sep>, </#sep></#list></@alpenlock.paragraph>
<@alpenlock.paragraph>${msg("alpenlockForgotIdentifierMailIfNotYou")}</@alpenlock.paragraph>
</@alpenlock.emailLayout>
