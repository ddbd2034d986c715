<#--
  The public mailbox password check page (/realms/<realm>/alpenlock-mailbox-check): an address and a mailbox
  password, and the answer "works" or "does not work" in the message area above the form.
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
<!-- template: alpenlock-mailbox-check.ftl -->
    <#if section = "header">
        ${msg("alpenlockMailboxCheckTitle")}
    <#elseif section = "form">
        <p id="alpenlock-mailbox-check-intro">${msg("alpenlockMailboxCheckIntro")}</p>
        <form id="alpenlock-mailbox-check-form" class="${properties.kcFormClass!}" action="${alpenlockMailboxCheck.action}" method="post" novalidate="novalidate">
            <input type="hidden" name="csrf" value="${alpenlockMailboxCheck.csrf}"/>
            <@field.input name="address" label=msg("alpenlockMailboxCheckAddress") value=alpenlockMailboxCheck.address autocomplete="email" autofocus=true />
            <@field.password name="password" label=msg("alpenlockMailboxCheckPassword") autocomplete="current-password" />
            <@buttons.actionGroup>
                <@buttons.button id="alpenlock-mailbox-check-submit" name="check" label="alpenlockMailboxCheckSubmit" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
