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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the backup-code e-mails ("a backup code was used", "you are running out of backup codes",
 * "new backup codes created") in every language as Keycloak would, with the attributes the event
 * listener promises, and checks what the recipient reads: when, from where, how many codes are left,
 * what to do, and never a code.
 */
class BackupCodeEmailsRenderingTest {

    static final String USED = "alpenlock-backup-code-used.ftl";
    static final String RUNNING_OUT = "alpenlock-backup-codes-running-out.ftl";
    static final String REGENERATED = "alpenlock-backup-codes-regenerated.ftl";
    static final Map<String, String> SUBJECTS = Map.of(
            USED, "alpenlockBackupCodeUsedSubject",
            RUNNING_OUT, "alpenlockBackupCodesRunningOutSubject",
            REGENERATED, "alpenlockBackupCodesRegeneratedSubject");
    static final Map<String, String> HEADINGS = Map.of(
            USED, "alpenlockBackupCodeUsedHeading",
            RUNNING_OUT, "alpenlockBackupCodesRunningOutHeading",
            REGENERATED, "alpenlockBackupCodesRegeneratedHeading");
    private static final List<String> STEPS = List.of("alpenlockEmailStepChangePassword", "alpenlockEmailStepNewBackupCodes",
            "alpenlockEmailStepCheckTwoFactor", "alpenlockEmailStepContactSupport");

    private static final String REALM = "Alpen Hosting";
    private static final String IP = "198.51.100.4";
    private static final String DEVICE = "Chrome / Android";
    private static final String ACCOUNT_URL = "https://login.example.ch/realms/accounts/account/?referrer=webmail&referrer_uri=x";
    private static final String A_BACKUP_CODE = "7KQ2-9XTR-M4PD";
    private static final KeycloakLikeEmailRenderer.User ANNA =
            new KeycloakLikeEmailRenderer.User("anna.muster@example.ch", "Anna", "Muster", "anna.muster@example.ch");

    private final KeycloakLikeEmailRenderer renderer = new KeycloakLikeEmailRenderer(ThemeFiles.typeDirectory("email"));

    static Stream<String> languages() {
        return ThemeFiles.declaredLocales(ThemeFiles.typeDirectory("email")).stream();
    }

