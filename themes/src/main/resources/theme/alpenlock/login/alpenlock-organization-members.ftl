<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: alpenlock-organization-members.ftl -->
    <#if section="header">
        ${msg("alpenlockOrgMembersTitle")}
    <#elseif section="form">
        <#assign org = alpenlockOrg>
        <style>
            .alpenlock-org-tabs { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: 1rem; }
            .alpenlock-org-tabs a { padding: .25rem .75rem; border: 1px solid #c7c7c7; border-radius: 1rem; text-decoration: none; }
            .alpenlock-org-tabs a[aria-current="page"] { font-weight: 700; border-color: currentColor; }
            .alpenlock-org-members { list-style: none; padding: 0; margin: 0 0 1.5rem; }
            .alpenlock-org-member { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between;
                gap: .5rem; padding: .75rem 0; border-bottom: 1px solid #e0e0e0; }
            .alpenlock-org-who { flex: 1 1 12rem; min-width: 0; overflow-wrap: anywhere; }
            .alpenlock-org-who small { display: block; color: #6a6e73; }
            .alpenlock-org-role { font-weight: 600; }
            .alpenlock-org-menu { position: relative; }
            .alpenlock-org-menu > summary { list-style: none; cursor: pointer; font-size: 1.5rem; line-height: 1;
                padding: .25rem .75rem; border-radius: .25rem; }
            .alpenlock-org-menu > summary::-webkit-details-marker { display: none; }
            .alpenlock-org-menu[open] > summary { background: #f0f0f0; }
            .alpenlock-org-panel { flex-basis: 100%; margin-top: .5rem; padding: .75rem; border: 1px solid #d2d2d2; border-radius: .25rem; }
            .alpenlock-org-panel label { display: block; margin: .5rem 0 .25rem; font-weight: 600; }
            .alpenlock-org-panel select, .alpenlock-org-panel input { width: 100%; max-width: 24rem; padding: .375rem; }
            .alpenlock-org-product { display: flex; gap: .5rem; align-items: center; }
            .alpenlock-org-product span { flex: 0 0 8rem; }
            .alpenlock-org-buttons { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .75rem; }
            .alpenlock-org-section { margin-top: 1.5rem; }
            @media (min-width: 768px) { .alpenlock-org-member { flex-wrap: nowrap; } .alpenlock-org-menu[open] { flex-basis: 24rem; } }
        </style>
        <div id="alpenlock-org-page">
        <#if org.organizations?size == 0>
            <p id="alpenlock-org-none">${msg("alpenlockOrgNone")}</p>
        <#else>
            <nav class="alpenlock-org-tabs" aria-label="${msg("alpenlockOrgYourOrganizations")}">
                <#list org.organizations as o>
                    <a href="${org.action}?org=${o.id()?url('UTF-8')}" <#if org.selected?? && org.selected.id() == o.id()>aria-current="page"</#if>>${o.name()}</a>
                </#list>
            </nav>
        </#if>
        <#if org.selected??>
            <#assign sel = org.selected>
            <p id="alpenlock-org-your-role">${msg("alpenlockOrgYourRole")} <span class="alpenlock-org-role">${msg(org.roleLabels[sel.role()])}</span></p>
            <ul class="alpenlock-org-members" id="alpenlock-org-members">
            <#list org.members as m>
                <li class="alpenlock-org-member" data-member="${m.id()}" data-role="${m.role()}">
                    <div class="alpenlock-org-who">
                        ${((m.firstName()!"") + " " + (m.lastName()!""))?trim?has_content?then((m.firstName()!"") + " " + (m.lastName()!""), m.username())}<#if m.id() == org.me> ${msg("alpenlockOrgYou")}</#if>
                        <small>${m.email()!m.username()}</small>
                        <small class="alpenlock-org-role" data-role-label="${m.role()}">${msg(org.roleLabels[m.role()])}<#if m.products()?size gt 0> · <#list m.products() as p, a>${p} (${msg(org.accessLabels[a])})<#sep>, </#list></#if></small>
                    </div>
                    <#if org.manages>
                    <details class="alpenlock-org-menu">
                        <summary aria-label="${msg("alpenlockOrgActions")}" data-menu="${m.id()}">⋮</summary>
                        <div class="alpenlock-org-panel">
                            <form method="post" action="${org.action}" class="alpenlock-org-change">
                                <input type="hidden" name="csrf" value="${org.csrf}">
                                <input type="hidden" name="org" value="${sel.id()}">
                                <input type="hidden" name="member" value="${m.id()}">
                                <input type="hidden" name="action" value="save">
                                <label for="role-${m.id()}">${msg("alpenlockOrgChangeRole")}</label>
                                <select id="role-${m.id()}" name="role">
                                    <#list org.roles as r><option value="${r}" <#if r == m.role()>selected</#if>>${msg(org.roleLabels[r])}</option></#list>
                                </select>
                                <#if m.role() == "collaborator" || m.role() == "external">
                                    <label>${msg("alpenlockOrgProducts")}</label>
                                    <#list org.products as p>
                                        <div class="alpenlock-org-product">
                                            <span>${p.name}</span>
                                            <#assign current = (m.products()[p.id])!"none">
                                            <select name="product.${p.id}" aria-label="${p.name}">
                                                <#list ["none", "use", "manage"] as a><option value="${a}" <#if a == current>selected</#if>>${msg(org.accessLabels[a])}</option></#list>
                                            </select>
                                        </div>
                                    </#list>
                                </#if>
                                <div class="alpenlock-org-buttons">
                                    <button type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonClass!}" name="save">${msg("alpenlockOrgSave")}</button>
                                </div>
                            </form>
                            <#if m.id() != org.me>
                            <form method="post" action="${org.action}" class="alpenlock-org-remove">
                                <input type="hidden" name="csrf" value="${org.csrf}">
                                <input type="hidden" name="org" value="${sel.id()}">
                                <input type="hidden" name="member" value="${m.id()}">
                                <input type="hidden" name="action" value="remove">
                                <div class="alpenlock-org-buttons">
                                    <button type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonClass!}">${msg("alpenlockOrgRemove")}</button>
                                </div>
                            </form>
                            </#if>
                        </div>
                    </details>
                    </#if>
                </li>
            </#list>
            </ul>
            <#if org.manages>
            <form method="post" action="${org.action}" class="alpenlock-org-section" id="alpenlock-org-invite">
                <input type="hidden" name="csrf" value="${org.csrf}">
                <input type="hidden" name="org" value="${sel.id()}">
                <input type="hidden" name="action" value="invite">
                <h2>${msg("alpenlockOrgInvite")}</h2>
                <label for="invite-email">${msg("alpenlockOrgEmail")}</label>
                <input id="invite-email" class="${properties.kcInputClass!}" type="email" name="email" required autocomplete="off">
                <label for="invite-role">${msg("alpenlockOrgRole")}</label>
                <select id="invite-role" name="role"><#list org.roles as r><option value="${r}" <#if r == "collaborator">selected</#if>>${msg(org.roleLabels[r])}</option></#list></select>
                <div class="alpenlock-org-buttons"><button type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonClass!}">${msg("alpenlockOrgInviteButton")}</button></div>
            </form>
            </#if>
            <form method="post" action="${org.action}" class="alpenlock-org-section" id="alpenlock-org-leave">
                <input type="hidden" name="csrf" value="${org.csrf}">
                <input type="hidden" name="org" value="${sel.id()}">
                <input type="hidden" name="action" value="leave">
                <button type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonClass!}">${msg("alpenlockOrgLeave")}</button>
            </form>
        </#if>
            <form method="post" action="${org.action}" class="alpenlock-org-section" id="alpenlock-org-create">
                <input type="hidden" name="csrf" value="${org.csrf}">
                <input type="hidden" name="action" value="create">
                <h2>${msg("alpenlockOrgCreate")}</h2>
                <label for="create-name">${msg("alpenlockOrgName")}</label>
                <input id="create-name" class="${properties.kcInputClass!}" name="name" required maxlength="255">
                <label for="create-alias">${msg("alpenlockOrgAlias")}</label>
                <input id="create-alias" class="${properties.kcInputClass!}" name="alias" required maxlength="63" pattern="[a-z0-9][a-z0-9\-]*">
                <div class="alpenlock-org-buttons"><button type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonClass!}">${msg("alpenlockOrgCreateButton")}</button></div>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
