<#import "template.ftl" as layout>
<#-- The identity verification request was received. The same page whether or not the identifier had an account. -->
<@layout.registrationLayout displayMessage=false; section>
<!-- template: alpenlock-identity-verification-sent.ftl -->
    <#if section="header">
        ${msg("alpenlockIdvSentTitle")}
    <#elseif section="form">
        <p id="alpenlock-idv-sent">${msg("alpenlockIdvSent")}</p>
        <p id="alpenlock-idv-sent-retention">${msg("alpenlockIdvSentRetention", alpenlockIdvRetentionHours!"72")}</p>
    </#if>
</@layout.registrationLayout>
