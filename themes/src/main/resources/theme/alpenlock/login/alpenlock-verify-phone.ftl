<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#assign step = (alpenlockPhone.step)!"number">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phoneNumber','code'); section>
<!-- template: alpenlock-verify-phone.ftl -->
    <#if section="header">
        ${msg("alpenlockPhoneTitle")}
    <#elseif section="form">
        <div id="alpenlock-verify-phone" data-step="${step}">
        <#if step == "code">
            <p id="alpenlock-phone-code-instruction">${msg("alpenlockPhoneCodeInstruction", alpenlockPhone.masked)}</p>
            <form id="alpenlock-phone-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="verify"/>
                <@field.input name="code" label=msg("alpenlockSmsCodeLabel") autocomplete="one-time-code" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-submit" name="verify" label="alpenlockPhoneConfirm" />
                </@buttons.actionGroup>
            </form>
            <form id="alpenlock-phone-resend" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockAction" value="resend"/>
                <@buttons.button id="alpenlock-phone-resend-button" type="secondary" label="alpenlockSmsCodeResend" />
            </form>
            <form id="alpenlock-phone-change" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockAction" value="change"/>
                <@buttons.button id="alpenlock-phone-change-button" type="secondary" label="alpenlockPhoneOtherNumber" />
            </form>
        <#else>
            <p id="alpenlock-phone-instruction">${msg("alpenlockPhoneInstruction")}</p>
            <form id="alpenlock-phone-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="send"/>
                <@field.input name="phoneNumber" label=msg("alpenlockPhoneLabel") value=(alpenlockPhone.typed)!"" autocomplete="tel" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-submit" name="send" label="alpenlockPhoneSendCode" />
                </@buttons.actionGroup>
            </form>
            <#if isAppInitiatedAction??>
            <form id="alpenlock-phone-cancel" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <@buttons.button id="kc-cancel" name="cancel-aia" type="secondary" label="doCancel" />
            </form>
            </#if>
        </#if>
        </div>
    </#if>
</@layout.registrationLayout>
