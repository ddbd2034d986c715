package io.alpenlock.themes;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the message bundles of one theme type across languages and reports, in words a translator
 * understands, every key that is missing or extra, every placeholder mismatch and every value that
 * {@link MessageFormat} (which Keycloak applies to each message) would print differently than written.
 */
final class MessageBundleChecker {

    static final String KEY_PREFIX = "alpenlock";

    private static final Pattern NUMBERED_PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern I18NEXT_PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

    /**
     * How a theme type's messages are formatted: login and e-mail pages use Java's MessageFormat
     * ({@code {0}}, apostrophes written {@code ''}); the account console (a React app) uses i18next
     * ({@code {{0}}}, apostrophes written as they are).
     */
    enum Syntax {
        MESSAGE_FORMAT,
        I18NEXT
    }
    private static final Pattern ANY_BRACES = Pattern.compile("\\{[^}]*}");

    private MessageBundleChecker() {
    }

    /**
     * @param bundles   language → its messages, e.g. "de" → messages_de.properties
     * @param reference the language every other one is compared with ("en")
     * @return one line per problem; empty when the bundles agree
     */
    static List<String> problems(Map<String, Properties> bundles, String reference) {
        return problems(bundles, reference, Syntax.MESSAGE_FORMAT);
    }

    static List<String> problems(Map<String, Properties> bundles, String reference, Syntax syntax) {
        List<String> problems = new ArrayList<>();
        Properties referenceBundle = bundles.get(reference);
        if (referenceBundle == null) {
            problems.add("no " + reference + " bundle to compare with");
            return problems;
        }
        for (Map.Entry<String, Properties> entry : bundles.entrySet()) {
            String language = entry.getKey();
            Properties bundle = entry.getValue();
            problems.addAll(syntax == Syntax.I18NEXT ? i18nextProblems(language, bundle) : valueProblems(language, bundle));
            if (language.equals(reference)) {
                continue;
            }
            for (String key : sortedKeys(referenceBundle)) {
                if (!bundle.containsKey(key)) {
                    problems.add(language + ": missing key " + key + " (present in " + reference + ")");
                    continue;
                }
                Set<Integer> expected = placeholders(referenceBundle.getProperty(key), syntax);
                Set<Integer> actual = placeholders(bundle.getProperty(key), syntax);
                if (!expected.equals(actual)) {
                    problems.add(language + ": " + key + " uses placeholders " + actual
                            + " but " + reference + " uses " + expected);
                }
            }
            for (String key : sortedKeys(bundle)) {
                if (!referenceBundle.containsKey(key)) {
                    problems.add(language + ": key " + key + " is not in " + reference);
                }
            }
        }
        return problems;
    }

    static Set<Integer> placeholders(String value, Syntax syntax) {
        if (syntax == Syntax.MESSAGE_FORMAT) {
            return placeholders(value);
        }
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = I18NEXT_PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    /** The account console's rules: {{n}} placeholders only, plain apostrophes. */
    private static List<String> i18nextProblems(String language, Properties bundle) {
        List<String> problems = new ArrayList<>();
        for (String key : sortedKeys(bundle)) {
            String value = bundle.getProperty(key);
            if (value.isBlank()) {
                problems.add(language + ": " + key + " is empty");
            }
            if (value.contains("''")) {
                problems.add(language + ": " + key + " has ''; the account console shows both apostrophes, write one");
            }
            String withoutPlaceholders = I18NEXT_PLACEHOLDER.matcher(value).replaceAll("");
            if (withoutPlaceholders.contains("{") || withoutPlaceholders.contains("}")) {
                problems.add(language + ": " + key + " has a brace that is not a {{n}} placeholder");
            }
        }
        return problems;
    }

    /** The numbers n of the {n} placeholders in a message. */
    static Set<Integer> placeholders(String value) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = NUMBERED_PLACEHOLDER.matcher(withoutQuotedText(value));
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static List<String> valueProblems(String language, Properties bundle) {
        List<String> problems = new ArrayList<>();
        for (String key : sortedKeys(bundle)) {
            String value = bundle.getProperty(key);
            if (!key.startsWith(KEY_PREFIX)) {
                problems.add(language + ": key " + key + " does not start with \"" + KEY_PREFIX + "\"");
            }
            if (value.isBlank()) {
                problems.add(language + ": " + key + " is empty");
            }
            if (value.replace("''", "").indexOf('\'') >= 0) {
                problems.add(language + ": " + key + " has a single apostrophe; MessageFormat drops it, write '' instead");
            }
            if (value.contains("${")) {
                problems.add(language + ": " + key + " contains ${...}; use {0}-style placeholders only");
            }
            Matcher braces = ANY_BRACES.matcher(value);
            while (braces.find()) {
                if (!NUMBERED_PLACEHOLDER.matcher(braces.group()).matches()) {
                    problems.add(language + ": " + key + " has placeholder " + braces.group() + "; only {0}, {1}... are allowed");
                }
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                problems.add(language + ": " + key + " is not a valid MessageFormat pattern: " + e.getMessage());
            }
        }
        return problems;
    }

    /** MessageFormat prints text between single apostrophes literally; '' is an apostrophe. */
    private static String withoutQuotedText(String value) {
        return value.replace("''", "").replaceAll("'[^']*'", "");
    }

    private static Set<String> sortedKeys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }
}
