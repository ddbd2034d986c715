package io.alpenlock.themes;

import static io.alpenlock.themes.EmailTexts.UNRESOLVED_KEY;
import static io.alpenlock.themes.EmailTexts.assertWellFormed;
import static io.alpenlock.themes.EmailTexts.escapeHtml;
import static io.alpenlock.themes.EmailTexts.format;
import static io.alpenlock.themes.EmailTexts.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders "the mailbox … was deleted" (sent to each account linked to a deleted mailbox,
 * io.alpenlock.mailbox.deletion.web.DeletionNotices) in every language: which mailbox, from which account it was
 * removed, whom to ask.
 */
class MailboxDeletedEmailRenderingTest {

    static final String TEMPLATE = "alpenlock-mailbox-deleted.ftl";
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
    void saysWhichMailboxWasDeletedAndRemovedFromWhichAccount(String language) {
        var email = renderer.render(TEMPLATE, "alpenlockMailboxDeletedSubject", List.of(MAILBOX),
                Map.of("alpenlockMailbox", MAILBOX), language, ANNA, REALM);

        assertThat(email.subject()).isEqualTo(format(language, "alpenlockMailboxDeletedSubject", MAILBOX));
        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockMailboxDeletedHeading")))
                .contains(escapeHtml(format(language, "alpenlockMailboxDeletedIntro", MAILBOX, ANNA.getUsername())))
                .contains(escapeHtml(message(language, "alpenlockMailboxDeletedIfUnexpected")))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text())
                .startsWith(message(language, "alpenlockMailboxDeletedHeading") + "\n")
                .contains(format(language, "alpenlockMailboxDeletedIntro", MAILBOX, ANNA.getUsername()))
                .contains(message(language, "alpenlockMailboxDeletedIfUnexpected"))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        EmailPreviews.write(TEMPLATE, language, email);
    }
}
