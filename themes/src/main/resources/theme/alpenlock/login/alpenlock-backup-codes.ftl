<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#assign page = alpenlockBackupCodes>
<#-- The .txt file: the codes, the account and the date, nothing else. Built here so Download works without JavaScript. -->
<#assign fileText = msg("alpenlockBackupCodesFileTitle", page.issuer) + "\r\n" + msg("alpenlockBackupCodesFileAccount", page.account)
    + "\r\n" + msg("alpenlockBackupCodesFileDate", page.date) + "\r\n\r\n">
<#list page.codes as code>
    <#assign fileText = fileText + (code?counter)?c?left_pad(2) + ". " + code + "\r\n">
</#list>
<#assign fileText = fileText + "\r\n" + msg("alpenlockBackupCodesFileHint") + "\r\n">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('alpenlockStored'); section>
<!-- template: alpenlock-backup-codes.ftl -->
    <#if section="header">
        <#if page.mode == "NEW">${msg("alpenlockBackupCodesTitle")}<#else>${msg("alpenlockBackupCodesNewSetTitle")}</#if>
    <#elseif section="form">
        <div id="alpenlock-backup-codes" data-mode="${page.mode}">
        <#if page.mode == "NONE_LEFT">
            <div id="alpenlock-backup-codes-none-left" class="${properties.kcAlertClass!} pf-m-warning">
                <span class="${properties.kcAlertTitleClass!}">${msg("alpenlockBackupCodesNoneLeft")}</span>
            </div>
        </#if>
            <p id="alpenlock-backup-codes-intro">${msg("alpenlockBackupCodesIntro")}</p>
        <#if page.mode != "NEW">
            <p id="alpenlock-backup-codes-replaces">${msg("alpenlockBackupCodesReplaces")}</p>
        </#if>
            <div id="alpenlock-backup-codes-sheet" class="alpenlock-backup-codes-sheet">
                <p class="alpenlock-print-only">
                    <strong>${msg("alpenlockBackupCodesFileTitle", page.issuer)}</strong><br/>
                    ${msg("alpenlockBackupCodesFileAccount", page.account)}<br/>
                    ${msg("alpenlockBackupCodesFileDate", page.date)}
                </p>
                <ol id="alpenlock-backup-codes-list" class="alpenlock-backup-codes" aria-label="${msg("alpenlockBackupCodesListLabel")}">
                <#list page.codes as code>
                    <li><code class="alpenlock-backup-code">${code}</code></li>
                </#list>
                </ol>
                <p class="alpenlock-print-only">${msg("alpenlockBackupCodesFileHint")}</p>
            </div>
            <div id="alpenlock-backup-codes-actions" class="alpenlock-backup-codes-actions">
                <a id="alpenlock-backup-codes-download" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}"
                   download="${page.fileName}" href="data:text/plain;charset=utf-8,${fileText?url('UTF-8')}">${msg("alpenlockBackupCodesDownload")}</a>
                <button id="alpenlock-backup-codes-print" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="button" hidden>${msg("alpenlockBackupCodesPrint")}</button>
                <button id="alpenlock-backup-codes-copy" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="button" hidden
                        data-copied="${msg("alpenlockBackupCodesCopied")}">${msg("alpenlockBackupCodesCopy")}</button>
            </div>
            <form id="alpenlock-backup-codes-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="alpenlockAction" value="store"/>
                <div class="${properties.kcFormGroupClass!}">
                    <div class="${properties.kcCheckboxClass!}">
                        <label for="alpenlockStored" class="${properties.kcCheckboxClass!}">
                            <input class="${properties.kcCheckboxInputClass!}" type="checkbox" id="alpenlockStored" name="alpenlockStored" value="on"
                                   aria-invalid="<#if messagesPerField.existsError('alpenlockStored')>true</#if>"/>
                            <span class="${properties.kcCheckboxLabelClass!}">${msg("alpenlockBackupCodesStored")}</span>
                        </label>
                    </div>
                    <#if messagesPerField.existsError('alpenlockStored')>
                    <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                        <div class="${properties.kcInputHelperTextClass!}">
                            <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-alpenlockStored">
                                <span class="${properties.kcInputErrorMessageClass!}">${messagesPerField.get('alpenlockStored')}</span>
                            </div>
                        </div>
                    </div>
                    </#if>
                </div>
                <@buttons.actionGroup horizontal=true>
                    <@buttons.button id="kc-submit" name="continue" label="doContinue"/>
                    <#if isAppInitiatedAction?? && page.canCancel>
                        <@buttons.button id="kc-cancel" name="cancel-aia" label="doCancel" type="secondary" formnovalidate="formnovalidate"/>
                    </#if>
                </@buttons.actionGroup>
            </form>
        </div>
        <script>
            <#outputformat "JavaScript">
            (function () {
                const download = document.getElementById("alpenlock-backup-codes-download");
                const href = download.getAttribute("href");
                const text = decodeURIComponent(href.substring(href.indexOf(",") + 1));
                const print = document.getElementById("alpenlock-backup-codes-print");
                const copy = document.getElementById("alpenlock-backup-codes-copy");
                print.addEventListener("click", function () { window.print(); });
                copy.addEventListener("click", async function () {
                    try {
                        await navigator.clipboard.writeText(text);
                    } catch (e) {
                        const area = document.createElement("textarea");
                        area.value = text;
                        area.setAttribute("readonly", "");
                        area.style.position = "fixed";
                        area.style.opacity = "0";
                        document.body.appendChild(area);
                        area.select();
                        document.execCommand("copy");
                        document.body.removeChild(area);
                    }
                    copy.textContent = copy.dataset.copied;
                });
                print.hidden = false;
                copy.hidden = false;
            })();
            </#outputformat>
        </script>
    </#if>
</@layout.registrationLayout>
