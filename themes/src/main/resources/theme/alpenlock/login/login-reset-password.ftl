<#--
  Keycloak's "Forgot password?" page (its reset-credentials flow asks for the login identifier here), as the
  Alpenlock theme writes it: the same form, plus a way for people who do not know their login identifier
  either (Alpenlock's forgotten-identifier page, by SMS to a verified mobile number).
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username'); section>
<!-- template: login-reset-password.ftl (alpenlock) -->
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#assign identifierLabel><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></#assign>
            <@field.input name="username" label=identifierLabel value=auth.attemptedUsername!'' autofocus=true />
            <@buttons.actionGroup>
                <@buttons.button id="kc-form-buttons" label="doSubmit"/>
                <@buttons.buttonLink href=url.loginUrl label="backToLogin"/>
            </@buttons.actionGroup>
        </form>
        <p id="alpenlock-forgot-identifier-link" class="alpenlock-alternative">
            <a href="${url.loginUrl?keep_before('/realms/')}/realms/${realm.name?url('UTF-8')}/alpenlock/forgot-identifier">${msg("alpenlockForgotIdentifierLink")}</a>
        </p>
    <#elseif section = "info" >
        <span class="${properties.kcLoginMainFooterHelperText!}">${msg("alpenlockForgotPasswordInfo")}</span>
    </#if>
</@layout.registrationLayout>
