<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#assign push = alpenlockPush>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: alpenlock-push.ftl -->
    <#if section="header">
        ${msg("alpenlockPushTitle")}
    <#elseif section="form">
        <div id="alpenlock-push" data-state="${push.state}">
        <#if push.state == "WAITING">
            <#if push.number??>
                <p id="alpenlock-push-instruction">${msg("alpenlockPushPickNumber")}</p>
                <p id="alpenlock-push-number" class="alpenlock-push-number" aria-live="polite">${push.number}</p>
            <#else>
                <p id="alpenlock-push-instruction">${msg("alpenlockPushApprove")}</p>
            </#if>
            <dl id="alpenlock-push-details" class="alpenlock-push-details">
                <dt>${msg("alpenlockPushApplication")}</dt><dd id="alpenlock-push-client">${push.client}</dd>
                <#if push.browser?has_content || push.os?has_content>
                <dt>${msg("alpenlockPushDevice")}</dt><dd id="alpenlock-push-device">${push.browser}<#if push.browser?has_content && push.os?has_content>, </#if>${push.os}</dd>
                </#if>
                <dt>${msg("alpenlockPushIpAddress")}</dt><dd id="alpenlock-push-ip">${push.ipAddress}</dd>
                <#if push.location??>
                <dt>${msg("alpenlockPushLocation")}</dt><dd id="alpenlock-push-location">${push.location}</dd>
                </#if>
            </dl>
            <p id="alpenlock-push-countdown" class="alpenlock-push-countdown">${msg("alpenlockPushExpiresIn")} <span id="alpenlock-push-remaining">${(push.secondsLeft / 60)?floor}:${(push.secondsLeft % 60)?string("00")}</span></p>
            <form id="alpenlock-push-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockPushAction" value="check"/>
                <noscript>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg("alpenlockPushContinue")}</button>
                </noscript>
            </form>
            <script>
                <#outputformat "JavaScript">
                (function () {
                    const waitUrl = ${push.waitUrl?c};
                    const expiresAt = ${push.expiresAt?c};
                    const skew = Date.now() - (expiresAt - ${push.secondsLeft?c} * 1000);
                    const form = document.getElementById("alpenlock-push-form");
                    const remaining = document.getElementById("alpenlock-push-remaining");
                    let done = false;
                    function finish() {
                        if (!done) {
                            done = true;
                            HTMLFormElement.prototype.submit.call(form);
                        }
                    }
                    function tick() {
                        const left = Math.max(0, Math.round((expiresAt + skew - Date.now()) / 1000));
                        remaining.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
                        if (left <= 0) { setTimeout(finish, 500); return; }
                        setTimeout(tick, 1000);
                    }
                    async function wait() {
                        while (!done) {
                            try {
                                const response = await fetch(waitUrl, { cache: "no-store", credentials: "omit" });
                                if (response.ok && (await response.json()).status !== "pending") {
                                    finish();
                                    return;
                                }
                            } catch (e) {
                                await new Promise(function (resolve) { setTimeout(resolve, 1000); });
                            }
                        }
                    }
                    tick();
                    wait();
                })();
                </#outputformat>
            </script>
        <#else>
            <div id="alpenlock-push-message" class="${properties.kcAlertClass!} pf-m-<#if push.state == "OTHER_PENDING" || push.state == "EXPIRED" || push.state == "CANCELLED">info<#else>danger</#if>">
                <span class="${properties.kcAlertTitleClass!}"><#if push.retryMinutes??>${msg(push.message, push.retryMinutes)}<#else>${msg(push.message)}</#if></span>
            </div>
            <#if push.canResend>
            <form id="alpenlock-push-resend-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="alpenlockPushAction" value="resend"/>
                <button id="alpenlock-push-resend" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg("alpenlockPushResend")}</button>
            </form>
            </#if>
        </#if>
        <#if auth?has_content>
            <#list auth.authenticationSelections as option>
                <#if option.displayName != "alpenlock-push-display-name">
                <form id="alpenlock-push-alternative-${option?index}" class="alpenlock-push-alternative" action="${url.loginAction}" method="post">
                    <input type="hidden" name="authenticationExecution" value="${option.authExecId}"/>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg(option.displayName)}</button>
                </form>
                </#if>
            </#list>
        </#if>
        </div>
    </#if>
</@layout.registrationLayout>
