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
 * Renders "mailbox password changed" (sent by the mailbox page, io.alpenlock.mailbox.links.web.MailboxNotices) in
 * every language: which mailbox, from which account, whether the account password is now the same one.
 */
class MailboxPasswordChangedEmailRenderingTest {

    static final String TEMPLATE = "alpenlock-mailbox-password-changed.ftl";
    private static final String REALM = "Alpen Hosting";
    private static final String MAILBOX = "info@example.ch";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void saysWhichMailboxChangedFromWhichAccountAndThatThePasswordsAreNowOne(String language) {
        var email = render(language, true);

        assertThat(email.subject()).isEqualTo(format(language, "alpenlockMailboxPasswordChangedSubject", MAILBOX));
        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockMailboxPasswordChangedHeading")))
                .contains(escapeHtml(format(language, "alpenlockMailboxPasswordChangedIntro", MAILBOX, ANNA.getUsername())))
                .contains(escapeHtml(message(language, "alpenlockMailboxPasswordChangedUnifiedNote")))
                .contains("203.0.113.9")
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text())
                .startsWith(message(language, "alpenlockMailboxPasswordChangedHeading") + "\n")
                .contains(format(language, "alpenlockMailboxPasswordChangedIntro", MAILBOX, ANNA.getUsername()))
                .contains(message(language, "alpenlockMailboxPasswordChangedUnifiedNote"))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        EmailPreviews.write(TEMPLATE, language, email);
    }

    @Test
    void aMailboxOnlyChangeDoesNotTalkAboutTheAccountPassword() {
        var email = render("en", false);
        String note = message("en", "alpenlockMailboxPasswordChangedUnifiedNote");
        assertThat(email.text()).doesNotContain(note).contains(MAILBOX);
        assertThat(email.html()).doesNotContain(escapeHtml(note));
    }

    private KeycloakLikeEmailRenderer.Email render(String language, boolean unified) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockMailbox", MAILBOX);
        attributes.put("alpenlockUnified", unified);
        attributes.put("alpenlockIpAddress", "203.0.113.9");
        return renderer.render(TEMPLATE, "alpenlockMailboxPasswordChangedSubject", List.of(MAILBOX), attributes,
                language, ANNA, REALM);
    }
}
