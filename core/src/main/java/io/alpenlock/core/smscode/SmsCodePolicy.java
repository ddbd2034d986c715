package io.alpenlock.core.smscode;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How SMS one-time codes work (NIST SP 800-63B out-of-band authenticators, DESIGN.md): {@code length} random digits,
 * valid for {@code lifetime} (at most 5 minutes), a new code at most every {@code resendCooldown}, and at most
 * {@code maxAttempts} wrong codes in one authentication session — a resent code carries the count of the code it
 * replaces over (see {@link SmsCodeIssuer}), so resending never buys more guesses.
 */
public record SmsCodePolicy(int length, Duration lifetime, Duration resendCooldown, int maxAttempts) {

    public static final String LENGTH = "alpenlock.sms.codeLength";
    public static final String LIFETIME_SECONDS = "alpenlock.sms.codeLifetimeSeconds";
    public static final String RESEND_COOLDOWN_SECONDS = "alpenlock.sms.resendCooldownSeconds";
    public static final String MAX_ATTEMPTS = "alpenlock.sms.maxAttempts";

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 8;
    public static final Duration MIN_LIFETIME = Duration.ofSeconds(30);
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    /** SMS take seconds to arrive: resending faster than this never helps a person, only an attacker. */
    public static final Duration MIN_RESEND_COOLDOWN = Duration.ofSeconds(10);
    public static final int MAX_MAX_ATTEMPTS = 10;

    public static final SmsCodePolicy DEFAULT = new SmsCodePolicy(6, MAX_LIFETIME, Duration.ofSeconds(30), 5);

    /** @throws IllegalArgumentException when a value is out of its range (the message names the range) */
    public SmsCodePolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(resendCooldown, "resendCooldown");
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("an SMS code has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
        }
        if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("an SMS code lives 30 seconds to 5 minutes");
        }
        if (resendCooldown.compareTo(MIN_RESEND_COOLDOWN) < 0 || resendCooldown.compareTo(lifetime) > 0) {
            throw new IllegalArgumentException("the resend cooldown is 10 seconds to the code lifetime");
        }
        if (maxAttempts < 1 || maxAttempts > MAX_MAX_ATTEMPTS) {
            throw new IllegalArgumentException("1 to " + MAX_MAX_ATTEMPTS + " wrong attempts are allowed");
        }
    }

    /**
     * From an authenticator config (keys {@link #LENGTH}, {@link #LIFETIME_SECONDS}, {@link #RESEND_COOLDOWN_SECONDS},
     * {@link #MAX_ATTEMPTS}, whole numbers); a null map or missing/blank values give {@link #DEFAULT}'s values.
     *
     * @throws InvalidConfigException naming every key with a bad value and its allowed range
     */
    public static SmsCodePolicy from(Map<String, String> config) throws InvalidConfigException {
        return from(ConfigValues.of(key -> config == null ? null : config.get(key), ""));
    }

    /** Same as {@link #from(Map)} for options read through {@link ConfigValues}. */
    public static SmsCodePolicy from(ConfigValues values) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        int length = values.integer(LENGTH, DEFAULT.length(), MIN_LENGTH, MAX_LENGTH, problems);
        Duration lifetime = Duration.ofSeconds(values.integer(LIFETIME_SECONDS, (int) DEFAULT.lifetime().toSeconds(),
                (int) MIN_LIFETIME.toSeconds(), (int) MAX_LIFETIME.toSeconds(), problems));
        Duration cooldown = Duration.ofSeconds(values.integer(RESEND_COOLDOWN_SECONDS,
                (int) DEFAULT.resendCooldown().toSeconds(), (int) MIN_RESEND_COOLDOWN.toSeconds(),
                (int) MAX_LIFETIME.toSeconds(), problems));
        int attempts = values.integer(MAX_ATTEMPTS, DEFAULT.maxAttempts(), 1, MAX_MAX_ATTEMPTS, problems);
        if (problems.isEmpty() && cooldown.compareTo(lifetime) > 0) {
            problems.add(new ConfigProblem(values.option(RESEND_COOLDOWN_SECONDS), "must not be longer than "
                    + values.option(LIFETIME_SECONDS) + " (" + lifetime.toSeconds() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new SmsCodePolicy(length, lifetime, cooldown, attempts);
    }
}
