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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the recovery e-mail address's e-mails (code, address changed, password reset through a channel, the
 * identifier, "someone asked for your identifier") in every language as Keycloak would, with the attributes the
 * Java side passes.
 */
class RecoveryEmailMailsRenderingTest {

    private static final String REALM = "Alpen Hosting";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theCodeMailCarriesTheCodeAndItsLifetime(String language) {
        var email = render(language, "alpenlock-recovery-email-code.ftl", "alpenlockRecoveryEmailCodeSubject",
                Map.of("alpenlockCode", "482913", "alpenlockMinutes", "5", "alpenlockRecoveryEmail", "a•••a@example.org"));
        assertThat(email.text()).contains(format(language, "alpenlockRecoveryEmailCodeLine", "482913"))
                .contains(format(language, "alpenlockRecoveryEmailCodeValidity", "5")).doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.html()).contains("482913").doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.subject()).doesNotContain("482913");
        assertWellFormed(email.html());
        EmailPreviews.write("alpenlock-recovery-email-code.ftl", language, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theChangeMailNamesBothAddressesMasked(String language) {
        var email = render(language, "alpenlock-recovery-email-changed.ftl", "alpenlockRecoveryEmailChangedSubject",
                Map.of("alpenlockRecoveryEmail", "n•••w@example.org", "alpenlockPreviousRecoveryEmail", "o•••d@example.org",
                        "alpenlockChangedAt", "2026-11-26T09:30:00 UTC", "alpenlockIpAddress", "203.0.113.9"));
        assertThat(email.text()).contains(format(language, "alpenlockRecoveryEmailChangedIntro", REALM, ANNA.getUsername(),
                "n•••w@example.org", "o•••d@example.org")).contains("203.0.113.9").doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.html()).doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        EmailPreviews.write("alpenlock-recovery-email-changed.ftl", language, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theResetMailNamesTheChannelInTheReadersLanguage(String language) {
        for (String channelKey : List.of("alpenlockResetChannelEmail", "alpenlockResetChannelSms", "alpenlockResetChannelRecoveryEmail", "alpenlockResetChannelUnknown")) {
            var email = render(language, "alpenlock-password-reset.ftl", "alpenlockPasswordResetSubject",
                    Map.of("alpenlockResetChannelKey", channelKey, "alpenlockChangedAt", "26 November 2026, 10:30 CET",
                            "alpenlockIpAddress", "203.0.113.9", "alpenlockAccountUrl", "https://login.example.ch/account/"));
            String intro = format(language, "alpenlockPasswordResetIntro", REALM, ANNA.getUsername(), message(language, channelKey));
            assertThat(email.text()).contains(intro).doesNotContainPattern(UNRESOLVED_KEY);
            assertThat(email.html()).contains(escapeHtml(intro)).doesNotContainPattern(UNRESOLVED_KEY);
            assertThat(email.subject()).isEqualTo(format(language, "alpenlockPasswordResetSubject", REALM));
            assertWellFormed(email.html());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theIdentifierMailsListTheIdentifiersAndSayWhereTheyWent(String language) {
        var identifiers = render(language, "alpenlock-forgot-identifier.ftl", "alpenlockForgotIdentifierMailSubject",
                Map.of("alpenlockIdentifiers", List.of("anna@example.ch", "anna.work@example.ch")));
        assertThat(identifiers.text()).contains("anna@example.ch, anna.work@example.ch").doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(identifiers.html());
        var notice = render(language, "alpenlock-identifier-requested.ftl", "alpenlockIdentifierRequestedSubject",
                Map.of("alpenlockChannelKey", "alpenlockIdentifierChannelEmail", "alpenlockChangedAt", "2026-11-26 09:30 UTC",
                        "alpenlockIpAddress", "203.0.113.9"));
        assertThat(notice.text()).contains(format(language, "alpenlockIdentifierRequestedIntro", REALM, ANNA.getUsername(),
                message(language, "alpenlockIdentifierChannelEmail"))).doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(notice.html());
        EmailPreviews.write("alpenlock-identifier-requested.ftl", language, notice);
    }

    private KeycloakLikeEmailRenderer.Email render(String language, String template, String subjectKey, Map<String, Object> attributes) {
        return renderer.render(template, subjectKey, List.of(REALM), new HashMap<>(attributes), language, ANNA, REALM);
    }
}
