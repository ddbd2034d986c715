<#--
  The `mail` realm's login page, as Alpenlock writes it: mailboxes log in with their address and mailbox password
  only (no registration, no identity providers, no passkeys in this realm), and the page links to the mailbox
  password check (/realms/<realm>/alpenlock-mailbox-check) for people setting up a mail program.
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=true; section>
<!-- template: login.ftl (alpenlock-mail) -->
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@field.input name="username" label=msg("email") error=messagesPerField.getFirstError('username','password') autofocus=true autocomplete="username" value=login.username!'' />
                <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autocomplete="current-password">
                    <#if realm.rememberMe>
                        <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                    </#if>
                </@field.password>
                <@buttons.loginButton />
            </form>
        </#if>
    <#elseif section = "info">
        <p id="alpenlock-mailbox-check-link" class="alpenlock-alternative">
            <a href="${url.loginUrl?keep_before('/realms/')}/realms/${realm.name?url('UTF-8')}/alpenlock-mailbox-check">${msg("alpenlockMailboxCheckLink")}</a>
        </p>
    </#if>
</@layout.registrationLayout>
