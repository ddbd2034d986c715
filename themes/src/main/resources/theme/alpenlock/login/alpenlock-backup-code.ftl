<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
<!-- template: alpenlock-backup-code.ftl -->
    <#if section="header">
        ${msg("alpenlockBackupCodeTitle")}
    <#elseif section="form">
        <p id="alpenlock-backup-code-instruction">${msg("alpenlockBackupCodeInstruction")}</p>
        <form id="alpenlock-backup-code-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;"
              action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg("alpenlockBackupCodeLabel") autocomplete="off" autofocus=true />
            <@buttons.loginButton />
        </form>
        <#if auth?has_content>
            <#list auth.authenticationSelections as option>
                <#if option.displayName != "alpenlock-backup-code-display-name">
                <form id="alpenlock-backup-code-alternative-${option?index}" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                    <input type="hidden" name="authenticationExecution" value="${option.authExecId}"/>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg(option.displayName)}</button>
                </form>
                </#if>
            </#list>
        </#if>
    </#if>
</@layout.registrationLayout>
