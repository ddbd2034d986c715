<#--
  The account holder's mailbox page (/realms/{realm}/alpenlock-mailboxes/, io.alpenlock.mailbox.links.web).
  alpenlockMailboxes: links (address, mayChangePassword, unified, unificationOffered, confirmUnlink), action (form URL),
  token (per-session form token), accountUrl, typedAddress (refills the link form after an error).
-->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#assign m = alpenlockMailboxes>
<#macro textField id name label type="text" value="" autocomplete="off">
    <div class="${properties.kcFormGroupClass!}">
        <div class="${properties.kcFormGroupLabelClass!}">
            <label for="${id}" class="${properties.kcFormLabelClass!}"><span class="${properties.kcFormLabelTextClass!}">${label}</span></label>
        </div>
        <span class="${properties.kcInputClass!}"><input id="${id}" name="${name}" type="${type}" value="${value}" autocomplete="${autocomplete}"/></span>
    </div>
</#macro>
<#macro hidden action address="">
    <input type="hidden" name="alpenlockToken" value="${m.token}"/>
    <input type="hidden" name="action" value="${action}"/>
    <#if address?has_content><input type="hidden" name="address" value="${address}"/></#if>
</#macro>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: alpenlock-mailboxes.ftl -->
    <#if section="header">
        ${msg("alpenlockMailboxesTitle")}
    <#elseif section="form">
        <div id="alpenlock-mailboxes">
            <p id="alpenlock-mailboxes-intro">${msg("alpenlockMailboxesIntro")}</p>
            <#if m.links?has_content>
                <#list m.links as l>
                    <section class="alpenlock-mailbox" id="alpenlock-mailbox-${l?index}" data-address="${l.address}"
                             data-unified="${l.unified?c}" data-unification-offered="${l.unificationOffered?c}">
                        <h2 class="alpenlock-mailbox-address">${l.address}</h2>
                        <#if l.unified>
                            <p class="alpenlock-mailbox-unified" id="alpenlock-mailbox-unified-${l?index}">${msg("alpenlockMailboxUnifiedNotice")}</p>
                            <form id="alpenlock-mailbox-separate-${l?index}" class="alpenlock-alternative" action="${m.action}" method="post">
                                <@hidden action="separate" address=l.address/>
                                <@buttons.button id="alpenlock-mailbox-separate-submit-${l?index}" type="secondary" label="alpenlockMailboxSeparate" />
                            </form>
                        </#if>
                        <#if l.mayChangePassword>
                            <form id="alpenlock-mailbox-change-${l?index}" class="${properties.kcFormClass!}" action="${m.action}" method="post" novalidate="novalidate">
                                <@hidden action="change" address=l.address/>
                                <@textField id="password-new-${l?index}" name="password-new" label=msg("alpenlockMailboxNewPassword") type="password" autocomplete="new-password"/>
                                <@textField id="password-confirm-${l?index}" name="password-confirm" label=msg("alpenlockMailboxConfirmPassword") type="password" autocomplete="new-password"/>
                                <#if l.unificationOffered>
                                    <div class="${properties.kcFormGroupClass!} alpenlock-mailbox-unify">
                                        <label for="alpenlock-mailbox-unify-${l?index}">
                                            <input type="checkbox" id="alpenlock-mailbox-unify-${l?index}" name="unify" value="on"/>
                                            ${msg("alpenlockMailboxUnifyOffer")}
                                        </label>
                                    </div>
                                </#if>
                                <@buttons.actionGroup>
                                    <@buttons.button id="alpenlock-mailbox-change-submit-${l?index}" label="alpenlockMailboxChangePassword" />
                                </@buttons.actionGroup>
                            </form>
                        <#else>
                            <p class="alpenlock-mailbox-read-only">${msg("alpenlockMailboxConsultOnly")}</p>
                        </#if>
                        <#if l.confirmUnlink>
                            <div class="alpenlock-mailbox-unlink-confirm" id="alpenlock-mailbox-unlink-confirm-${l?index}" role="alertdialog" aria-labelledby="alpenlock-mailbox-unlink-question-${l?index}">
                                <p id="alpenlock-mailbox-unlink-question-${l?index}"><strong>${msg("alpenlockMailboxUnlinkQuestion", l.address)}</strong></p>
                                <p>${msg("alpenlockMailboxUnlinkExplanation")}</p>
                                <#if l.unified><p>${msg("alpenlockMailboxUnlinkUnifiedExplanation")}</p></#if>
                                <form id="alpenlock-mailbox-unlink-confirm-form-${l?index}" action="${m.action}" method="post">
                                    <@hidden action="unlink" address=l.address/>
                                    <input type="hidden" name="confirm" value="yes"/>
                                    <@buttons.actionGroup>
                                        <@buttons.button id="alpenlock-mailbox-unlink-confirm-submit-${l?index}" label="alpenlockMailboxUnlinkConfirm" />
                                    </@buttons.actionGroup>
                                </form>
                                <p><a id="alpenlock-mailbox-unlink-cancel-${l?index}" href="${m.action}">${msg("alpenlockMailboxUnlinkCancel")}</a></p>
                            </div>
                        <#else>
                            <#-- the fragment brings the question into view on the answer page -->
                            <form id="alpenlock-mailbox-unlink-${l?index}" class="alpenlock-alternative" action="${m.action}#alpenlock-mailbox-unlink-confirm-${l?index}" method="post">
                                <@hidden action="unlink" address=l.address/>
                                <@buttons.button id="alpenlock-mailbox-unlink-submit-${l?index}" type="secondary" label="alpenlockMailboxUnlink" />
                            </form>
                        </#if>
                    </section>
                </#list>
            <#else>
                <p id="alpenlock-mailboxes-none">${msg("alpenlockMailboxesNone")}</p>
            </#if>
            <h2 id="alpenlock-mailbox-link-title">${msg("alpenlockMailboxLinkTitle")}</h2>
            <p>${msg("alpenlockMailboxLinkInstruction")}</p>
            <form id="alpenlock-mailbox-link" class="${properties.kcFormClass!}" action="${m.action}" method="post" novalidate="novalidate">
                <@hidden action="link"/>
                <@textField id="alpenlock-link-address" name="address" label=msg("alpenlockMailboxAddress") value=m.typedAddress autocomplete="email"/>
                <@textField id="alpenlock-link-password" name="password" label=msg("alpenlockMailboxCurrentPassword") type="password" autocomplete="off"/>
                <@buttons.actionGroup>
                    <@buttons.button id="alpenlock-mailbox-link-submit" label="alpenlockMailboxLinkSubmit" />
                </@buttons.actionGroup>
            </form>
            <p><a id="alpenlock-mailboxes-account" href="${m.accountUrl}">${msg("alpenlockMailboxesBackToAccount")}</a></p>
        </div>
    </#if>
</@layout.registrationLayout>