    static Stream<Arguments> templatesAndLanguages() {
        return Stream.of(USED, RUNNING_OUT, REGENERATED).flatMap(t -> languages().map(l -> Arguments.of(t, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndLanguages")
    void subjectIsTranslatedAndNamesTheRealm(String template, String language) {
        var email = render(template, language, attributes(template, language, "7"));

        assertThat(email.subject()).isEqualTo(format(language, SUBJECTS.get(template), REALM)).contains(REALM);
        if (!language.equals(ThemeFiles.REFERENCE_LANGUAGE)) {
            assertThat(email.subject()).isNotEqualTo(format(ThemeFiles.REFERENCE_LANGUAGE, SUBJECTS.get(template), REALM));
            assertThat(message(language, HEADINGS.get(template)))
                    .isNotEqualTo(message(ThemeFiles.REFERENCE_LANGUAGE, HEADINGS.get(template)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void backupCodeUsedSaysWhenFromWhereAndHowManyAreLeft(String language) {
        Map<String, Object> attributes = attributes(USED, language, "7");
        var email = render(USED, language, attributes);

        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockBackupCodeUsedHeading")))
                .contains(escapeHtml(format(language, "alpenlockEmailGreeting", "Anna")))
                .contains(escapeHtml(format(language, "alpenlockBackupCodeSignInIntro", REALM, ANNA.getUsername())))
                .contains(escapeHtml((String) attributes.get("alpenlockSignedInAt")))
                .contains(escapeHtml(message(language, "alpenlockEmailDetailIpAddress")), IP)
                .contains(escapeHtml(message(language, "alpenlockEmailDetailDevice")), DEVICE)
                .contains("<strong>" + escapeHtml(format(language, "alpenlockEmailCodesRemaining", "7")) + "</strong>")
                .contains(escapeHtml(message(language, "alpenlockBackupCodeSignInIfYou")))
                .doesNotContain(escapeHtml(message(language, "alpenlockBackupCodesRunningOutCreateNew")));
        assertWhatToDo(language, email, "alpenlockBackupCodeSignInIfNotYouIntro");
        assertThat(email.text())
                .startsWith(message(language, "alpenlockBackupCodeUsedHeading") + "\n")
                .contains(format(language, "alpenlockBackupCodeSignInIntro", REALM, ANNA.getUsername()))
                .contains(detailLine(language, "alpenlockEmailDetailTime", (String) attributes.get("alpenlockSignedInAt")))
                .contains(detailLine(language, "alpenlockEmailDetailIpAddress", IP))
                .contains(detailLine(language, "alpenlockEmailDetailDevice", DEVICE))
                .contains(format(language, "alpenlockEmailCodesRemaining", "7"))
                .contains(message(language, "alpenlockBackupCodeSignInIfYou"));
        assertWellFormed(email.html());
        EmailPreviews.write(USED, language, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void runningOutSaysHowFewAreLeftAndAsksForNewCodes(String language) {
        Map<String, Object> attributes = attributes(RUNNING_OUT, language, "2");
        var email = render(RUNNING_OUT, language, attributes);

        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockBackupCodesRunningOutHeading")))
                .contains(escapeHtml(format(language, "alpenlockBackupCodeSignInIntro", REALM, ANNA.getUsername())))
                .contains(escapeHtml((String) attributes.get("alpenlockSignedInAt")))
                .contains(IP, DEVICE)
                .contains("<strong>" + escapeHtml(format(language, "alpenlockEmailCodesRemaining", "2")) + "</strong>")
                .contains(escapeHtml(message(language, "alpenlockBackupCodesRunningOutCreateNew")))
                .contains(escapeHtml(message(language, "alpenlockBackupCodesRunningOutButton")))
                .doesNotContain(escapeHtml(message(language, "alpenlockBackupCodeSignInIfYou")));
        assertWhatToDo(language, email, "alpenlockBackupCodeSignInIfNotYouIntro");
        assertThat(email.text())
                .startsWith(message(language, "alpenlockBackupCodesRunningOutHeading") + "\n")
                .contains(format(language, "alpenlockEmailCodesRemaining", "2"))
                .contains(message(language, "alpenlockBackupCodesRunningOutCreateNew"))
                .contains(detailLine(language, "alpenlockBackupCodesRunningOutButton", ACCOUNT_URL));
        assertWellFormed(email.html());
        EmailPreviews.write(RUNNING_OUT, language, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void oneCodeAndNoCodeLeftAreWrittenAsSuch(String language) {
        var one = render(RUNNING_OUT, language, attributes(RUNNING_OUT, language, "1"));
        var none = render(RUNNING_OUT, language, attributes(RUNNING_OUT, language, "0"));

        assertThat(one.html()).contains(escapeHtml(message(language, "alpenlockEmailCodesRemainingOne")));
        assertThat(one.text()).contains(message(language, "alpenlockEmailCodesRemainingOne"))
                .doesNotContain(format(language, "alpenlockEmailCodesRemaining", "1"));
        assertThat(none.html()).contains(escapeHtml(message(language, "alpenlockEmailCodesRemainingNone")));
        assertThat(none.text()).contains(message(language, "alpenlockEmailCodesRemainingNone"))
                .doesNotContain(format(language, "alpenlockEmailCodesRemaining", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void newBackupCodesSaysTheOldOnesStoppedWorkingAndNeverShowsACode(String language) {
        Map<String, Object> attributes = attributes(REGENERATED, language, null);
        var email = render(REGENERATED, language, attributes);

        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockBackupCodesRegeneratedHeading")))
                .contains(escapeHtml(format(language, "alpenlockBackupCodesRegeneratedIntro", REALM, ANNA.getUsername())))
                .contains(escapeHtml((String) attributes.get("alpenlockChangedAt")))
                .contains(IP, DEVICE)
                .contains(escapeHtml(message(language, "alpenlockBackupCodesRegeneratedIfYou")));
        assertWhatToDo(language, email, "alpenlockBackupCodesRegeneratedIfNotYouIntro");
        assertThat(email.text())
                .contains(format(language, "alpenlockBackupCodesRegeneratedIntro", REALM, ANNA.getUsername()))
                .contains(detailLine(language, "alpenlockEmailDetailTime", (String) attributes.get("alpenlockChangedAt")))
                .contains(message(language, "alpenlockBackupCodesRegeneratedIfYou"));
        assertWellFormed(email.html());
        EmailPreviews.write(REGENERATED, language, email);
    }

    /** The count goes to msg() only when it is a plain number; anything else leaves the sentence out. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "two", "-1", "2<b>", "${alpenlockEmailSecurityFooter}", "12345", "02"})
    void aCountThatIsNotAPlainNumberLeavesTheSentenceOut(String count) {
        for (String template : List.of(USED, RUNNING_OUT)) {
            var email = render(template, "en", attributes(template, "en", count));

            String footer = format("en", "alpenlockEmailSecurityFooter", REALM);
            assertThat(email.text()).as(template).doesNotContain("unused backup code").doesNotContain("<b>")
                    .doesNotContainPattern(UNRESOLVED_KEY);
            assertThat(email.text().split(java.util.regex.Pattern.quote(footer), -1)).as("footer only once").hasSize(2);
            assertThat(email.html()).as(template).doesNotContain("<strong>").doesNotContain("<b>");
            assertWellFormed(email.html());
        }
    }

    @Test
    void everyOptionalFactIsLeftOutInsteadOfFailing() {
        for (String template : List.of(USED, RUNNING_OUT, REGENERATED)) {
            Map<String, Object> attributes = new HashMap<>();
            String time = template.equals(REGENERATED) ? "alpenlockChangedAt" : "alpenlockSignedInAt";
            attributes.put(time, attributes(template, "fr", null).get(time));

            var email = render(template, "fr", attributes);

            assertThat(email.html()).as(template).doesNotContain(message("fr", "alpenlockEmailDetailIpAddress"),
                            message("fr", "alpenlockEmailSecureAccountButton"), "<strong>")
                    .doesNotContainPattern(UNRESOLVED_KEY);
            assertThat(email.text()).as(template).doesNotContainPattern(UNRESOLVED_KEY);
            assertWellFormed(email.html());
        }
    }

    @Test
    void theRequestDetailsCannotInjectMarkup() {
        for (String template : List.of(USED, RUNNING_OUT, REGENERATED)) {
            Map<String, Object> attributes = attributes(template, "en", "5");
            attributes.put("alpenlockDevice", "<script>alert(1)</script>");
            attributes.put("alpenlockIpAddress", "1.2.3.4 & <b>5</b>");

            var email = render(template, "en", attributes);

            assertThat(email.html()).as(template).doesNotContain("<script", "<b>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "1.2.3.4 &amp; &lt;b&gt;5&lt;/b&gt;");
            assertThat(email.text()).contains(detailLine("en", "alpenlockEmailDetailDevice", "<script>alert(1)</script>"));
            assertWellFormed(email.html());
        }
    }

    @Test
    void neverShowsACodeOrIdPassedOutsideTheContract() {
        for (String template : List.of(USED, RUNNING_OUT, REGENERATED)) {
            Map<String, Object> attributes = attributes(template, "en", "3");
            attributes.put("alpenlockBackupCode", A_BACKUP_CODE);
            attributes.put("alpenlockBackupCodes", List.of(A_BACKUP_CODE, "Z9Z9-Z9Z9-Z9Z9"));
            attributes.put("alpenlockCredentialId", "cred-77aa");

            var email = render(template, "en", attributes);

            assertThat(email.html()).as(template).doesNotContain("7KQ2", "Z9Z9", "cred-77aa");
            assertThat(email.text()).as(template).doesNotContain("7KQ2", "Z9Z9", "cred-77aa");
        }
    }

    private static void assertWhatToDo(String language, KeycloakLikeEmailRenderer.Email email, String introKey) {
        assertThat(email.html())
                .contains(escapeHtml(message(language, "alpenlockEmailIfNotYouTitle")))
                .contains(escapeHtml(message(language, introKey)))
                .contains(escapeHtml(message(language, "alpenlockEmailSecureAccountButton")))
                .contains("href=\"" + escapeHtml(ACCOUNT_URL) + "\"")
                .contains(escapeHtml(format(language, "alpenlockEmailSecurityFooter", REALM)))
                .doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(email.text())
                .contains(message(language, "alpenlockEmailIfNotYouTitle") + "\n" + message(language, introKey))
                .contains(detailLine(language, "alpenlockEmailSecureAccountButton", ACCOUNT_URL))
                .doesNotContain("<p", "<table", "&amp;", "&#39;", "&quot;")
                .doesNotContainPattern(UNRESOLVED_KEY);
        for (int i = 0; i < STEPS.size(); i++) {
            assertThat(email.html()).contains(escapeHtml(message(language, STEPS.get(i))));
            assertThat(email.text()).contains((i + 1) + ". " + message(language, STEPS.get(i)));
        }
    }

    private KeycloakLikeEmailRenderer.Email render(String template, String language, Map<String, Object> attributes) {
        return renderer.render(template, SUBJECTS.get(template), List.of(REALM), attributes, language, ANNA, REALM);
    }

    private static String detailLine(String language, String labelKey, String value) {
        return format(language, "alpenlockEmailDetailLine", message(language, labelKey), value);
    }

    private static Map<String, Object> attributes(String template, String language, String remaining) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(ThemeFiles.locale(language))
                .format(ZonedDateTime.of(2026, 11, 25, 15, 30, 0, 0, ZoneId.of("Europe/Zurich")));
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(template.equals(REGENERATED) ? "alpenlockChangedAt" : "alpenlockSignedInAt", when);
        attributes.put("alpenlockIpAddress", IP);
        attributes.put("alpenlockDevice", DEVICE);
        if (remaining != null && !template.equals(REGENERATED)) {
            attributes.put("alpenlockCodesRemaining", remaining);
        }
        attributes.put("alpenlockAccountUrl", ACCOUNT_URL);
        return attributes;
    }
}
