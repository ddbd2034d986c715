package io.alpenlock.core.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which phone numbers Alpenlock accepts for SMS.
 *
 * <p>{@code defaultRegion} is the country of numbers typed without {@code +}/{@code 00} (e.g. {@code CH}: "079 123 45
 * 67" is +41791234567). {@code allowedRegions} is the allow-list of ISO 3166-1 region codes: SMS to other countries
 * are refused, which is the main defence against SMS pumping (fraudsters trigger SMS to expensive destinations).
 * An empty allow-list means {@link #DEFAULT_ALLOWED_REGIONS}: Switzerland, Liechtenstein and the neighbouring or
 * nearby countries whose languages the theme speaks (DE, AT, FR, IT, ES) — a Swiss provider's customers, priced
 * like domestic European SMS. Operators with customers elsewhere list their countries explicitly.
 * The default region must itself be allowed, otherwise every number typed without a country code would be refused.
 */
public record PhoneNumberPolicy(String defaultRegion, SortedSet<String> allowedRegions) {

    /** Authenticator config key of the default region. */
    public static final String DEFAULT_REGION = "alpenlock.phone.defaultRegion";
    /** Authenticator config key of the allow-list (region codes separated by commas and/or spaces). */
    public static final String ALLOWED_COUNTRIES = "alpenlock.phone.allowedCountries";

    public static final String DEFAULT_DEFAULT_REGION = "CH";
    public static final SortedSet<String> DEFAULT_ALLOWED_REGIONS =
            Collections.unmodifiableSortedSet(new TreeSet<>(List.of("CH", "LI", "DE", "AT", "FR", "IT", "ES")));
    public static final PhoneNumberPolicy DEFAULT =
            new PhoneNumberPolicy(DEFAULT_DEFAULT_REGION, DEFAULT_ALLOWED_REGIONS);

    /**
     * Region codes are upper-cased; a null default region means {@value #DEFAULT_DEFAULT_REGION}, a null or empty
     * allow-list {@link #DEFAULT_ALLOWED_REGIONS}.
     *
     * @throws IllegalArgumentException naming the region codes that libphonenumber does not know, or when the default
     *                                  region is not allowed
     */
    public PhoneNumberPolicy {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? DEFAULT_DEFAULT_REGION
                : checkedRegions(List.of(defaultRegion)).first();
        allowedRegions = allowedRegions == null || allowedRegions.isEmpty() ? DEFAULT_ALLOWED_REGIONS
                : Collections.unmodifiableSortedSet(checkedRegions(allowedRegions));
        if (!allowedRegions.contains(defaultRegion)) {
            throw new IllegalArgumentException("the default region " + defaultRegion
                    + " is not among the allowed countries " + String.join(", ", allowedRegions));
        }
    }

    /** For callers that hold a plain set; same rules as the canonical constructor. */
    public static PhoneNumberPolicy of(String defaultRegion, Set<String> allowedRegions) {
        return new PhoneNumberPolicy(defaultRegion, allowedRegions == null ? null : new TreeSet<>(allowedRegions));
    }

    /**
     * From configuration text: {@code defaultRegion} such as {@code ch}, {@code allowedCountries} such as
     * {@code "CH, LI DE,AT"}; blank or null text means the default.
     *
     * @throws IllegalArgumentException with a message for the administrator (quoting the bad region codes)
     */
    public static PhoneNumberPolicy of(String defaultRegion, String allowedCountries) {
        return new PhoneNumberPolicy(defaultRegion == null ? null : defaultRegion.strip(),
                parseRegions(allowedCountries));
    }

    /**
     * From an authenticator config (keys {@link #DEFAULT_REGION}, {@link #ALLOWED_COUNTRIES}); a null map or
     * missing/blank values give the defaults.
     *
     * @throws InvalidConfigException naming the key(s) with bad values
     */
    public static PhoneNumberPolicy from(Map<String, String> config) throws InvalidConfigException {
        return from(ConfigValues.of(key -> config == null ? null : config.get(key), ""));
    }

    /** Same as {@link #from(Map)} for options read through {@link ConfigValues} (e.g. SPI options). */
    public static PhoneNumberPolicy from(ConfigValues values) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        String region = values.parsed(DEFAULT_REGION, DEFAULT_DEFAULT_REGION,
                text -> checkedRegions(List.of(text)).first(), problems);
        SortedSet<String> allowed = values.parsed(ALLOWED_COUNTRIES, DEFAULT_ALLOWED_REGIONS,
                PhoneNumberPolicy::parseRegions, problems);
        allowed = allowed.isEmpty() ? DEFAULT_ALLOWED_REGIONS : allowed;
        if (problems.isEmpty() && !allowed.contains(region)) {
            problems.add(new ConfigProblem(values.option(DEFAULT_REGION), "is " + region
                    + ", which is not among the allowed countries (" + values.option(ALLOWED_COUNTRIES) + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new PhoneNumberPolicy(region, allowed);
    }

    /**
     * Reads region codes separated by commas, semicolons and/or white space ({@code "ch, li de"}); null or blank
     * text gives an empty set.
     *
     * @throws IllegalArgumentException naming every code libphonenumber does not know
     */
    public static SortedSet<String> parseRegions(String text) {
        if (text == null || text.isBlank()) {
            return Collections.emptySortedSet();
        }
        List<String> codes = Arrays.stream(text.split("[\\s,;]+")).filter(code -> !code.isEmpty()).toList();
        return Collections.unmodifiableSortedSet(checkedRegions(codes));
    }

    /** Whether a number of this region may receive SMS. */
    public boolean allows(String region) {
        return region != null && allowedRegions.contains(region);
    }

    private static TreeSet<String> checkedRegions(Collection<String> codes) {
        Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
        TreeSet<String> regions = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            String upper = Objects.requireNonNull(code, "region code").strip().toUpperCase(Locale.ROOT);
            if (supported.contains(upper)) {
                regions.add(upper);
            } else if (!unknown.contains(code)) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(unknown.stream().map(c -> "'" + c + "'")
                    .collect(Collectors.joining(", "))
                    + (unknown.size() == 1 ? " is not" : " are not") + " a two-letter ISO 3166-1 region code"
                    + (unknown.stream().anyMatch("UK"::equalsIgnoreCase) ? " (the United Kingdom is GB)" : "")
                    + "; expected e.g. CH, LI, DE");
        }
        return regions;
    }
}
