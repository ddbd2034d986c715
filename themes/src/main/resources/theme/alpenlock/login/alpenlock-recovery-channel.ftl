<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: alpenlock-recovery-channel.ftl -->
    <#if section="header">
        ${msg("alpenlockRecoveryTitle")}
    <#elseif section="form">
        <p id="alpenlock-recovery-instruction">${msg("alpenlockRecoveryInstruction")}</p>
        <form id="alpenlock-recovery-channels" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#list (alpenlockRecoveryChannels!{}) as channel, masked>
                <#if channel == "email">
                    <@buttons.button id="alpenlock-recovery-email" name="channel" type="secondary" label="alpenlockRecoveryByEmail" value="email"/>
                    <p class="alpenlock-recovery-contact" data-channel="email">${masked}</p>
                <#elseif channel == "sms">
                    <@buttons.button id="alpenlock-recovery-sms" name="channel" type="secondary" label="alpenlockRecoveryBySms" value="sms"/>
                    <p class="alpenlock-recovery-contact" data-channel="sms">${masked}</p>
                <#elseif channel == "recovery-email">
                    <@buttons.button id="alpenlock-recovery-recovery-email" name="channel" type="secondary" label="alpenlockRecoveryByRecoveryEmail" value="recovery-email"/>
                    <p class="alpenlock-recovery-contact" data-channel="recovery-email">${masked}</p>
                </#if>
            </#list>
        </form>
        <form id="alpenlock-recovery-none" class="alpenlock-alternative" action="${url.loginAction}" method="post">
            <input type="hidden" name="alpenlockAction" value="identity-verification"/>
            <@buttons.button id="alpenlock-recovery-none-button" type="secondary" label="alpenlockIdvNoneOfThese" />
        </form>
    </#if>
</@layout.registrationLayout>
