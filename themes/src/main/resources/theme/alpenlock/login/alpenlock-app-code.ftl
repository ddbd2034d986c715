<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
<!-- template: alpenlock-app-code.ftl -->
    <#if section="header">
        ${msg("alpenlockAppCodeTitle")}
    <#elseif section="form">
        <p id="alpenlock-app-code-instruction">${msg("alpenlockAppCodeInstruction")}</p>
        <form id="alpenlock-app-code-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;"
              action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg("alpenlockAppCodeLabel") autocomplete="one-time-code" autofocus=true />
            <@buttons.loginButton />
        </form>
        <#if auth?has_content>
            <#list auth.authenticationSelections as option>
                <#if option.displayName == "alpenlock-backup-code-display-name">
                <form id="alpenlock-app-code-use-backup-code" class="alpenlock-alternative" action="${url.loginAction}" method="post">
                    <input type="hidden" name="authenticationExecution" value="${option.authExecId}"/>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg(option.displayName)}</button>
                </form>
                </#if>
            </#list>
        </#if>
    </#if>
</@layout.registrationLayout>
