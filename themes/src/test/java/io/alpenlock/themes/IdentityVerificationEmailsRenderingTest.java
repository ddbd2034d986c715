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
 * Renders the answers to an identity verification request in every language as Keycloak would: the approval
 * with its one-time link, the rejection with the administrator's note; what the person typed stays text.
 */
class IdentityVerificationEmailsRenderingTest {

    private static final String REALM = "Alpen Hosting";
    private static final String LINK = "https://login.example.ch/realms/accounts/login-actions/action-token?key=abc.def&client_id=x";
    private static final KeycloakLikeEmailRenderer.User PERSON =
            new KeycloakLikeEmailRenderer.User("anna@elsewhere.test", "Anna Muster", null, "anna@elsewhere.test");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theApprovalCarriesTheLinkAndSaysTheSecondFactorStillApplies(String language) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockFullName", "Anna Muster");
        attributes.put("alpenlockLink", LINK);
        attributes.put("alpenlockLinkHours", "24");
        var email = renderer.render("alpenlock-identity-verification-approved.ftl", "alpenlockIdvApprovedSubject",
                List.of(REALM), attributes, language, PERSON, REALM);

        assertThat(email.subject()).isEqualTo(format(language, "alpenlockIdvApprovedSubject", REALM));
        assertThat(email.html()).contains(escapeHtml(message(language, "alpenlockIdvApprovedHeading")))
                .contains(escapeHtml(format(language, "alpenlockIdvApprovedAction", "24")))
                .contains("href=\"" + escapeHtml(LINK) + "\"").contains("Anna Muster")
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text()).contains(LINK).contains(format(language, "alpenlockIdvApprovedAction", "24"))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        EmailPreviews.write("alpenlock-identity-verification-approved.ftl", language, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theRejectionGivesTheNoteAsText(String language) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockFullName", "Anna <b>Muster</b>");
        attributes.put("alpenlockReason", "Details do not match & <i>sorry</i>.");
        var email = renderer.render("alpenlock-identity-verification-rejected.ftl", "alpenlockIdvRejectedSubject",
                List.of(REALM), attributes, language, PERSON, REALM);

        assertThat(email.subject()).isEqualTo(format(language, "alpenlockIdvRejectedSubject", REALM));
        assertThat(email.html()).contains(escapeHtml(message(language, "alpenlockIdvRejectedIntro")))
                .contains("Details do not match &amp; &lt;i&gt;sorry&lt;/i&gt;.")
                .contains("Anna &lt;b&gt;Muster&lt;/b&gt;")
                .doesNotContain("<i>sorry").doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text()).contains("Details do not match & <i>sorry</i>.")
                .contains(message(language, "alpenlockIdvRejectedNext"));
        assertWellFormed(email.html());
        EmailPreviews.write("alpenlock-identity-verification-rejected.ftl", language, email);
    }

    @Test
    void aRejectionWithoutNoteLeavesTheNoteOut() {
        var email = renderer.render("alpenlock-identity-verification-rejected.ftl", "alpenlockIdvRejectedSubject",
                List.of(REALM), new HashMap<>(Map.of("alpenlockFullName", "Anna")), "en", PERSON, REALM);
        assertThat(email.text()).doesNotContain(message("en", "alpenlockIdvRejectedReason"));
    }
}
