<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
<!-- template: alpenlock-enroll-app.ftl -->
    <#if section="header">
        ${msg("alpenlockEnrollAppTitle")}
    <#elseif section="form">
        <ol id="alpenlock-enroll-steps" class="alpenlock-steps">
            <li>${msg("alpenlockEnrollAppStepOpen")}</li>
            <li>
                ${msg("alpenlockEnrollAppStepScan")}
                <div class="alpenlock-qr">
                    <img id="alpenlock-enroll-qr" src="${alpenlockEnrollQrCode}" width="260" height="260" alt="${msg("alpenlockEnrollAppQrAlt")}"/>
                </div>
                <p>${msg("alpenlockEnrollAppValidity", alpenlockEnrollMinutes)}</p>
                <details>
                    <summary>${msg("alpenlockEnrollAppManual")}</summary>
                    <p><code id="alpenlock-enroll-link" class="alpenlock-secret">${alpenlockEnrollLink}</code></p>
                </details>
            </li>
        </ol>
        <p id="alpenlock-enroll-waiting" aria-live="polite">${msg("alpenlockEnrollAppWaiting")}</p>
        <form id="alpenlock-enroll-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup horizontal=true>
                <@buttons.button id="kc-submit" name="continue" label="doContinue"/>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-cancel" name="cancel-aia" label="doCancel" type="secondary"/>
                </#if>
            </@buttons.actionGroup>
        </form>
        <script>
            <#outputformat "JavaScript">
            (function () {
                const statusUrl = ${alpenlockEnrollStatusUrl?c};
                const form = document.getElementById("alpenlock-enroll-form");
                let stopped = false;
                async function check() {
                    if (stopped) { return; }
                    try {
                        const response = await fetch(statusUrl, { cache: "no-store", credentials: "omit" });
                        if (response.ok && (await response.json()).done) {
                            stopped = true;
                            HTMLFormElement.prototype.submit.call(form);
                            return;
                        }
                    } catch (e) {
                        // offline for a moment: try again
                    }
                    setTimeout(check, 1000);
                }
                setTimeout(check, 1000);
            })();
            </#outputformat>
        </script>
    </#if>
</@layout.registrationLayout>
