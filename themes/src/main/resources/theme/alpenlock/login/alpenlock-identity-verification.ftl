<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- "I have access to none of these": the identity verification request form. Attribute alpenlockIdv holds what
     was typed (re-shown after an error; every value is escaped by the HTML output format). -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('fullName','contactEmail','contactPhone','message'); section>
<!-- template: alpenlock-identity-verification.ftl -->
    <#if section="header">
        ${msg("alpenlockIdvTitle")}
    <#elseif section="form">
        <p id="alpenlock-idv-instruction">${msg("alpenlockIdvInstruction")}</p>
        <form id="alpenlock-idv-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="fullName" label=msg("alpenlockIdvFullName") value=(alpenlockIdv.fullName)!"" autocomplete="name" autofocus=true />
            <@field.input name="contactEmail" label=msg("alpenlockIdvContactEmail") value=(alpenlockIdv.contactEmail)!"" autocomplete="email" />
            <@field.input name="contactPhone" label=msg("alpenlockIdvContactPhone") value=(alpenlockIdv.contactPhone)!"" autocomplete="tel" />
            <@field.group name="message" label=msg("alpenlockIdvMessage") error=messagesPerField.get('message')>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('message')>${properties.kcError}</#if>">
                    <textarea id="message" name="message" rows="5" maxlength="1000"
                              aria-invalid="<#if messagesPerField.existsError('message')>true</#if>">${(alpenlockIdv.message)!""}</textarea>
                </span>
            </@field.group>
            <p id="alpenlock-idv-privacy" class="alpenlock-note">${msg("alpenlockIdvPrivacy", alpenlockIdvRetentionHours!"72")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="kc-submit" name="send" label="alpenlockIdvSend" />
            </@buttons.actionGroup>
        </form>
        <form id="alpenlock-idv-back" class="alpenlock-alternative" action="${url.loginAction}" method="post">
            <input type="hidden" name="alpenlockAction" value="channels"/>
            <@buttons.button id="alpenlock-idv-back-button" type="secondary" label="alpenlockRecoveryOtherWay" />
        </form>
    </#if>
</@layout.registrationLayout>
