package io.alpenlock.themes;

import static io.alpenlock.themes.EmailTexts.UNRESOLVED_KEY;
import static io.alpenlock.themes.EmailTexts.assertWellFormed;
import static io.alpenlock.themes.EmailTexts.escapeHtml;
import static io.alpenlock.themes.EmailTexts.format;
import static io.alpenlock.themes.EmailTexts.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders "Your password was changed" in every language of the e-mail theme as Keycloak would, with
 * the attributes the event listener promises (alpenlockChangedAt, alpenlockIpAddress, alpenlockDevice,
 * alpenlockAccountUrl), and checks what the recipient reads.
 */
class PasswordChangedEmailRenderingTest {

    static final String TEMPLATE = "alpenlock-password-changed.ftl";
    static final String SUBJECT_KEY = "alpenlockPasswordChangedSubject";

    private static final String REALM = "Alpen Hosting";
    private static final String IP = "203.0.113.42";
    private static final String DEVICE = "Firefox 128 on Windows 11";
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account/?referrer=webmail&referrer_uri=x";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void subjectIsTranslatedAndNamesTheRealm(String language) {
        var email = render(language, attributes(language));

        assertThat(email.subject())
                .isEqualTo(format(language, SUBJECT_KEY, REALM))
                .contains(REALM);
        if (!language.equals(ThemeFiles.REFERENCE_LANGUAGE)) {
            assertThat(email.subject()).isNotEqualTo(format(ThemeFiles.REFERENCE_LANGUAGE, SUBJECT_KEY, REALM));
            assertThat(message(language, "alpenlockPasswordChangedHeading"))
                    .isNotEqualTo(message(ThemeFiles.REFERENCE_LANGUAGE, "alpenlockPasswordChangedHeading"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void htmlPartIsWellFormedAndShowsHeadingTimeIpDeviceAndAccountLink(String language) {
        Map<String, Object> attributes = attributes(language);
        var email = render(language, attributes);

        assertThat(email.html())
                .contains("lang=\"" + ThemeFiles.locale(language).getLanguage() + "\"")
                .contains("<title>" + escapeHtml(email.subject()) + "</title>")
                .contains(escapeHtml(message(language, "alpenlockPasswordChangedHeading")))
                .contains(escapeHtml(format(language, "alpenlockEmailGreeting", "Anna")))
                .contains(escapeHtml(format(language, "alpenlockPasswordChangedIntro", REALM, ANNA.getUsername())))
                .contains(escapeHtml((String) attributes.get("alpenlockChangedAt")))
                .contains(IP)
                .contains(escapeHtml(DEVICE))
                .contains("href=\"" + escapeHtml(ACCOUNT_URL) + "\"")
                .contains(escapeHtml(message(language, "alpenlockPasswordChangedIfNotYouTitle")))
                .contains(escapeHtml(message(language, "alpenlockPasswordChangedStepSupport")))
                .contains(escapeHtml(format(language, "alpenlockEmailSecurityFooter", REALM)))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
        EmailPreviews.write(TEMPLATE, language, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void textPartShowsTheSameFactsWithoutMarkupOrEscaping(String language) {
        Map<String, Object> attributes = attributes(language);
        var email = render(language, attributes);

        assertThat(email.text())
                .startsWith(message(language, "alpenlockPasswordChangedHeading") + "\n")
                .contains(format(language, "alpenlockPasswordChangedIntro", REALM, ANNA.getUsername()))
                .contains(format(language, "alpenlockEmailDetailLine",
                        message(language, "alpenlockEmailDetailTime"), attributes.get("alpenlockChangedAt")))
                .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockEmailDetailIpAddress"), IP))
                .contains(format(language, "alpenlockEmailDetailLine", message(language, "alpenlockEmailDetailDevice"), DEVICE))
                .contains(ACCOUNT_URL)
                .contains("3. " + message(language, "alpenlockPasswordChangedStepSupport"))
                .doesNotContain("<p", "<table", "&amp;", "&#39;", "&quot;")
                .doesNotContainPattern(UNRESOLVED_KEY);
    }

    @Test
    void ipAddressAndDeviceAreLeftOutWhenTheListenerDoesNotKnowThem() {
        Map<String, Object> attributes = attributes("en");
        attributes.remove("alpenlockIpAddress");
        attributes.put("alpenlockDevice", null);

        var email = render("en", attributes);

        String ipLabel = message("en", "alpenlockEmailDetailIpAddress");
        String deviceLabel = message("en", "alpenlockEmailDetailDevice");
        assertThat(email.html()).doesNotContain(ipLabel, deviceLabel).contains(message("en", "alpenlockEmailDetailTime"));
        assertThat(email.text()).doesNotContain(ipLabel, deviceLabel)
                .contains(format("en", "alpenlockEmailDetailLine", message("en", "alpenlockEmailDetailTime"), attributes.get("alpenlockChangedAt")));
        assertWellFormed(email.html());
    }

    /** The device summary comes from the User-Agent header: whatever a client sends must stay text. */
    @Test
    void deviceAndIpAddressFromTheRequestCannotInjectMarkup() {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockDevice", "<script>alert(1)</script><a href=\"https://evil.example\">x</a>");
        attributes.put("alpenlockIpAddress", "1.2.3.4\"><img src=x>");

        var email = render("en", attributes);

        assertThat(email.html())
                .doesNotContain("<script", "<img", "evil.example\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("1.2.3.4&quot;&gt;&lt;img src=x&gt;");
        assertWellFormed(email.html());
    }

    @Test
    void greetsWithTheUsernameWhenTheFirstNameIsUnknown() {
        var nameless = new KeycloakLikeEmailRenderer.User("js4821", null, null, null);

        var email = renderer.render(TEMPLATE, SUBJECT_KEY, List.of(REALM), attributes("de"), "de", nameless, REALM);

        assertThat(email.text())
                .contains(format("de", "alpenlockEmailGreeting", "js4821"))
                .contains(format("de", "alpenlockPasswordChangedIntro", REALM, "js4821"));
        assertThat(email.html()).contains(escapeHtml(format("de", "alpenlockEmailGreeting", "js4821")));
    }

    @Test
    void rendersWithoutTheAccountLinkInsteadOfFailing() {
        Map<String, Object> attributes = attributes("fr");
        attributes.remove("alpenlockAccountUrl");

        assertThatCode(() -> render("fr", attributes)).doesNotThrowAnyException();
        assertThat(render("fr", attributes).html()).doesNotContain(message("fr", "alpenlockEmailSecureAccountButton"));
    }

    private KeycloakLikeEmailRenderer.Email render(String language, Map<String, Object> attributes) {
        return renderer.render(TEMPLATE, SUBJECT_KEY, List.of(REALM), attributes, language, ANNA, REALM);
    }

    /** What the event listener puts in the model, with the time formatted in the user's language. */
    private static Map<String, Object> attributes(String language) {
        Locale locale = ThemeFiles.locale(language);
        ZonedDateTime changedAt = ZonedDateTime.of(2026, 3, 14, 9, 41, 7, 0, ZoneId.of("Europe/Zurich"));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockChangedAt",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(locale).format(changedAt));
        attributes.put("alpenlockIpAddress", IP);
        attributes.put("alpenlockDevice", DEVICE);
        attributes.put("alpenlockAccountUrl", ACCOUNT_URL);
        return attributes;
    }
}
