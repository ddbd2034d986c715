package io.alpenlock.themes;

import static io.alpenlock.themes.EmailTexts.UNRESOLVED_KEY;
import static io.alpenlock.themes.EmailTexts.assertWellFormed;
import static io.alpenlock.themes.EmailTexts.escapeHtml;
import static io.alpenlock.themes.EmailTexts.format;
import static io.alpenlock.themes.EmailTexts.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the organization e-mails (role-change summary to the member; "member left" and "account closed" to
 * the organization's administrators) in every language as Keycloak would, with the attributes the
 * organizations module promises, and checks what the recipient reads.
 */
class OrganizationEmailsRenderingTest {

    static final String ROLE_CHANGED = "alpenlock-organization-role-changed.ftl";
    static final String MEMBER_LEFT = "alpenlock-organization-member-left.ftl";
    static final String ACCOUNT_CLOSED = "alpenlock-organization-account-closed.ftl";

    private static final String REALM = "Alpen Hosting";
    private static final String ORGANIZATION = "Acme & Söhne AG";
    private static final String CHANGED_AT = "26. November 2026 um 09:41:07 MEZ";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void roleChangeSummaryNamesOrganizationBothRolesInTheLanguageWhoAndWhen(String language) {
        var email = renderer.render(ROLE_CHANGED, "alpenlockOrgRoleChangedSubject", List.of(ORGANIZATION),
                roleChange("collaborator", "administrator", true), language, ANNA, REALM);

        assertThat(email.subject()).isEqualTo(format(language, "alpenlockOrgRoleChangedSubject", ORGANIZATION));
        assertThat(email.html())
                .contains("lang=\"" + ThemeFiles.locale(language).getLanguage() + "\"")
                .contains(escapeHtml(message(language, "alpenlockOrgRoleChangedHeading")))
                .contains(escapeHtml(format(language, "alpenlockEmailGreeting", "Anna")))
                .contains(escapeHtml(format(language, "alpenlockOrgRoleChangedIntro", ORGANIZATION)))
                .contains(escapeHtml(message(language, "alpenlockOrgRoleCollaborator")))
                .contains(escapeHtml(message(language, "alpenlockOrgRoleAdministrator")))
                .contains(escapeHtml(message(language, "alpenlockOrgDetailOldRole")))
                .contains("admin-jane")
                .contains(escapeHtml(CHANGED_AT))
                .contains(escapeHtml(message(language, "alpenlockOrgRoleChangedRaised")))
                .contains(escapeHtml(format(language, "alpenlockOrgFooter", REALM)))
                .doesNotContain(escapeHtml(format(language, "alpenlockEmailSecurityFooter", REALM)))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        assertThat(email.text())
                .startsWith(message(language, "alpenlockOrgRoleChangedHeading") + "\n")
                .contains(format(language, "alpenlockOrgRoleChangedIntro", ORGANIZATION))
                .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockOrgDetailOldRole"),
                        message(language, "alpenlockOrgRoleCollaborator")))
                .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockOrgDetailNewRole"),
                        message(language, "alpenlockOrgRoleAdministrator")))
                .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockOrgDetailChangedBy"),
                        "admin-jane"))
                .contains(CHANGED_AT)
                .doesNotContain("<p", "<table", "&amp;", "&#39;", "&quot;")
                .doesNotContainPattern(UNRESOLVED_KEY);
        EmailPreviews.write(ROLE_CHANGED, language, email);
        if (!language.equals(ThemeFiles.REFERENCE_LANGUAGE)) {
            assertThat(message(language, "alpenlockOrgRoleChangedHeading"))
                    .isNotEqualTo(message(ThemeFiles.REFERENCE_LANGUAGE, "alpenlockOrgRoleChangedHeading"));
        }
    }

    @Test
    void aLowerRoleSaysWhatChangesInsteadOfMoreRights() {
        var email = renderer.render(ROLE_CHANGED, "alpenlockOrgRoleChangedSubject", List.of(ORGANIZATION),
                roleChange("legal-representative", "external", false), "de", ANNA, REALM);

        assertThat(email.text())
                .contains(message("de", "alpenlockOrgRoleLegalRepresentative"), message("de", "alpenlockOrgRoleExternal"))
                .contains(message("de", "alpenlockOrgRoleChangedLowered"))
                .doesNotContain(message("de", "alpenlockOrgRoleChangedRaised"));
    }

    @Test
    void anUnknownRoleNamePrintsNothingRatherThanTheRawValue() {
        var email = renderer.render(ROLE_CHANGED, "alpenlockOrgRoleChangedSubject", List.of(ORGANIZATION),
                roleChange("<b>owner</b>", "administrator", true), "en", ANNA, REALM);

        assertThat(email.html()).doesNotContain("owner");
        assertThat(email.text()).doesNotContain("owner");
    }

    static Stream<String> memberGoneTemplates() {
        return Stream.of(MEMBER_LEFT, ACCOUNT_CLOSED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memberGoneTemplates")
    void memberGoneNoticesNameTheMemberAndTheOrganizationInEveryLanguage(String template) {
        String prefix = template.equals(MEMBER_LEFT) ? "alpenlockOrgMemberLeft" : "alpenlockOrgAccountClosed";
        for (String language : languages().toList()) {
            var email = renderer.render(template, prefix + "Subject", List.of(ORGANIZATION), memberGone(), language,
                    ANNA, REALM);

            assertThat(email.subject()).as(language).isEqualTo(format(language, prefix + "Subject", ORGANIZATION));
            assertThat(email.html()).as(language)
                    .contains(escapeHtml(message(language, prefix + "Heading")))
                    .contains(escapeHtml(format(language, prefix + "Intro", ORGANIZATION)))
                    .contains("Beat Beispiel", "beat@example.ch", escapeHtml(CHANGED_AT))
                    .contains(escapeHtml(message(language, "alpenlockOrgMemberGoneRolesRemoved")))
                    .doesNotContainPattern(UNRESOLVED_KEY);
            assertWellFormed(email.html());
            assertThat(email.text()).as(language)
                    .contains(format(language, prefix + "Intro", ORGANIZATION))
                    .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockOrgDetailMember"),
                            "Beat Beispiel"))
                    .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockOrgDetailLogin"),
                            "beat@example.ch"))
                    .doesNotContain("<p", "&amp;")
                    .doesNotContainPattern(UNRESOLVED_KEY);
            EmailPreviews.write(template, language, email);
        }
    }

    /** Organization and member names are typed by people: they stay text, also inside sentences. */
    @Test
    void namesPeopleTypedCannotInjectMarkupOrMessageKeys() {
        Map<String, Object> attributes = memberGone();
        attributes.put("alpenlockOrganizationName", "<img src=x onerror=alert(1)> ${alpenlockOrgFooter}");
        attributes.put("alpenlockMemberName", "<script>alert(1)</script>");

        var email = renderer.render(ACCOUNT_CLOSED, "alpenlockOrgAccountClosedSubject", List.of("Acme"), attributes,
                "en", ANNA, REALM);

        assertThat(email.html())
                .doesNotContain("<img", "<script")
                .contains("&lt;img src=x onerror=alert(1)&gt; ${alpenlockOrgFooter}")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(email.text()).contains("<img src=x onerror=alert(1)> ${alpenlockOrgFooter}");
        assertWellFormed(email.html());
    }

    private static Map<String, Object> roleChange(String oldRole, String newRole, boolean raised) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockOrganizationName", ORGANIZATION);
        attributes.put("alpenlockOldRole", oldRole);
        attributes.put("alpenlockNewRole", newRole);
        attributes.put("alpenlockChangedBy", "admin-jane");
        attributes.put("alpenlockChangedAt", CHANGED_AT);
        attributes.put("alpenlockRoleRaised", raised);
        return attributes;
    }

    private static Map<String, Object> memberGone() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockOrganizationName", ORGANIZATION);
        attributes.put("alpenlockMemberName", "Beat Beispiel");
        attributes.put("alpenlockMemberLogin", "beat@example.ch");
        attributes.put("alpenlockChangedAt", CHANGED_AT);
        return attributes;
    }
}
