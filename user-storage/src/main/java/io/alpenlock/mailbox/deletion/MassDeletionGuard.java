package io.alpenlock.mailbox.deletion;

/**
 * Stops a periodic check from acting when too many of the addresses it checked vanished in one run: a directory
 * pointed at the wrong table or an emptied database looks exactly like "every mailbox was deleted". Refuses when
 * more than {@code maxPerRun} vanished, or when more than {@value #SHARE_FLOOR} vanished and they are more than
 * {@code maxPercent} % of the checked addresses (a handful of deletions in a small realm is never blocked by the
 * share alone).
 *
 * @param maxPerRun  most addresses one run may treat as deleted (0 = the check never deletes)
 * @param maxPercent most share of the checked addresses, in percent (1..100)
 */
public record MassDeletionGuard(int maxPerRun, int maxPercent) {

    public static final int SHARE_FLOOR = 3;
    public static final int DEFAULT_MAX_PER_RUN = 50;
    public static final int DEFAULT_MAX_PERCENT = 10;
    public static final MassDeletionGuard DEFAULT = new MassDeletionGuard(DEFAULT_MAX_PER_RUN, DEFAULT_MAX_PERCENT);

    public MassDeletionGuard {
        if (maxPerRun < 0) {
            throw new IllegalArgumentException("the most deletions per run must be 0 or more");
        }
        if (maxPercent < 1 || maxPercent > 100) {
            throw new IllegalArgumentException("the most deleted share must be 1..100 %");
        }
    }

    /** @return true when a run that checked {@code checked} addresses and found {@code vanished} gone may act */
    public boolean allows(int checked, int vanished) {
        if (vanished <= 0) {
            return true;
        }
        if (vanished > maxPerRun) {
            return false;
        }
        return vanished <= SHARE_FLOOR || (long) vanished * 100 <= (long) maxPercent * checked;
    }

    /** The guard with a realm's own limits where it sets them (realm attributes), else these. */
    public MassDeletionGuard withOverrides(String maxPerRunValue, String maxPercentValue) {
        return new MassDeletionGuard(parse(maxPerRunValue, maxPerRun, 0, 1_000_000),
                parse(maxPercentValue, maxPercent, 1, 100));
    }

    private static int parse(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.strip());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
