package io.alpenlock.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.xml.sax.InputSource;

/** What the e-mail rendering tests compare with: our messages as Keycloak formats them, and HTML checks. */
final class EmailTexts {

    /** A message key that reached the output unresolved (Keycloak prints the key when it is missing). */
    static final Pattern UNRESOLVED_KEY = Pattern.compile("alpenlock[A-Z]\\w*");

    private EmailTexts() {
    }

    /** The message of the e-mail theme, which must exist, formatted without arguments. */
    static String message(String language, String key) {
        Properties messages = ThemeFiles.messages(ThemeFiles.typeDirectory("email"), language);
        assertThat(messages).containsKey(key);
        return format(language, key);
    }

    static String format(String language, String key, Object... arguments) {
        Properties messages = ThemeFiles.messages(ThemeFiles.typeDirectory("email"), language);
        return new MessageFormat(messages.getProperty(key, key), ThemeFiles.locale(language)).format(arguments);
    }

    /** FreeMarker's HTML output format escapes exactly these five characters. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    static void assertWellFormed(String html) {
        assertThatCode(() -> {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        }).as("HTML part parses as well-formed XHTML").doesNotThrowAnyException();
    }
}
