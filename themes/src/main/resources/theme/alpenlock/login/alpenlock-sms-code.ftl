<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
<!-- template: alpenlock-sms-code.ftl -->
    <#if section="header">
        ${msg("alpenlockSmsCodeTitle")}
    <#elseif section="form">
        <p id="alpenlock-sms-code-instruction">${msg("alpenlockSmsCodeInstruction", (alpenlockSmsCode.masked)!"")}</p>
        <form id="alpenlock-sms-code-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;"
              action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg("alpenlockSmsCodeLabel") autocomplete="one-time-code" autofocus=true />
            <@buttons.loginButton />
        </form>
        <form id="alpenlock-sms-code-resend" class="alpenlock-alternative" action="${url.loginAction}" method="post">
            <input type="hidden" name="alpenlockAction" value="resend"/>
            <@buttons.button id="alpenlock-sms-code-resend-button" type="secondary" label="alpenlockSmsCodeResend" />
        </form>
        <#if ((alpenlockSmsCode.recovery)!"") == "true">
        <form id="alpenlock-sms-code-other-way" class="alpenlock-alternative" action="${url.loginAction}" method="post">
            <input type="hidden" name="alpenlockAction" value="channels"/>
            <@buttons.button id="alpenlock-sms-code-other-way-button" type="secondary" label="alpenlockRecoveryOtherWay" />
        </form>
        </#if>
        <#if auth?has_content>
            <#list auth.authenticationSelections as option>
                <#if option.displayName != "alpenlock-sms-code-display-name">
                <form id="alpenlock-sms-code-alternative-${option?index}" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                    <input type="hidden" name="authenticationExecution" value="${option.authExecId}"/>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg(option.displayName)}</button>
                </form>
                </#if>
            </#list>
        </#if>
    </#if>
</@layout.registrationLayout>
