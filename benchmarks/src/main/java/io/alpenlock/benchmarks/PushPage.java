package io.alpenlock.benchmarks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person and the page's script use on {@code alpenlock-push.ftl}: the state, the number to pick in the app, the
 * long-poll URL the script fetches ({@code const waitUrl = "…"}) and the form it submits when the wait ends.
 */
record PushPage(String state, Integer number, String waitUrl, HtmlForm form) {

    static final String FORM_ID = "alpenlock-push-form";
    private static final Pattern STATE = Pattern.compile("id=\"alpenlock-push\"\\s+data-state=\"([A-Z_]+)\"");
    private static final Pattern NUMBER = Pattern.compile("id=\"alpenlock-push-number\"[^>]*>\\s*(\\d{1,3})\\s*<");
    private static final Pattern WAIT_URL = Pattern.compile("const\\s+waitUrl\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The push page, or empty when {@code page} is another page. */
    static Optional<PushPage> parse(String page) {
        Matcher state = STATE.matcher(page);
        if (!state.find()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(page);
        Matcher waitUrl = WAIT_URL.matcher(page);
        return Optional.of(new PushPage(state.group(1),
                number.find() ? Integer.valueOf(number.group(1)) : null,
                waitUrl.find() ? Html.unescapeJavaScript(waitUrl.group(1)) : null,
                HtmlForm.find(page, FORM_ID).orElse(null)));
    }

    /** Waiting for the app, with everything the script needs. */
    boolean isWaiting() {
        return "WAITING".equals(state) && waitUrl != null && form != null;
    }
}
