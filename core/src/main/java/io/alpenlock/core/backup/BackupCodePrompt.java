package io.alpenlock.core.backup;

/**
 * What a sign-in shows about backup codes, decided from plain facts (no server involved).
 *
 * <p>The rules: a user who has a second factor but no codes gets a first set, shown once. After a code is
 * used the user is told how many are left; at {@value #LOW_THRESHOLD} or fewer (at any full sign-in, too)
 * the user is warned and offered a new set; with none left a new set is required. New codes are shown only
 * in a sign-in that authenticated the user afresh (password and second factor, a second factor just set
 * up, or a re-authentication Keycloak enforced): a sign-in that only reused an existing session is told
 * nothing and the codes wait for the next full sign-in.
 */
public final class BackupCodePrompt {

    /** At this number of remaining codes or fewer, the user is warned and offered a new set. */
    public static final int LOW_THRESHOLD = 2;

    /** The page to show. */
    public enum Page {
        /** A first set of codes: shown once, stored when the user confirms having saved them. */
        NEW_CODES,
        /** A new set the user asked for, replacing the current one. */
        REPLACEMENT_CODES,
        /** No codes left: a new set must be stored before the sign-in continues. */
        REQUIRED_REPLACEMENT,
        /** A code was just used and enough are left: "you have N backup codes left", one click on. */
        CODES_LEFT,
        /** {@value #LOW_THRESHOLD} or fewer left: warned, offered a new set, may continue. */
        RUNNING_LOW,
        /** Codes were asked for explicitly, but the user has no second factor to back up. */
        SECOND_FACTOR_FIRST,
        /** Something must be shown, but not in a sign-in that only reused a session: at the next full one. */
        LATER,
        /** Nothing to show. */
        NOTHING
    }

    /**
     * The facts a decision needs.
     *
     * @param hasSecondFactor  the user has an authenticator app (or another second factor)
     * @param hasCodes         the user has a set of backup codes
     * @param remaining        unused codes of that set (0 without a set)
     * @param justUsed         this sign-in was completed with one of the codes
     * @param askedForNewCodes the user asked for a new set (account console, or the button on the warning)
     * @param explicitRequest  the user opened this step on purpose (account console), not the sign-in
     * @param fresh            this sign-in authenticated the user afresh (see the class comment)
     */
    public record Situation(boolean hasSecondFactor, boolean hasCodes, int remaining, boolean justUsed,
                            boolean askedForNewCodes, boolean explicitRequest, boolean fresh) {

        public Situation {
            if (remaining < 0) {
                throw new IllegalArgumentException("remaining must not be negative");
            }
        }
    }

    private BackupCodePrompt() {
    }

    public static Page decide(Situation s) {
        if (!s.hasCodes()) {
            if (!s.hasSecondFactor()) {
                return s.explicitRequest() ? Page.SECOND_FACTOR_FIRST : Page.NOTHING;
            }
            return s.fresh() ? Page.NEW_CODES : Page.LATER;
        }
        boolean fresh = s.fresh() || s.justUsed();
        if (!fresh) {
            return s.askedForNewCodes() || s.remaining() == 0 ? Page.LATER : Page.NOTHING;
        }
        if (s.askedForNewCodes()) {
            return Page.REPLACEMENT_CODES;
        }
        if (s.remaining() == 0) {
            return Page.REQUIRED_REPLACEMENT;
        }
        if (s.remaining() <= LOW_THRESHOLD) {
            return Page.RUNNING_LOW;
        }
        return s.justUsed() ? Page.CODES_LEFT : Page.NOTHING;
    }

    /**
     * Whether a sign-in should stop at the backup-code step at all: after a code was used, or when a full
     * sign-in finds the user's codes running low or gone.
     */
    public static boolean worthAStop(boolean hasCodes, int remaining, boolean justUsed, boolean fresh) {
        return justUsed || fresh && hasCodes && remaining <= LOW_THRESHOLD;
    }

    /** Whether the user may go on without storing a new set (false only when none are left). */
    public static boolean mayContinue(int remaining) {
        return remaining > 0;
    }
}
