package io.alpenlock.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form of a Keycloak login page as a browser would submit it: its action and the values of its hidden inputs.
 * Submit buttons are left out: Keycloak's forms disable their button in {@code onsubmit} (so browsers do not send
 * it), and the push and enrolment pages submit by script, without a button.
 */
record HtmlForm(String id, String action, Map<String, String> hidden) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");

    /** The form with this id on the page, if there is one. */
    static Optional<HtmlForm> find(String page, String formId) {
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!formId.equals(attributes.get("id"))) {
                continue;
            }
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> inputAttributes = attributes(input.group(1));
                if ("hidden".equalsIgnoreCase(inputAttributes.get("type")) && inputAttributes.containsKey("name")) {
                    hidden.put(inputAttributes.get("name"), inputAttributes.getOrDefault("value", ""));
                }
            }
            String action = attributes.get("action");
            return action == null ? Optional.empty() : Optional.of(new HtmlForm(formId, action, hidden));
        }
        return Optional.empty();
    }

    /** The body a browser posts: the hidden inputs, then the fields the person filled in. */
    Map<String, String> with(Map<String, String> filledIn) {
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        fields.putAll(filledIn);
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), Html.unescape(attribute.group(2)));
        }
        return attributes;
    }
}
