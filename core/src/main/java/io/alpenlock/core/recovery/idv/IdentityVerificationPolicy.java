package io.alpenlock.core.recovery.idv;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import io.alpenlock.core.ratelimit.RateBudget;
import io.alpenlock.core.sms.SmsBudgetKey;
import io.alpenlock.core.sms.SmsBudgetPolicy;

/**
 * The settings of identity verification requests ("I have access to none of these"), read from SPI options.
 *
 * @param retention          how long a request is kept after it was made (default 72 h); older ones are invisible
 *                           and purged
 * @param linkLifespan       how long an approval's reset link works (default 24 h, at most the retention)
 * @param purgeInterval      how often one node of the cluster deletes expired requests (default 15 min)
 * @param perIp              budgets of requests per client IP within one realm (default 10/1h)
 * @param perIdentifier      budgets of requests per login identifier typed within one realm (default 3/1d)
 * @param testClock          whether the test-only clock endpoint is on (default false; never in production)
 */
public record IdentityVerificationPolicy(Duration retention, Duration linkLifespan, Duration purgeInterval,
        List<RateBudget> perIp, List<RateBudget> perIdentifier, boolean testClock) {

    public static final String RETENTION_HOURS = "retention-hours";
    public static final String LINK_LIFESPAN_HOURS = "link-lifespan-hours";
    public static final String PURGE_INTERVAL_SECONDS = "purge-interval-seconds";
    public static final String BUDGET_PER_IP = "budget-per-ip";
    public static final String BUDGET_PER_IDENTIFIER = "budget-per-identifier";
    public static final String TEST_CLOCK = "test-clock-enabled";

    public static final IdentityVerificationPolicy DEFAULT = new IdentityVerificationPolicy(Duration.ofHours(72),
            Duration.ofHours(24), Duration.ofMinutes(15), List.of(RateBudget.parse("10/1h")),
            List.of(RateBudget.parse("3/1d")), false);

    public IdentityVerificationPolicy {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(linkLifespan, "linkLifespan");
        Objects.requireNonNull(purgeInterval, "purgeInterval");
        perIp = List.copyOf(perIp);
        perIdentifier = List.copyOf(perIdentifier);
        if (linkLifespan.compareTo(retention) > 0) {
            throw new IllegalArgumentException("a reset link cannot outlive its request");
        }
    }

    /**
     * From SPI options (keys above); missing values give the defaults.
     *
     * @throws InvalidConfigException naming each bad option
     */
    public static IdentityVerificationPolicy from(ConfigValues values) throws InvalidConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        int retentionHours = values.integer(RETENTION_HOURS, 72, 1, 24 * 366, problems);
        int linkHours = values.integer(LINK_LIFESPAN_HOURS, 24, 1, 24 * 366, problems);
        int purgeSeconds = values.integer(PURGE_INTERVAL_SECONDS, 900, 1, 86_400, problems);
        List<RateBudget> perIp = values.parsed(BUDGET_PER_IP, DEFAULT.perIp(), SmsBudgetPolicy::parseBudgets, problems);
        List<RateBudget> perIdentifier = values.parsed(BUDGET_PER_IDENTIFIER, DEFAULT.perIdentifier(),
                SmsBudgetPolicy::parseBudgets, problems);
        boolean testClock = values.bool(TEST_CLOCK, false, problems);
        if (problems.isEmpty() && linkHours > retentionHours) {
            problems.add(new ConfigProblem(values.option(LINK_LIFESPAN_HOURS), "must not exceed "
                    + values.option(RETENTION_HOURS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new IdentityVerificationPolicy(Duration.ofHours(retentionHours), Duration.ofHours(linkHours),
                Duration.ofSeconds(purgeSeconds), perIp, perIdentifier, testClock);
    }

    /** Whether a request made at {@code createdAt} is past its retention at {@code now} (then: invisible, purged). */
    public boolean isExpired(Instant createdAt, Instant now) {
        return !createdAt.plus(retention).isAfter(now);
    }

    /** Requests made before this instant are expired at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(retention);
    }

    /**
     * The budgets one request takes, with their cluster-wide store keys: per client IP and per typed identifier,
     * both within the realm (each realm's support is flooded separately). The identifier appears only as a hash.
     */
    public List<SmsBudgetKey> budgets(String realmId, String identifier, String clientIp) {
        Objects.requireNonNull(realmId, "realmId");
        String ip = clientIp == null ? "unknown" : clientIp;
        String who = sha256(identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT));
        List<SmsBudgetKey> keys = new ArrayList<>();
        perIp.forEach(b -> keys.add(new SmsBudgetKey(KEY_PREFIX + "ip:" + realmId + ":" + ip + ":" + b, b)));
        perIdentifier.forEach(b -> keys.add(new SmsBudgetKey(KEY_PREFIX + "id:" + realmId + ":" + who + ":" + b, b)));
        return List.copyOf(keys);
    }

    /** Prefix of the budget keys in the cluster-wide store. */
    public static final String KEY_PREFIX = "alpenlock-idv-budget:";

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
