package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a security e-mail tells the user about the change: when, from where, with which device, and
 * where to go if it was not them. Builds the template attributes documented in themes/README.md.
 */
public record SecurityNotice(NotificationType type, Instant when, String ipAddress, String userAgent, String accountUrl) {

    public static final String CHANGED_AT = "alpenlockChangedAt";
    public static final String IP_ADDRESS = "alpenlockIpAddress";
    public static final String DEVICE = "alpenlockDevice";
    public static final String ACCOUNT_URL = "alpenlockAccountUrl";

    public SecurityNotice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
    }

    /** Template attributes, with the time written for the reader's locale and time zone. */
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.LONG)
                .withLocale(locale)
                .withZone(zone);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CHANGED_AT, format.format(when));
        if (ipAddress != null && !ipAddress.isBlank()) {
            attributes.put(IP_ADDRESS, ipAddress);
        }
        DeviceSummary.of(userAgent).ifPresent(device -> attributes.put(DEVICE, device));
        if (accountUrl != null) {
            attributes.put(ACCOUNT_URL, accountUrl);
        }
        return attributes;
    }
}
