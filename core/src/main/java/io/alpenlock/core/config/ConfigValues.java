package io.alpenlock.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read-only view of one provider's options (for Keycloak: its {@code Config.Scope}), with parsing helpers that
 * never throw: a bad or missing value adds a {@link ConfigProblem} naming the full command-line option and the
 * default is used. Values are never copied into problems because some of them are secrets.
 */
public final class ConfigValues {

    private final Function<String, String> lookup;
    private final String optionPrefix;

    private ConfigValues(Function<String, String> lookup, String optionPrefix) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.optionPrefix = Objects.requireNonNull(optionPrefix, "optionPrefix");
    }

    /**
     * @param lookup       returns the raw value of a key such as {@code account-sid}, or null
     * @param optionPrefix how the keys are spelled on the command line, e.g. {@code --spi-alpenlock-sms-sender--twilio--}
     */
    public static ConfigValues of(Function<String, String> lookup, String optionPrefix) {
        return new ConfigValues(lookup, optionPrefix);
    }

    public static ConfigValues of(Map<String, String> values, String optionPrefix) {
        Map<String, String> copy = Map.copyOf(values);
        return new ConfigValues(copy::get, optionPrefix);
    }

    /** The command-line spelling of a key, e.g. {@code --spi-alpenlock-sms-sender--twilio--account-sid}. */
    public String option(String key) {
        return optionPrefix + key;
    }

    public ConfigProblem missing(String key) {
        return new ConfigProblem(option(key), "is missing");
    }

    /** The trimmed value, or empty when absent or blank. */
    public Optional<String> text(String key) {
        String raw = lookup.apply(key);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(raw.trim());
    }

    public boolean has(String key) {
        return text(key).isPresent();
    }

    public int integer(String key, int defaultValue, int min, int max, List<ConfigProblem> problems) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ConfigProblem(option(key), "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    /**
     * A value read by {@code parser}, which throws {@link IllegalArgumentException} for bad text; its message becomes
     * the problem's reason, prefixed by "is invalid: ". Parsers may quote the value in that message, so use this only
     * for values that are not secrets (rate budgets, region codes, ...).
     */
    public <T> T parsed(String key, T defaultValue, Function<String, T> parser, List<ConfigProblem> problems) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return parser.apply(raw.get());
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(option(key), "is invalid: " + e.getMessage()));
            return defaultValue;
        }
    }

    /** A duration given in whole milliseconds (options ending in {@code -ms}). */
    public Duration millis(String key, Duration defaultValue, Duration max, List<ConfigProblem> problems) {
        int value = integer(key, (int) defaultValue.toMillis(), 1, (int) max.toMillis(), problems);
        return Duration.ofMillis(value);
    }

    public boolean bool(String key, boolean defaultValue, List<ConfigProblem> problems) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                problems.add(new ConfigProblem(option(key), "must be true or false"));
                return defaultValue;
        }
    }

    /** An absolute http(s) URL without query or fragment, e.g. {@code http://localhost:8089}; trailing slash removed. */
    public Optional<URI> httpUrl(String key, List<ConfigProblem> problems) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String value = raw.get().endsWith("/") ? raw.get().substring(0, raw.get().length() - 1) : raw.get();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(new ConfigProblem(option(key), "must be an absolute http:// or https:// URL"));
        return Optional.empty();
    }
}
