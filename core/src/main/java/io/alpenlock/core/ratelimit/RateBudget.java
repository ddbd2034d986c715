package io.alpenlock.core.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code max} uses in any sliding {@code window}: a use at {@code now} is allowed when fewer than
 * {@code max} earlier uses lie in {@code (now − window, now]} (a use exactly one window old no longer counts).
 * The state lives outside, as a {@link BudgetState}: read it, call {@link #tryConsume}, store
 * {@link BudgetDecision#newState()} with a lifespan of {@link #window()}.
 *
 * <p>Clocks of cluster nodes may differ a little: uses recorded "in the future" still count; uses more than one
 * window in the future are treated as garbage and dropped.
 */
public record RateBudget(int max, Duration window) {

    /** Upper bound of {@code max}, so that a state stays small (≤ ~10 KB). */
    public static final int MAX_USES = 1000;
    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{0,6})\\s*([smhd])\\s*",
            Pattern.CASE_INSENSITIVE);

    public RateBudget {
        Objects.requireNonNull(window, "window");
        if (max < 1 || max > MAX_USES) {
            throw new IllegalArgumentException("a rate budget allows 1 to " + MAX_USES + " uses");
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("a rate budget window is 1 s to 366 days");
        }
    }

    /**
     * Reads the configuration form {@code <max>/<n><unit>}, unit {@code s}, {@code m}, {@code h} or {@code d}
     * ({@code n} defaults to 1): {@code 3/10m}, {@code 10/1d}, {@code 20/1h}, {@code 5/h}.
     *
     * @throws IllegalArgumentException with a message for the administrator (quoting the value)
     */
    public static RateBudget parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a rate budget: expected <max>/<n><s|m|h|d>,"
                    + " e.g. 3/10m or 10/1d");
        }
        int count = matcher.group(2).isEmpty() ? 1 : Integer.parseInt(matcher.group(2));
        Duration unit = switch (matcher.group(3).toLowerCase(Locale.ROOT)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        try {
            return new RateBudget(Integer.parseInt(matcher.group(1)), unit.multipliedBy(count));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid rate budget: " + e.getMessage());
        }
    }

    /**
     * Records a use at {@code now} if the budget allows it. The returned state holds at most {@code max} uses, so a
     * state written under a larger budget or a manipulated one never lets more than {@code max} through.
     */
    public BudgetDecision tryConsume(BudgetState state, Instant now) {
        long[] live = live(state, now);
        long nowMillis = now.toEpochMilli();
        if (live.length < max) {
            long[] next = Arrays.copyOf(live, live.length + 1);
            next[live.length] = nowMillis;
            return new BudgetDecision(true, BudgetState.ofMillis(next), Duration.ZERO);
        }
        // live.length == max: the oldest use must leave the window before the next one fits
        long retry = live[0] + window.toMillis() - nowMillis;
        return new BudgetDecision(false, BudgetState.ofMillis(live), Duration.ofMillis(Math.max(1, retry)));
    }

    /** How many uses are left right now. */
    public int remaining(BudgetState state, Instant now) {
        return max - live(state, now).length;
    }

    /** The state without expired (or implausible) uses, and without consuming. */
    public BudgetState current(BudgetState state, Instant now) {
        return BudgetState.ofMillis(live(state, now));
    }

    /** Uses in {@code (now − window, now + window]}, newest {@code max} only, ascending. */
    private long[] live(BudgetState state, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        long nowMillis = now.toEpochMilli();
        long windowMillis = window.toMillis();
        long[] live = Arrays.stream(state.millis())
                .filter(use -> use > nowMillis - windowMillis && use <= nowMillis + windowMillis)
                .sorted().toArray();
        return live.length > max ? Arrays.copyOfRange(live, live.length - max, live.length) : live;
    }

    /** The configuration form, e.g. {@code 3/10m}. */
    @Override
    public String toString() {
        long seconds = window.getSeconds();
        if (window.getNano() != 0) {
            return max + "/" + window;
        }
        if (seconds % 86_400 == 0) {
            return max + "/" + seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return max + "/" + seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? max + "/" + seconds / 60 + "m" : max + "/" + seconds + "s";
    }
}
