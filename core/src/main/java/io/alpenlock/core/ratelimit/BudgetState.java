package io.alpenlock.core.ratelimit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * The recent uses of one rate budget, as a tiny value for a cluster-wide key/value store (e.g. Keycloak's
 * {@code SingleUseObjectProvider}, whose entries are {@code Map<String, String>} with a lifespan).
 *
 * <p>Serialised form: the use times as epoch milliseconds in base 36, ascending, separated by {@code .}
 * ({@code "mm7kwn40.mm7kykk0"} = 10:00:00 and 10:01:30 UTC on 2026-03-01); the empty state is {@code ""}. Each
 * entry takes 8–9 characters and a state never holds more than its budget's {@code max} (at most
 * {@value RateBudget#MAX_USES}) entries. {@link #parse} never throws: anything that is not exactly this form is
 * garbage and reads as the empty state.
 */
public final class BudgetState {

    public static final BudgetState EMPTY = new BudgetState(new long[0]);

    private static final char SEPARATOR = '.';
    private static final int MAX_ENTRY_LENGTH = 13;
    private static final int MAX_TEXT_LENGTH = RateBudget.MAX_USES * (MAX_ENTRY_LENGTH + 1);

    /** Epoch milliseconds, ascending. Never modified. */
    private final long[] uses;

    private BudgetState(long[] uses) {
        this.uses = uses;
    }

    /** From epoch milliseconds in any order; keeps the newest {@link RateBudget#MAX_USES}. */
    static BudgetState ofMillis(long[] uses) {
        long[] sorted = uses.clone();
        Arrays.sort(sorted);
        if (sorted.length > RateBudget.MAX_USES) {
            sorted = Arrays.copyOfRange(sorted, sorted.length - RateBudget.MAX_USES, sorted.length);
        }
        return sorted.length == 0 ? EMPTY : new BudgetState(sorted);
    }

    /** Reads {@link #serialize()}'s form; null, blank or garbage gives {@link #EMPTY}. */
    public static BudgetState parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return EMPTY;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > RateBudget.MAX_USES) {
            return EMPTY;
        }
        long[] uses = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > MAX_ENTRY_LENGTH || !isBase36(part)) {
                return EMPTY;
            }
            try {
                uses[i] = Long.parseLong(part, 36);
            } catch (NumberFormatException e) {
                return EMPTY;
            }
        }
        return ofMillis(uses);
    }

    private static boolean isBase36(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    /** The compact form described in the class comment. */
    public String serialize() {
        StringBuilder out = new StringBuilder(uses.length * 9);
        for (long use : uses) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(Long.toString(use, 36));
        }
        return out.toString();
    }

    /** The recorded uses, oldest first. */
    public List<Instant> uses() {
        return LongStream.of(uses).mapToObj(Instant::ofEpochMilli).toList();
    }

    public int size() {
        return uses.length;
    }

    public boolean isEmpty() {
        return uses.length == 0;
    }

    long[] millis() {
        return uses.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetState state && Arrays.equals(state.uses, uses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(uses);
    }

    @Override
    public String toString() {
        return "BudgetState" + uses();
    }
}
