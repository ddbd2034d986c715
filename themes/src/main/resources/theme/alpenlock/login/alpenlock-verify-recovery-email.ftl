<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#assign step = (alpenlockRecoveryEmail.step)!"address">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('recoveryEmail','code'); section>
<!-- template: alpenlock-verify-recovery-email.ftl -->
    <#if section="header">
        ${msg("alpenlockRecoveryEmailTitle")}
    <#elseif section="form">
        <div id="alpenlock-verify-recovery-email" data-step="${step}">
        <#if step == "code">
            <p id="alpenlock-recovery-email-code-instruction">${msg("alpenlockRecoveryEmailCodeInstruction", alpenlockRecoveryEmail.masked)}</p>
            <form id="alpenlock-recovery-email-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="verify"/>
                <@field.input name="code" label=msg("alpenlockRecoveryEmailCodeLabel") autocomplete="one-time-code" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-submit" name="verify" label="alpenlockPhoneConfirm" />
                </@buttons.actionGroup>
            </form>
            <form id="alpenlock-recovery-email-resend" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockAction" value="resend"/>
                <@buttons.button id="alpenlock-recovery-email-resend-button" type="secondary" label="alpenlockSmsCodeResend" />
            </form>
            <form id="alpenlock-recovery-email-change" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockAction" value="change"/>
                <@buttons.button id="alpenlock-recovery-email-change-button" type="secondary" label="alpenlockRecoveryEmailOtherAddress" />
            </form>
        <#else>
            <p id="alpenlock-recovery-email-instruction">${msg("alpenlockRecoveryEmailInstruction")}</p>
            <form id="alpenlock-recovery-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="send"/>
                <@field.input name="recoveryEmail" label=msg("alpenlockRecoveryEmailLabel") value=(alpenlockRecoveryEmail.typed)!"" autocomplete="email" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-submit" name="send" label="alpenlockPhoneSendCode" />
                </@buttons.actionGroup>
            </form>
            <#if isAppInitiatedAction??>
            <form id="alpenlock-recovery-email-cancel" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                <@buttons.button id="kc-cancel" name="cancel-aia" type="secondary" label="doCancel" />
            </form>
            </#if>
        </#if>
        </div>
    </#if>
</@layout.registrationLayout>
