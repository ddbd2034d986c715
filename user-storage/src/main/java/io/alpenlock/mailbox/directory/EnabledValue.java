package io.alpenlock.mailbox.directory;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the optional enabled column the way mail platforms store it: a boolean, a number (0 = disabled) or text
 * ({@code 1}, {@code true}, {@code t}, {@code y}, {@code yes}, {@code on} = enabled). Anything else, and
 * {@code NULL}, counts as disabled: an unclear value never lets a mailbox in.
 */
final class EnabledValue {

    private static final Set<String> TRUE = Set.of("1", "true", "t", "y", "yes", "on");

    private EnabledValue() {
    }

    static boolean isEnabled(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        if (value instanceof String s) {
            return TRUE.contains(s.trim().toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
