package io.alpenlock.themes;

import static io.alpenlock.themes.EmailTexts.UNRESOLVED_KEY;
import static io.alpenlock.themes.EmailTexts.assertWellFormed;
import static io.alpenlock.themes.EmailTexts.escapeHtml;
import static io.alpenlock.themes.EmailTexts.format;
import static io.alpenlock.themes.EmailTexts.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders "You reported a sign-in attempt as not you" in every language of the e-mail theme as Keycloak
 * would, with the attributes the event listener promises (alpenlockAttemptAt, alpenlockClient,
 * alpenlockDevice, alpenlockIpAddress, alpenlockLocation, alpenlockMuteMinutes, alpenlockAccountUrl),
 * and checks what the recipient reads.
 */
class PushNotMeEmailRenderingTest {

    static final String TEMPLATE = "alpenlock-push-not-me.ftl";
    static final String SUBJECT_KEY = "alpenlockPushNotMeSubject";

    private static final String REALM = "Alpen Hosting";
    private static final String CLIENT = "Webmail";
    private static final String DEVICE = "Chrome 131 / Windows 10";
    private static final String IP = "198.51.100.23";
    private static final String LOCATION = "Bern, Switzerland";
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
            assertThat(message(language, "alpenlockPushNotMeHeading"))
                    .isNotEqualTo(message(ThemeFiles.REFERENCE_LANGUAGE, "alpenlockPushNotMeHeading"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void htmlPartShowsTheAttemptThePauseAndTheCallToChangeThePassword(String language) {
        Map<String, Object> attributes = attributes(language);
        var email = render(language, attributes);

        assertThat(email.html())
                .contains("lang=\"" + ThemeFiles.locale(language).getLanguage() + "\"")
                .contains("<title>" + escapeHtml(email.subject()) + "</title>")
                .contains(escapeHtml(message(language, "alpenlockPushNotMeHeading")))
                .contains(escapeHtml(format(language, "alpenlockEmailGreeting", "Anna")))
                .contains(escapeHtml(format(language, "alpenlockPushNotMeIntro", REALM, ANNA.getUsername())))
                .contains(escapeHtml((String) attributes.get("alpenlockAttemptAt")))
                .contains(escapeHtml(message(language, "alpenlockEmailDetailApplication")), CLIENT)
                .contains(escapeHtml(message(language, "alpenlockEmailDetailBrowser")), DEVICE)
                .contains(escapeHtml(message(language, "alpenlockEmailDetailIpAddress")), IP)
                .contains(escapeHtml(message(language, "alpenlockEmailDetailLocation")), LOCATION)
                .contains(escapeHtml(format(language, "alpenlockPushNotMePaused", "30")))
                .contains(escapeHtml(message(language, "alpenlockPushNotMeOtherWays")))
                .contains(escapeHtml(message(language, "alpenlockPushNotMeActTitle")))
                .contains(escapeHtml(message(language, "alpenlockPushNotMePasswordKnown")))
                .contains(escapeHtml(message(language, "alpenlockPushNotMeStepNewPassword")))
                .contains(escapeHtml(message(language, "alpenlockPushNotMeStepOtherServices")))
                .contains(escapeHtml(message(language, "alpenlockPushNotMeChangePasswordButton")))
                .contains("href=\"" + escapeHtml(ACCOUNT_URL) + "\"")
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
                .startsWith(message(language, "alpenlockPushNotMeHeading") + "\n")
                .contains(format(language, "alpenlockPushNotMeIntro", REALM, ANNA.getUsername()))
                .contains(detailLine(language, "alpenlockEmailDetailTime", (String) attributes.get("alpenlockAttemptAt")))
                .contains(detailLine(language, "alpenlockEmailDetailApplication", CLIENT))
                .contains(detailLine(language, "alpenlockEmailDetailBrowser", DEVICE))
                .contains(detailLine(language, "alpenlockEmailDetailIpAddress", IP))
                .contains(detailLine(language, "alpenlockEmailDetailLocation", LOCATION))
                .contains(format(language, "alpenlockPushNotMePaused", "30"))
                .contains(message(language, "alpenlockPushNotMeOtherWays"))
                .contains(message(language, "alpenlockPushNotMeActTitle"))
                .contains("1. " + message(language, "alpenlockPushNotMeStepNewPassword"))
                .contains("2. " + message(language, "alpenlockPushNotMeStepOtherServices"))
                .contains(detailLine(language, "alpenlockPushNotMeChangePasswordButton", ACCOUNT_URL))
                .doesNotContain("<p", "<table", "&amp;", "&#39;", "&quot;")
                .doesNotContainPattern(UNRESOLVED_KEY);
    }

    @Test
    void locationIsLeftOutWhenTheServerDoesNotKnowIt() {
        Map<String, Object> attributes = attributes("de");
        attributes.remove("alpenlockLocation");

        var email = render("de", attributes);

        String locationLabel = message("de", "alpenlockEmailDetailLocation");
        assertThat(email.html()).doesNotContain(locationLabel).contains(IP, escapeHtml(CLIENT));
        assertThat(email.text()).doesNotContain(locationLabel).contains(detailLine("de", "alpenlockEmailDetailIpAddress", IP));
        assertWellFormed(email.html());
    }

    @Test
    void everyMissingDetailAboutTheAttemptIsLeftOutInsteadOfFailing() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockAttemptAt", attributes("it").get("alpenlockAttemptAt"));

        var email = render("it", attributes);

        assertThat(email.html()).doesNotContain(message("it", "alpenlockEmailDetailApplication"),
                message("it", "alpenlockEmailDetailBrowser"), message("it", "alpenlockEmailDetailIpAddress"),
                message("it", "alpenlockEmailDetailLocation"), message("it", "alpenlockPushNotMeChangePasswordButton"))
                .contains(escapeHtml(message("it", "alpenlockPushNotMePausedNoDuration")))
                .contains(escapeHtml(message("it", "alpenlockPushNotMeActTitle")))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text()).contains(message("it", "alpenlockPushNotMePausedNoDuration"));
        assertWellFormed(email.html());
    }

