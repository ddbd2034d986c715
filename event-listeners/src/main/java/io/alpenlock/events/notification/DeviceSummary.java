package io.alpenlock.events.notification;

import java.util.List;
import java.util.Optional;

/**
 * Turns a User-Agent header into a short, human description such as "Firefox on Windows".
 * Deliberately coarse: a security e-mail needs something a person recognises, not a fingerprint.
 */
public final class DeviceSummary {

    private record Pattern(String token, String name) {
    }

    // Order matters: Edge and Opera also announce Chrome; Chrome also announces Safari.
    private static final List<Pattern> BROWSERS = List.of(
            new Pattern("Edg/", "Edge"),
            new Pattern("OPR/", "Opera"),
            new Pattern("Firefox/", "Firefox"),
            new Pattern("FxiOS/", "Firefox"),
            new Pattern("CriOS/", "Chrome"),
            new Pattern("Chromium/", "Chromium"),
            new Pattern("Chrome/", "Chrome"),
            new Pattern("Safari/", "Safari"));

    private static final List<Pattern> SYSTEMS = List.of(
            new Pattern("Android", "Android"),
            new Pattern("iPhone", "iOS"),
            new Pattern("iPad", "iPadOS"),
            new Pattern("Windows", "Windows"),
            new Pattern("CrOS", "ChromeOS"),
            new Pattern("Mac OS X", "macOS"),
            new Pattern("Macintosh", "macOS"),
            new Pattern("Linux", "Linux"));

    private static final int MAX_UNKNOWN_LENGTH = 60;

    private DeviceSummary() {
    }

    /** A readable summary, or empty when there is no User-Agent at all. */
    public static Optional<String> of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        Optional<String> browser = first(BROWSERS, userAgent);
        Optional<String> system = first(SYSTEMS, userAgent);
        if (browser.isPresent() && system.isPresent()) {
            return Optional.of(browser.get() + " / " + system.get());
        }
        if (browser.isPresent() || system.isPresent()) {
            return browser.isPresent() ? browser : system;
        }
        String clean = userAgent.replaceAll("[^\\p{Print}]", "").strip();
        return Optional.of(clean.length() > MAX_UNKNOWN_LENGTH ? clean.substring(0, MAX_UNKNOWN_LENGTH) + "…" : clean);
    }

    private static Optional<String> first(List<Pattern> patterns, String userAgent) {
        return patterns.stream().filter(p -> userAgent.contains(p.token())).map(Pattern::name).findFirst();
    }
}
