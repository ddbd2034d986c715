package io.alpenlock.mailbox.deletion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Server-wide settings of deletion detection, SPI options of the {@code alpenlock-mailboxes} realm resource
 * ({@code --spi-realm-restapi-extension--alpenlock-mailboxes--<key>}):
 * {@value #INTERVAL} (default 3600, 0 = no periodic check; 5..604800 otherwise), {@value #GUARD_MAX_PER_RUN}
 * (default 50) and {@value #GUARD_MAX_PERCENT} (default 10). A realm can set its own guard with the realm attributes
 * {@value #REALM_MAX_PER_RUN} and {@value #REALM_MAX_PERCENT}, and leave the periodic check out with
 * {@value #REALM_MODE} = {@value #MODE_ON_DEMAND} (then only the "run now" call and the webhook act).
 */
public record DeletionCheckConfig(Duration interval, MassDeletionGuard guard) {

    public static final String INTERVAL = "deletion-check-interval-seconds";
    public static final String GUARD_MAX_PER_RUN = "deletion-guard-max-per-run";
    public static final String GUARD_MAX_PERCENT = "deletion-guard-max-percent";
    public static final String REALM_MAX_PER_RUN = "alpenlockMailboxDeletionMaxPerRun";
    public static final String REALM_MAX_PERCENT = "alpenlockMailboxDeletionMaxPercent";
    public static final String REALM_MODE = "alpenlockMailboxDeletionCheck";
    public static final String MODE_ON_DEMAND = "on-demand";
    public static final int DEFAULT_INTERVAL_SECONDS = 3600;
    public static final int MIN_INTERVAL_SECONDS = 5;

    public static final DeletionCheckConfig DEFAULT = new DeletionCheckConfig(
            Duration.ofSeconds(DEFAULT_INTERVAL_SECONDS), MassDeletionGuard.DEFAULT);

    /** The periodic check is switched off ({@value #INTERVAL} = 0); the "run now" call still works. */
    public boolean periodic() {
        return !interval.isZero();
    }

    /** Whether the periodic check looks at a realm with this {@value #REALM_MODE} attribute (missing = yes). */
    public static boolean periodicFor(String realmMode) {
        return realmMode == null || !MODE_ON_DEMAND.equalsIgnoreCase(realmMode.strip());
    }

    /**
     * @param option an option's value by key, null when not set
     * @throws IllegalArgumentException naming every bad option
     */
    public static DeletionCheckConfig from(Function<String, String> option) {
        List<String> problems = new ArrayList<>();
        int interval = integer(option, INTERVAL, DEFAULT_INTERVAL_SECONDS, 0, 604_800, problems);
        if (interval > 0 && interval < MIN_INTERVAL_SECONDS) {
            problems.add(INTERVAL + " must be 0 (off) or at least " + MIN_INTERVAL_SECONDS);
        }
        int perRun = integer(option, GUARD_MAX_PER_RUN, MassDeletionGuard.DEFAULT_MAX_PER_RUN, 0, 1_000_000, problems);
        int percent = integer(option, GUARD_MAX_PERCENT, MassDeletionGuard.DEFAULT_MAX_PERCENT, 1, 100, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new DeletionCheckConfig(Duration.ofSeconds(interval), new MassDeletionGuard(perRun, percent));
    }

    private static int integer(Function<String, String> option, String key, int fallback, int min, int max,
            List<String> problems) {
        String value = option.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
