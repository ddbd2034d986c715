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
 * Renders "mobile number verified" in every language as Keycloak would, with the attributes the event
 * listener promises: the masked number (and the masked previous one), when and from where, what to do if it
 * was not you; never a number in full.
 */
class PhoneNumberVerifiedEmailRenderingTest {

    static final String TEMPLATE = "alpenlock-phone-number-verified.ftl";
    private static final String REALM = "Alpen Hosting";
    private static final String NUMBER = "+41 •• ••• •• 67";
    private static final String PREVIOUS = "+41 •• ••• •• 12";
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account/";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void saysWhichNumberReplacedWhichAndWhatToDo(String language) {
        Map<String, Object> attributes = attributes(true);
        var email = render(language, attributes);

        assertThat(email.subject()).isEqualTo(format(language, "alpenlockPhoneNumberVerifiedSubject", REALM));
        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockPhoneNumberVerifiedHeading")))
                .contains(escapeHtml(format(language, "alpenlockPhoneNumberVerifiedIntro", REALM, ANNA.getUsername(), NUMBER)))
                .contains(escapeHtml(format(language, "alpenlockPhoneNumberVerifiedReplaced", PREVIOUS)))
                .contains("203.0.113.9")
                .contains(escapeHtml(message(language, "alpenlockPhoneNumberVerifiedIfNotYouIntro")))
                .contains("href=\"" + escapeHtml(ACCOUNT_URL) + "\"")
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text())
                .startsWith(message(language, "alpenlockPhoneNumberVerifiedHeading") + "\n")
                .contains(format(language, "alpenlockPhoneNumberVerifiedIntro", REALM, ANNA.getUsername(), NUMBER))
                .contains(format(language, "alpenlockPhoneNumberVerifiedReplaced", PREVIOUS))
                .contains(message(language, "alpenlockPhoneNumberVerifiedIfYou"))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        EmailPreviews.write(TEMPLATE, language, email);
    }

    @Test
    void aFirstNumberDoesNotTalkAboutAPreviousOne() {
        var email = render("de", attributes(false));
        assertThat(email.text()).doesNotContain("Sie ersetzt").contains(NUMBER);
        assertThat(email.html()).doesNotContain("Sie ersetzt");
    }

    @Test
    void onlyTheDocumentedAttributesReachTheMail() {
        Map<String, Object> attributes = attributes(true);
        attributes.put("alpenlockPhoneNumberFull", "+41791234567");
        attributes.put("alpenlockSmsCode", "482913");
        var email = render("en", attributes);
        assertThat(email.html() + email.text()).doesNotContain("+41791234567", "482913");
    }

    private KeycloakLikeEmailRenderer.Email render(String language, Map<String, Object> attributes) {
        return renderer.render(TEMPLATE, "alpenlockPhoneNumberVerifiedSubject", List.of(REALM), attributes, language, ANNA, REALM);
    }

    private static Map<String, Object> attributes(boolean replaced) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockChangedAt", "25 November 2026, 15:30 CET");
        attributes.put("alpenlockPhoneNumber", NUMBER);
        if (replaced) {
            attributes.put("alpenlockPreviousPhoneNumber", PREVIOUS);
        }
        attributes.put("alpenlockIpAddress", "203.0.113.9");
        attributes.put("alpenlockAccountUrl", ACCOUNT_URL);
        return attributes;
    }
}
