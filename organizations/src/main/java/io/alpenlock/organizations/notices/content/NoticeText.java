package io.alpenlock.organizations.notices.content;

/**
 * Cleans a name that people typed (organization name, member name, administrator's username) before it goes
 * into an e-mail subject or body: invisible formatting characters (bidi overrides, zero-width) are dropped,
 * line breaks, tabs and other control characters become one space, and the length is bounded. Markup stays
 * text: the templates escape it.
 */
public final class NoticeText {

    /** Longest name an e-mail repeats, in code points. */
    public static final int MAX_LENGTH = 120;

    private NoticeText() {
    }

    /** The cleaned text; {@code fallback} when nothing readable is left. */
    public static String clean(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String clean = value.replaceAll("\\p{Cf}", "")
                .replaceAll("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+", " ")
                .strip();
        if (clean.isEmpty()) {
            return fallback;
        }
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH)).strip() + "…";
        }
        return clean;
    }
}
