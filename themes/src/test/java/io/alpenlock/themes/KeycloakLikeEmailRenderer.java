package io.alpenlock.themes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.keycloak.theme.beans.MessageFormatterMethod;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Renders an e-mail of our theme the way Keycloak 26.7's FreeMarkerEmailTemplateProvider and
 * DefaultFreeMarkerProvider do: same FreeMarker version and settings (every .ftl is HTML unless it
 * says otherwise, no ?new), Keycloak's own {@code msg} method, the same model names, and the subject
 * formatted from the bundle with {@link MessageFormat}. Messages come only from our bundle for the
 * language, so a key missing there shows up as the raw key in the output.
 */
final class KeycloakLikeEmailRenderer {

    record Email(String subject, String text, String html) {
    }

    /** Mimics Keycloak's ProfileBean, which templates see as {@code user}. */
    public static final class User {
        private final String username;
        private final String firstName;
        private final String lastName;
        private final String email;

        User(String username, String firstName, String lastName, String email) {
            this.username = username;
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
        }

        public String getUsername() {
            return username;
        }

        public String getFirstName() {
            return firstName;
        }

        public String getLastName() {
            return lastName;
        }

        public String getEmail() {
            return email;
        }
    }

    private final Path emailTheme;
    private final Configuration configuration;

    KeycloakLikeEmailRenderer(Path emailTheme) {
        this.emailTheme = emailTheme;
        this.configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setDefaultEncoding("UTF-8");
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(emailTheme.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param template     e.g. {@code alpenlock-password-changed.ftl} (as passed to EmailTemplateProvider.send)
     * @param subjectKey   message key of the subject
     * @param subjectArgs  values for the subject's {0}, {1}...
     * @param attributes   the attributes the sender adds (our alpenlock* contract)
     */
    Email render(String template, String subjectKey, List<Object> subjectArgs, Map<String, Object> attributes,
                 String language, User user, String realmName) {
        Locale locale = ThemeFiles.locale(language);
        Properties messages = ThemeFiles.messages(emailTheme, language);

        Map<String, Object> model = new HashMap<>(attributes);
        model.put("locale", locale);
        model.put("ltr", true);
        model.put("msg", new MessageFormatterMethod(locale, messages));
        model.put("properties", ThemeFiles.themeProperties(emailTheme));
        model.put("realmName", realmName);
        model.put("user", user);
        String subject = new MessageFormat(messages.getProperty(subjectKey, subjectKey), locale).format(subjectArgs.toArray());
        model.put("subject", subject);

        return new Email(subject, process("text/" + template, model), process("html/" + template, model));
    }

    private String process(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Failed to process template " + name, e);
        }
    }
}
