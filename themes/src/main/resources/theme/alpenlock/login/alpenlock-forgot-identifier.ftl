<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#assign askEmail = ((alpenlockForgotIdentifier.askEmail)!"false") == "true">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phoneNumber','recoveryEmail'); section>
<!-- template: alpenlock-forgot-identifier.ftl -->
    <#if section="header">
        ${msg("alpenlockForgotIdentifierTitle")}
    <#elseif section="form">
        <p id="alpenlock-forgot-identifier-instruction"><#if askEmail>${msg("alpenlockForgotIdentifierInstructionWithEmail")}<#else>${msg("alpenlockForgotIdentifierInstruction")}</#if></p>
        <form id="alpenlock-forgot-identifier-form" class="${properties.kcFormClass!}" action="${alpenlockForgotIdentifier.action}" method="post" novalidate="novalidate">
            <@field.input name="phoneNumber" label=msg("alpenlockPhoneLabel") value=(alpenlockForgotIdentifier.typed)!"" autocomplete="tel" autofocus=true />
            <#if askEmail>
            <@field.input name="recoveryEmail" label=msg("alpenlockRecoveryEmailLabel") value=(alpenlockForgotIdentifier.typedEmail)!"" autocomplete="email" />
            <fieldset id="alpenlock-forgot-identifier-channel" class="${properties.kcFormGroupClass!}">
                <legend>${msg("alpenlockForgotIdentifierChannel")}</legend>
                <label><input type="radio" name="channel" value="sms" <#if ((alpenlockForgotIdentifier.channel)!"sms") != "email">checked</#if>/> ${msg("alpenlockForgotIdentifierBySms")}</label>
                <label><input type="radio" name="channel" value="email" <#if ((alpenlockForgotIdentifier.channel)!"sms") == "email">checked</#if>/> ${msg("alpenlockForgotIdentifierByEmail")}</label>
            </fieldset>
            </#if>
            <@buttons.actionGroup>
                <@buttons.button id="kc-submit" name="send" label="alpenlockForgotIdentifierSend" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
