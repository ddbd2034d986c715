<#--
  The sign-in page of the Alpenlock theme. It offers what Keycloak's own page offers (identifier and password,
  "remember me", passkeys in the browser's autofill, identity providers, registration when the realm allows it)
  and, where the realm lets people reset their password, a link to the forgotten-identifier page
  (/realms/<realm>/alpenlock/forgot-identifier) for people who no longer know which address they sign in with.
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "passkeys.ftl" as passkeys>
<#assign registrationShown = realm.password && realm.registrationAllowed && !registrationDisabled??>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=registrationShown; section>
<!-- template: login.ftl (alpenlock) -->
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <#assign identifierLabel><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></#assign>
                        <@field.input name="username" label=identifierLabel error=messagesPerField.getFirstError('username','password')
                            autofocus=true autocomplete=(enableWebAuthnConditionalUI?has_content)?then("username webauthn", "username") value=login.username!'' />
                    </#if>
                    <@field.password name="password" label=msg("password") error=usernameHidden???then(messagesPerField.get('password'), "")
                        forgotPassword=realm.resetPasswordAllowed autofocus=usernameHidden?? autocomplete="current-password">
                        <#if realm.rememberMe && !usernameHidden??>
                            <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                        </#if>
                    </@field.password>
                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>
                <#if realm.resetPasswordAllowed && !usernameHidden??>
                    <p id="alpenlock-login-forgot-identifier" class="alpenlock-alternative">
                        <a href="${url.loginUrl?keep_before('/realms/')}/realms/${realm.name?url('UTF-8')}/alpenlock/forgot-identifier">${msg("alpenlockForgotIdentifierLoginLink")}</a>
                    </p>
                </#if>
            </#if>
          </div>
        </div>
        <@passkeys.conditionalUIData />
    <#elseif section = "socialProviders">
        <#if realm.password && social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        </#if>
    <#elseif section = "info">
        <#if registrationShown>
            <div id="kc-registration-container">
                <div id="kc-registration">
                    <span>${msg("noAccount")} <a href="${url.registrationUrl}">${msg("doRegister")}</a></span>
                </div>
            </div>
        </#if>
    </#if>
</@layout.registrationLayout>
