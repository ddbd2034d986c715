<#import "template.ftl" as layout>
<#assign status = alpenlockBackupCodesStatus>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: alpenlock-backup-codes-status.ftl -->
    <#if section="header">
        ${msg("alpenlockBackupCodesStatusTitle")}
    <#elseif section="form">
        <div id="alpenlock-backup-codes-status" data-state="${status.state}" data-remaining="${status.remaining?c}">
        <#if status.justUsed>
            <p id="alpenlock-backup-codes-used">${msg("alpenlockBackupCodesJustUsed")}</p>
        </#if>
            <div id="alpenlock-backup-codes-message" class="${properties.kcAlertClass!} pf-m-<#if status.state == "RUNNING_LOW">warning<#else>info</#if>">
                <span class="${properties.kcAlertTitleClass!}">${msg(status.message, status.remaining?c)}</span>
            </div>
            <form id="alpenlock-backup-codes-status-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#if status.offerNewSet>
                <button id="alpenlock-backup-codes-new-set" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" name="alpenlockAction" value="new-set">${msg("alpenlockBackupCodesCreateNewSet")}</button>
            </#if>
            <#if status.canContinue>
                <button id="kc-submit" class="${properties.kcButtonClass!} <#if status.offerNewSet>${properties.kcButtonSecondaryClass!} alpenlock-alternative<#else>${properties.kcButtonPrimaryClass!}</#if> ${properties.kcButtonBlockClass!}"
                        type="submit" name="alpenlockAction" value="continue">${msg("doContinue")}</button>
            </#if>
            <#if isAppInitiatedAction?? && !status.canContinue>
                <button id="kc-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
            </#if>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
