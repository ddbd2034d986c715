<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#assign step = (alpenlockLoginEmail.step)!"email">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('email','code'); section>
<!-- template: alpenlock-update-login-email.ftl -->
    <#if section="header">
        ${msg("alpenlockLoginEmailTitle")}
    <#elseif section="form">
        <div id="alpenlock-update-login-email" data-step="${step}">
        <#if step == "code">
            <p id="alpenlock-login-email-code-instruction">${msg("alpenlockLoginEmailCodeInstruction", alpenlockLoginEmail.address)}</p>
            <form id="alpenlock-login-email-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="verify"/>
                <@field.input name="code" label=msg("alpenlockLoginEmailCodeLabel") autocomplete="one-time-code" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-submit" name="verify" label="alpenlockLoginEmailConfirm" />
                </@buttons.actionGroup>
            </form>
            <form id="alpenlock-login-email-resend" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockAction" value="resend"/>
                <@buttons.button id="alpenlock-login-email-resend-button" type="secondary" label="alpenlockLoginEmailResend" />
            </form>
            <form id="alpenlock-login-email-change" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockAction" value="change"/>
                <@buttons.button id="alpenlock-login-email-change-button" type="secondary" label="alpenlockLoginEmailOther" />
            </form>
        <#else>
            <p id="alpenlock-login-email-instruction">${msg("alpenlockLoginEmailInstruction", (alpenlockLoginEmail.recoveryUsername)!"")}</p>
            <form id="alpenlock-login-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="send"/>
                <@field.input name="email" label=msg("alpenlockLoginEmailLabel") value=(alpenlockLoginEmail.typed)!"" autocomplete="email" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-submit" name="send" label="alpenlockLoginEmailSendCode" />
                </@buttons.actionGroup>
            </form>
        </#if>
        </div>
    </#if>
</@layout.registrationLayout>
