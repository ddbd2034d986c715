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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the four e-mails about second factors ("two-factor authentication is on / off", "app or
 * security key added / removed") in every language of the e-mail theme as Keycloak would, with the
 * attributes the event listener promises (alpenlockChangedAt, alpenlockFactorKind, alpenlockFactorName,
 * alpenlockIpAddress, alpenlockDevice, alpenlockByAdministrator, alpenlockAccountUrl), and checks what
 * the recipient reads.
 */
class SecondFactorEmailsRenderingTest {

    /** One of the four e-mails: its template, its message-key stem and the steps of its "not you?" box. */
    record SecondFactorEmail(String template, String stem, List<String> steps) {
        String key(String suffix) {
            return "alpenlock" + stem + suffix;
        }

        @Override
        public String toString() {
            return template;
        }
    }

    static final List<SecondFactorEmail> EMAILS = List.of(
            new SecondFactorEmail("alpenlock-two-factor-enabled.ftl", "TwoFactorEnabled", List.of(
                    "alpenlockEmailStepChangePassword", "alpenlockEmailStepCheckTwoFactor", "alpenlockEmailStepContactSupport")),
            new SecondFactorEmail("alpenlock-two-factor-disabled.ftl", "TwoFactorDisabled", List.of(
                    "alpenlockEmailStepChangePassword", "alpenlockTwoFactorDisabledStepTurnOn", "alpenlockEmailStepContactSupport")),
            new SecondFactorEmail("alpenlock-app-added.ftl", "AppAdded", List.of(
                    "alpenlockEmailStepCheckTwoFactor", "alpenlockEmailStepChangePassword", "alpenlockEmailStepContactSupport")),
            new SecondFactorEmail("alpenlock-app-removed.ftl", "AppRemoved", List.of(
                    "alpenlockEmailStepChangePassword", "alpenlockEmailStepCheckTwoFactor", "alpenlockEmailStepContactSupport")));

    private static final String REALM = "Alpen Hosting";
    private static final String IP = "203.0.113.42";
    private static final String DEVICE = "Firefox / Windows";
    private static final String NAME = "Pixel 8";
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account/?referrer=webmail&referrer_uri=x";
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<Arguments> emailsAndLanguages() {
        return EMAILS.stream().flatMap(email -> ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream()
                .map(language -> Arguments.of(email, language)));
    }

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    static Stream<SecondFactorEmail> emails() {
        return EMAILS.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emailsAndLanguages")
    void subjectIsTranslatedAndNamesTheRealm(SecondFactorEmail spec, String language) {
        var email = render(spec, language, attributes(language));

        assertThat(email.subject()).isEqualTo(format(language, spec.key("Subject"), REALM)).contains(REALM);
        if (!language.equals(ThemeFiles.REFERENCE_LANGUAGE)) {
            assertThat(email.subject()).isNotEqualTo(format(ThemeFiles.REFERENCE_LANGUAGE, spec.key("Subject"), REALM));
            assertThat(message(language, spec.key("Heading")))
                    .isNotEqualTo(message(ThemeFiles.REFERENCE_LANGUAGE, spec.key("Heading")));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emailsAndLanguages")
    void htmlPartShowsTheChangeTheAppAndWhatToDoIfItWasNotThem(SecondFactorEmail spec, String language) {
        Map<String, Object> attributes = attributes(language);
        var email = render(spec, language, attributes);

        assertThat(email.html())
                .contains("lang=\"" + ThemeFiles.locale(language).getLanguage() + "\"")
                .contains("<title>" + escapeHtml(email.subject()) + "</title>")
                .contains(escapeHtml(message(language, spec.key("Heading"))))
                .contains(escapeHtml(format(language, "alpenlockEmailGreeting", "Anna")))
                .contains(escapeHtml(format(language, spec.key("Intro"), REALM, ANNA.getUsername())))
                .contains(escapeHtml((String) attributes.get("alpenlockChangedAt")))
                .contains(escapeHtml(message(language, "alpenlockEmailDetailFactorType")),
                        escapeHtml(message(language, "alpenlockEmailFactorApp")))
                .contains(escapeHtml(message(language, "alpenlockEmailDetailFactorName")), NAME)
                .contains(escapeHtml(message(language, "alpenlockEmailDetailIpAddress")), IP)
                .contains(escapeHtml(message(language, "alpenlockEmailDetailDevice")), DEVICE)
                .contains(escapeHtml(message(language, spec.key("IfYou"))))
                .contains(escapeHtml(message(language, "alpenlockEmailIfNotYouTitle")))
                .contains(escapeHtml(message(language, spec.key("IfNotYouIntro"))))
                .contains(escapeHtml(message(language, "alpenlockEmailSecureAccountButton")))
                .contains("href=\"" + escapeHtml(ACCOUNT_URL) + "\"")
                .contains(escapeHtml(format(language, "alpenlockEmailSecurityFooter", REALM)))
                .doesNotContain(escapeHtml(format(language, "alpenlockEmailByAdministrator", REALM)))
                .doesNotContainPattern(UNRESOLVED_KEY);
        for (String step : spec.steps()) {
            assertThat(email.html()).contains("<li style=\"margin:0 0 6px 0;\">" + escapeHtml(message(language, step)) + "</li>");
        }
        assertWellFormed(email.html());
        EmailPreviews.write(spec.template(), language, email);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emailsAndLanguages")
    void textPartShowsTheSameFactsWithoutMarkupOrEscaping(SecondFactorEmail spec, String language) {
        Map<String, Object> attributes = attributes(language);
        var email = render(spec, language, attributes);

        assertThat(email.text())
                .startsWith(message(language, spec.key("Heading")) + "\n")
                .contains(format(language, spec.key("Intro"), REALM, ANNA.getUsername()))
                .contains(detailLine(language, "alpenlockEmailDetailTime", (String) attributes.get("alpenlockChangedAt")))
                .contains(detailLine(language, "alpenlockEmailDetailFactorType", message(language, "alpenlockEmailFactorApp")))
                .contains(detailLine(language, "alpenlockEmailDetailFactorName", NAME))
                .contains(detailLine(language, "alpenlockEmailDetailIpAddress", IP))
                .contains(detailLine(language, "alpenlockEmailDetailDevice", DEVICE))
                .contains(message(language, spec.key("IfYou")))
                .contains(message(language, "alpenlockEmailIfNotYouTitle") + "\n" + message(language, spec.key("IfNotYouIntro")))
                .contains(detailLine(language, "alpenlockEmailSecureAccountButton", ACCOUNT_URL))
                .contains(format(language, "alpenlockEmailSecurityFooter", REALM))
                .doesNotContain("<p", "<table", "&amp;", "&#39;", "&quot;")
                .doesNotContainPattern(UNRESOLVED_KEY);
        for (int i = 0; i < spec.steps().size(); i++) {
            assertThat(email.text()).contains((i + 1) + ". " + message(language, spec.steps().get(i)));
        }
    }

    /** An administrator's removal: the e-mail says who did it, and has no IP address or browser (they would be the admin's). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aRemovalByAnAdministratorSaysSo(String language) {
        Map<String, Object> attributes = attributes(language);
        attributes.remove("alpenlockIpAddress");
        attributes.remove("alpenlockDevice");
        attributes.put("alpenlockByAdministrator", Boolean.TRUE);

        for (SecondFactorEmail spec : List.of(EMAILS.get(1), EMAILS.get(3))) {
            var email = render(spec, language, attributes);

            assertThat(email.html()).contains(escapeHtml(format(language, "alpenlockEmailByAdministrator", REALM)))
                    .doesNotContain(escapeHtml(message(language, "alpenlockEmailDetailIpAddress")));
            assertThat(email.text()).contains(format(language, "alpenlockEmailByAdministrator", REALM))
                    .doesNotContain(message(language, "alpenlockEmailDetailIpAddress"));
            assertWellFormed(email.html());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void onlyABooleanTrueMeansAnAdministrator(SecondFactorEmail spec) {
        for (Object notTrue : new Object[] {"true", Boolean.FALSE, "yes"}) {
            Map<String, Object> attributes = attributes("en");
            attributes.put("alpenlockByAdministrator", notTrue);

            var email = render(spec, "en", attributes);

            assertThat(email.text()).as("%s", notTrue).doesNotContain(format("en", "alpenlockEmailByAdministrator", REALM));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aSecurityKeyIsNamedAsSuch(String language) {
        Map<String, Object> attributes = attributes(language);
        attributes.put("alpenlockFactorKind", "security-key");

        var email = render(EMAILS.get(2), language, attributes);

        assertThat(email.html()).contains(escapeHtml(message(language, "alpenlockEmailFactorSecurityKey")))
                .doesNotContain(escapeHtml(message(language, "alpenlockEmailFactorApp")));
        assertThat(email.text()).contains(detailLine(language, "alpenlockEmailDetailFactorType",
                message(language, "alpenlockEmailFactorSecurityKey")));
    }

    /** The kind is a word the template chooses: any other value, markup included, prints nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void anUnknownKindLeavesTheTypeRowOut(SecondFactorEmail spec) {
        Map<String, Object> attributes = attributes("de");
        attributes.put("alpenlockFactorKind", "<b>app</b>");

        var email = render(spec, "de", attributes);

        assertThat(email.html()).doesNotContain(escapeHtml(message("de", "alpenlockEmailDetailFactorType")), "&lt;b&gt;app");
        assertThat(email.text()).doesNotContain(message("de", "alpenlockEmailDetailFactorType") + ":");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void everyOptionalFactIsLeftOutInsteadOfFailing(SecondFactorEmail spec) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockChangedAt", attributes("it").get("alpenlockChangedAt"));

        var email = render(spec, "it", attributes);

        assertThat(email.html()).doesNotContain(message("it", "alpenlockEmailDetailFactorType"),
                        message("it", "alpenlockEmailDetailFactorName"), message("it", "alpenlockEmailDetailIpAddress"),
                        message("it", "alpenlockEmailDetailDevice"), message("it", "alpenlockEmailSecureAccountButton"))
                .contains(escapeHtml(message("it", spec.key("IfNotYouIntro"))))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text()).doesNotContainPattern(UNRESOLVED_KEY);
        assertWellFormed(email.html());
    }

    /** The app's name is whatever the user (or someone else) typed: it must stay text. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void theNameAndTheRequestDetailsCannotInjectMarkup(SecondFactorEmail spec) {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockFactorName", "<script>alert(1)</script> & <a href=\"https://evil.example\">x</a>");
        attributes.put("alpenlockDevice", "<img src=x>");
        attributes.put("alpenlockIpAddress", "1.2.3.4\"><b>");

        var email = render(spec, "en", attributes);

        assertThat(email.html())
                .doesNotContain("<script", "<img", "<b>", "evil.example\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;")
                .contains("&lt;img src=x&gt;")
                .contains("1.2.3.4&quot;&gt;&lt;b&gt;");
        assertWellFormed(email.html());
        assertThat(email.text()).contains(detailLine("en", "alpenlockEmailDetailFactorName",
                "<script>alert(1)</script> & <a href=\"https://evil.example\">x</a>"));
    }

    /** Keycloak's msg() replaces "${key}" in its arguments; a name must not pull our own texts into the mail. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void theNameCannotPullInMessages(SecondFactorEmail spec) {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockFactorName", "${alpenlockEmailSecureAccountButton}");

        var email = render(spec, "en", attributes);

        assertThat(email.text()).contains(detailLine("en", "alpenlockEmailDetailFactorName", "${alpenlockEmailSecureAccountButton}"));
        assertThat(email.html()).contains("${alpenlockEmailSecureAccountButton}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void neverShowsSecretsCodesOrIdsPassedOutsideTheContract(SecondFactorEmail spec) {
        Map<String, Object> attributes = attributes("en");
        attributes.put("alpenlockSecret", TOTP_SECRET);
        attributes.put("alpenlockCode", "493817");
        attributes.put("alpenlockCredentialId", "0f4c2a9e-credential");
        attributes.put("totp", Map.of("secret", TOTP_SECRET));

        var email = render(spec, "en", attributes);

        assertThat(email.html()).doesNotContain(TOTP_SECRET, "493817", "0f4c2a9e");
        assertThat(email.text()).doesNotContain(TOTP_SECRET, "493817", "0f4c2a9e");
    }

    private KeycloakLikeEmailRenderer.Email render(SecondFactorEmail spec, String language, Map<String, Object> attributes) {
        return renderer.render(spec.template(), spec.key("Subject"), List.of(REALM), attributes, language, ANNA, REALM);
    }

    private static String detailLine(String language, String labelKey, String value) {
        return format(language, "alpenlockEmailDetailLine", message(language, labelKey), value);
    }

    /** What the event listener puts in the model for a change the user made, time formatted in their language. */
    private static Map<String, Object> attributes(String language) {
        ZonedDateTime changedAt = ZonedDateTime.of(2026, 11, 25, 15, 30, 0, 0, ZoneId.of("Europe/Zurich"));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockChangedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
                .withLocale(ThemeFiles.locale(language)).format(changedAt));
        attributes.put("alpenlockFactorKind", "app");
        attributes.put("alpenlockFactorName", NAME);
        attributes.put("alpenlockIpAddress", IP);
        attributes.put("alpenlockDevice", DEVICE);
        attributes.put("alpenlockAccountUrl", ACCOUNT_URL);
        return attributes;
    }
}
