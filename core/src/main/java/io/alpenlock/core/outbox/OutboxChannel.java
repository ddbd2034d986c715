package io.alpenlock.core.outbox;

import java.util.Locale;
import java.util.Optional;

/** How a recorded message would have reached the person. */
public enum OutboxChannel {
    SMS,
    PUSH,
    EMAIL;

    /** Case-insensitive lookup; empty for unknown names. */
    public static Optional<OutboxChannel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