    @Test
    void aPauseOfOneMinuteIsWrittenInTheSingular() {
        Map<String, Object> attributes = attributes("fr");
        attributes.put("alpenlockMuteMinutes", "1");

        var email = render("fr", attributes);

        assertThat(email.html()).contains(escapeHtml(message("fr", "alpenlockPushNotMePausedOneMinute")));
        assertThat(email.text()).contains(message("fr", "alpenlockPushNotMePausedOneMinute"))
                .doesNotContain(format("fr", "alpenlockPushNotMePaused", "1"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "0", "thirty", "30<b>", "${alpenlockEmailSecurityFooter}", "1234567"})
    void minutesThatAreNotAPlainNumberGiveTheSentenceWithoutDuration(String minutes) {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockMuteMinutes", minutes);

        var email = render("en", attributes);

        assertThat(email.text()).contains(message("en", "alpenlockPushNotMePausedNoDuration"));
        assertThat(email.html()).contains(escapeHtml(message("en", "alpenlockPushNotMePausedNoDuration")));
    }

    /** Client, browser, IP address and place come from the event details: they must stay text. */
    @Test
    void detailsOfTheAttemptCannotInjectMarkup() {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockClient", "<script>alert(1)</script>");
        attributes.put("alpenlockDevice", "<a href=\"https://evil.example\">Chrome</a>");
        attributes.put("alpenlockIpAddress", "1.2.3.4\"><img src=x>");
        attributes.put("alpenlockLocation", "Bern & <b>Thun</b>");

        var email = render("en", attributes);

        assertThat(email.html())
                .doesNotContain("<script", "<img", "<b>Thun", "evil.example\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;a href=&quot;https://evil.example&quot;&gt;Chrome&lt;/a&gt;")
                .contains("1.2.3.4&quot;&gt;&lt;img src=x&gt;")
                .contains("Bern &amp; &lt;b&gt;Thun&lt;/b&gt;");
        assertWellFormed(email.html());
        assertThat(email.text()).contains(detailLine("en", "alpenlockEmailDetailLocation", "Bern & <b>Thun</b>"));
    }

    /** Keycloak's msg() replaces "${key}" in its arguments; a detail must not pull our own texts into the mail. */
    @Test
    void detailsOfTheAttemptCannotPullInMessages() {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockClient", "${alpenlockPushNotMeStepNewPassword}");
        attributes.put("alpenlockLocation", "${locale}");

        var email = render("en", attributes);

        assertThat(email.text())
                .contains(detailLine("en", "alpenlockEmailDetailApplication", "${alpenlockPushNotMeStepNewPassword}"))
                .contains(detailLine("en", "alpenlockEmailDetailLocation", "${locale}"));
        assertThat(email.html()).contains("${alpenlockPushNotMeStepNewPassword}", "${locale}");
    }

    @Test
    void neverShowsAttributesOutsideTheContract() {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockChallengeId", "c-7f3a9e1b");
        attributes.put("alpenlockCode", "493817");
        attributes.put("alpenlockPushToken", "fcm-token-abcdef");

        var email = render("en", attributes);

        assertThat(email.html()).doesNotContain("c-7f3a9e1b", "493817", "fcm-token");
        assertThat(email.text()).doesNotContain("c-7f3a9e1b", "493817", "fcm-token");
    }

    private KeycloakLikeEmailRenderer.Email render(String language, Map<String, Object> attributes) {
        return renderer.render(TEMPLATE, SUBJECT_KEY, List.of(REALM), attributes, language, ANNA, REALM);
    }

    private static String detailLine(String language, String labelKey, String value) {
        return format(language, "alpenlockEmailDetailLine", message(language, labelKey), value);
    }

    /** What the event listener puts in the model, with the attempt time formatted in the user's language. */
    private static Map<String, Object> attributes(String language) {
        ZonedDateTime attemptAt = ZonedDateTime.of(2026, 11, 25, 15, 30, 0, 0, ZoneId.of("Europe/Zurich"));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockAttemptAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
                .withLocale(ThemeFiles.locale(language)).format(attemptAt));
        attributes.put("alpenlockClient", CLIENT);
        attributes.put("alpenlockDevice", DEVICE);
        attributes.put("alpenlockIpAddress", IP);
        attributes.put("alpenlockLocation", LOCATION);
        attributes.put("alpenlockMuteMinutes", "30");
        attributes.put("alpenlockAccountUrl", ACCOUNT_URL);
        return attributes;
    }
}
