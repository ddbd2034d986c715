package io.alpenlock.events.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which security e-mails a realm sends: one switch per {@link NotificationType}, read from the
 * configuration of the settings-only required action (Authentication → Required actions →
 * "Alpenlock: security e-mails (settings)" → ⚙). Every e-mail is on unless its switch says
 * {@code false}: a missing configuration, a missing key or an unreadable value all mean "send".
 *
 * @param switchedOff the e-mails this realm does not send
 */
public record SecurityEmailsConfig(Set<NotificationType> switchedOff) {

    public static final SecurityEmailsConfig ALL_ON = new SecurityEmailsConfig(Set.of());

    static final String ON = "true";
    static final String OFF = "false";

    public SecurityEmailsConfig {
        switchedOff = switchedOff == null || switchedOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(switchedOff));
    }

    /** Reads the switches from a required action configuration (may be null). */
    public static SecurityEmailsConfig from(Map<String, String> config) {
        if (config == null || config.isEmpty()) {
            return ALL_ON;
        }
        Set<NotificationType> off = EnumSet.noneOf(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            String value = config.get(type.configKey());
            if (value != null && OFF.equals(value.strip().toLowerCase(Locale.ROOT))) {
                off.add(type);
            }
        }
        return new SecurityEmailsConfig(off);
    }

    public boolean sends(NotificationType type) {
        return !switchedOff.contains(type);
    }

    /** The keys of our switches whose value is neither {@code true} nor {@code false} (absent or empty is fine). */
    public static List<String> invalidKeys(Map<String, String> config) {
        List<String> invalid = new ArrayList<>();
        if (config == null) {
            return invalid;
        }
        for (NotificationType type : NotificationType.values()) {
            String value = config.get(type.configKey());
            if (value != null && !value.isBlank()) {
                String normalised = value.strip().toLowerCase(Locale.ROOT);
                if (!ON.equals(normalised) && !OFF.equals(normalised)) {
                    invalid.add(type.configKey());
                }
            }
        }
        return invalid;
    }
}
