package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a security e-mail tells the user about a change to their account: when, from where, with which
 * device, and where to go if it was not them. Builds the template attributes documented in
 * themes/README.md. IP address and User-Agent are those of the request that made the change.
 */
public record SecurityNotice(NotificationType type, Instant when, String ipAddress, String userAgent, String accountUrl)
        implements Notice {

    public static final String CHANGED_AT = "alpenlockChangedAt";
    public static final String IP_ADDRESS = "alpenlockIpAddress";
    public static final String DEVICE = "alpenlockDevice";
    public static final String ACCOUNT_URL = "alpenlockAccountUrl";

    public SecurityNotice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
    }

    @Override
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CHANGED_AT, NoticeTime.format(when, locale, zone));
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
