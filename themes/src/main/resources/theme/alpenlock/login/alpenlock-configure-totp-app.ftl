<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code','label'); section>
<!-- template: alpenlock-configure-totp-app.ftl -->
    <#if section="header">
        ${msg("alpenlockTotpAppTitle")}
    <#elseif section="form">
        <ol id="alpenlock-totp-app-steps" class="alpenlock-steps">
            <li>${msg("alpenlockTotpAppStepInstall")}</li>
            <li>
                ${msg("alpenlockTotpAppStepScan")}
                <div class="alpenlock-qr">
                    <img id="alpenlock-totp-app-qr" src="${alpenlockQrCode}" width="240" height="240" alt="${msg("alpenlockTotpAppQrAlt")}"/>
                </div>
                <p>${msg("alpenlockTotpAppManual")}</p>
                <p><code id="alpenlock-totp-app-secret" class="alpenlock-secret">${alpenlockSecretGroups}</code></p>
                <p><a id="alpenlock-totp-app-open" href="${alpenlockOtpAuthUri}">${msg("alpenlockTotpAppOpenOnThisPhone")}</a></p>
            </li>
            <li>${msg("alpenlockTotpAppStepConfirm")}</li>
        </ol>
        <form id="alpenlock-totp-app-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg("alpenlockTotpAppCodeLabel") autocomplete="one-time-code" autofocus=true />
            <@field.input name="label" label=msg("alpenlockTotpAppLabelLabel") value=(alpenlockLabel?has_content)?then(alpenlockLabel, msg("alpenlockTotpAppLabelDefault")) />
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="kc-submit" name="confirm" label="doSubmit"/>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-cancel" name="cancel-aia" label="doCancel" type="secondary" formnovalidate="formnovalidate"/>
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
