package io.alpenlock.mailbox.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.alpenlock.core.ratelimit.RateBudget;

/**
 * Settings of the mailbox password check page, from the SPI options of {@code alpenlock-mailbox-check}
 * ({@code --spi-realm-restapi-extension--alpenlock-mailbox-check--<key>=…}); a missing or blank option takes its
 * default.
 *
 * @param perIp         checks one client IP may make (default {@value #DEFAULT_PER_IP})
 * @param perAddress    checks of one address, from anywhere (default {@value #DEFAULT_PER_ADDRESS})
 * @param minimumAnswer every answer takes at least this long, so that the time does not tell whether the address
 *                      is a mailbox (default {@value #DEFAULT_MINIMUM_ANSWER_MILLIS} ms)
 */
public record MailboxCheckConfig(RateBudget perIp, RateBudget perAddress, Duration minimumAnswer) {

    public static final String PER_IP = "per-ip-budget";
    public static final String PER_ADDRESS = "per-address-budget";
    public static final String MINIMUM_ANSWER = "minimum-answer-millis";

    public static final String DEFAULT_PER_IP = "20/1h";
    public static final String DEFAULT_PER_ADDRESS = "5/15m";
    public static final int DEFAULT_MINIMUM_ANSWER_MILLIS = 600;

    public static final MailboxCheckConfig DEFAULTS = from(key -> null);

    /** @throws IllegalArgumentException naming every bad option */
    public static MailboxCheckConfig from(Function<String, String> options) {
        List<String> problems = new ArrayList<>();
        RateBudget ip = budget(options, PER_IP, DEFAULT_PER_IP, problems);
        RateBudget address = budget(options, PER_ADDRESS, DEFAULT_PER_ADDRESS, problems);
        int minimum = DEFAULT_MINIMUM_ANSWER_MILLIS;
        String value = trimmed(options.apply(MINIMUM_ANSWER));
        if (!value.isEmpty()) {
            try {
                minimum = Integer.parseInt(value);
                if (minimum < 0 || minimum > 10_000) {
                    problems.add(MINIMUM_ANSWER + " must be 0 to 10000, not " + value);
                }
            } catch (NumberFormatException e) {
                problems.add(MINIMUM_ANSWER + " must be a whole number of milliseconds, not '" + value + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("alpenlock-mailbox-check: " + String.join("; ", problems));
        }
        return new MailboxCheckConfig(ip, address, Duration.ofMillis(minimum));
    }

    private static RateBudget budget(Function<String, String> options, String key, String fallback,
                                     List<String> problems) {
        String value = trimmed(options.apply(key));
        try {
            return RateBudget.parse(value.isEmpty() ? fallback : value);
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return RateBudget.parse(fallback);
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
