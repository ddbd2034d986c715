<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phoneNumber'); section>
<!-- template: alpenlock-forgot-identifier.ftl -->
    <#if section="header">
        ${msg("alpenlockForgotIdentifierTitle")}
    <#elseif section="form">
        <p id="alpenlock-forgot-identifier-instruction">${msg("alpenlockForgotIdentifierInstruction")}</p>
        <form id="alpenlock-forgot-identifier-form" class="${properties.kcFormClass!}" action="${alpenlockForgotIdentifier.action}" method="post" novalidate="novalidate">
            <@field.input name="phoneNumber" label=msg("alpenlockPhoneLabel") value=(alpenlockForgotIdentifier.typed)!"" autocomplete="tel" autofocus=true />
            <@buttons.actionGroup>
                <@buttons.button id="kc-submit" name="send" label="alpenlockForgotIdentifierSend" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
