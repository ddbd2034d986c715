package io.alpenlock.events.notification;

import java.util.Optional;

/**
 * Cleans a value that reached us from outside (event details filled from a request) before it goes
 * into an e-mail: invisible formatting characters (bidi overrides, zero-width) go, runs of line breaks,
 * tabs and other control characters become one space, and the length is bounded. Markup is left as text for
 * the template's HTML escaping.
 */
final class UntrustedText {

    private UntrustedText() {
    }

    /** The cleaned text, or empty when nothing readable is left. */
    static Optional<String> clean(String value, int maxLength) {
        if (value == null) {
            return Optional.empty();
        }
        String clean = value.replaceAll("\\p{Cf}", "")
                .replaceAll("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+", " ")
                .strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        if (clean.codePointCount(0, clean.length()) > maxLength) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, maxLength)).strip() + "…";
        }
        return Optional.of(clean);
    }
}
